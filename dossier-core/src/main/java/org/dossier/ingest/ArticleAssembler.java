package org.dossier.ingest;

import org.dossier.model.Article;
import org.dossier.model.ArticleIssue;
import org.dossier.model.InputFormat;
import org.dossier.model.SourceRef;
import org.dossier.model.Structure;

import java.util.List;

/** Builds {@link Article}s from decoded text and metadata, enforcing the article size bound. Stateless. */
final class ArticleAssembler {

    private final IngestConfig config;

    ArticleAssembler(IngestConfig config) {
        this.config = config;
    }

    /** An article from plain text; without a known title the first line is the title. */
    Article fromPlainText(String path, InputFormat format, String text, ArticleMetadata meta, List<ArticleIssue> issues)
            throws InputRejected {
        checkSize(text);
        Structure structure = PlainTextLayout.analyze(text, meta.title());
        String title = meta.title() != null ? meta.title().strip()
                : structure.title() == null ? null : structure.title().of(text);
        return build(path, format, text, structure, title, meta, issues);
    }

    Article build(String path, InputFormat format, String text, Structure structure, String title,
                  ArticleMetadata meta, List<ArticleIssue> issues) throws InputRejected {
        checkSize(text);
        if (structure.blocks().isEmpty()) {
            throw new InputRejected("no text to analyse");
        }
        String language = meta.language() != null ? meta.language() : LanguageGuesser.guess(text);
        SourceRef source = new SourceRef(path, meta.url(), format, meta.sourceName());
        return new Article(ArticleIds.of(meta.id(), text), source, title, meta.published(), language, text,
                structure, issues);
    }

    private void checkSize(String text) throws InputRejected {
        if (text.length() > config.maxArticleChars()) {
            throw new InputRejected("text is " + text.length() + " characters, more than the limit of "
                    + config.maxArticleChars() + " for one article");
        }
    }
}
