package org.dossier.model;

import java.util.List;
import java.util.Objects;

/** An article with its linguistic layer: sentences, tokens, parses, NER mentions and raw time expressions. */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<NamedEntityMention> names,
                               List<TimeExpression> times, List<ArticleIssue> issues) {

    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        names = List.copyOf(names);
        times = List.copyOf(times);
        issues = List.copyOf(issues);
    }

    public String text() {
        return article.text();
    }

    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) {
            n += s.tokens().size();
        }
        return n;
    }
}
