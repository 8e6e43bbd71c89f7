package org.dossier.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.dossier.cli.DossierEngine;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Article;
import org.dossier.model.ArticleIssue;
import org.dossier.model.Severity;
import org.dossier.pipeline.ArticlePipeline;
import org.dossier.record.ArticleRecords;

/** Dossier's full pipeline, built as the CLI builds it; each record is written as JSON, as the CLI does. */
final class DossierSystem implements BenchSystem {

    private final ArticlePipeline pipeline = DossierEngine.create();

    @Override
    public Object analyze(Article article) {
        return pipeline.analyze(article);
    }

    @Override
    public Measured record(Object analysis, boolean digest) {
        AnalyzedArticle a = (AnalyzedArticle) analysis;
        String json;
        try {
            json = ArticleRecords.mapper().writeValueAsString(ArticleRecords.toJson(a));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("record not writable as JSON", e);
        }
        boolean failed = false;
        for (ArticleIssue issue : a.allIssues()) {
            if (issue.severity() == Severity.ERROR) {
                failed = true;
                System.err.println("bench: error issue on " + a.article().source().path() + ": "
                        + issue.stage() + ": " + issue.message());
            }
        }
        return new Measured(a.annotated().tokenCount(), failed, digest ? Digests.sha256(json) : null);
    }
}
