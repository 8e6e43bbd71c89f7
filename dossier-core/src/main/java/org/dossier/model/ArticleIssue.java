package org.dossier.model;

import java.util.Objects;

/** A problem with one article, recorded on its record instead of failing the batch. */
public record ArticleIssue(String stage, Severity severity, String message) {

    public ArticleIssue {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static ArticleIssue warning(String stage, String message) {
        return new ArticleIssue(stage, Severity.WARNING, message);
    }

    public static ArticleIssue error(String stage, String message) {
        return new ArticleIssue(stage, Severity.ERROR, message);
    }
}
