package org.dossier.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One ingested article: its decoded text and layout, before any analysis.
 * {@code title}, {@code published} and {@code language} may be null; {@code issues} holds what ingest noticed.
 */
public record Article(String id, SourceRef source, String title, LocalDate published, String language,
                      String text, Structure structure, List<ArticleIssue> issues) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(structure, "structure");
        issues = List.copyOf(issues);
    }

    public Article withPublished(LocalDate date) {
        return new Article(id, source, title, date, language, text, structure, issues);
    }

    public Article withIssue(ArticleIssue issue) {
        List<ArticleIssue> all = new java.util.ArrayList<>(issues);
        all.add(issue);
        return new Article(id, source, title, published, language, text, structure, all);
    }
}
