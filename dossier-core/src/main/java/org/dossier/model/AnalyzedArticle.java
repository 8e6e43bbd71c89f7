package org.dossier.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The finished analysis of one article: everything the article record shows. */
public record AnalyzedArticle(AnnotatedArticle annotated, List<Entity> entities, List<Quote> quotes,
                              List<Event> events, List<TimeExpression> times, List<ArticleIssue> issues) {

    public AnalyzedArticle {
        Objects.requireNonNull(annotated, "annotated");
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        times = List.copyOf(times);
        issues = List.copyOf(issues);
    }

    public Article article() {
        return annotated.article();
    }

    /** Ingest, annotation and analysis issues together, in that order. */
    public List<ArticleIssue> allIssues() {
        List<ArticleIssue> all = new ArrayList<>(article().issues());
        all.addAll(annotated.issues());
        all.addAll(issues);
        return all;
    }
}
