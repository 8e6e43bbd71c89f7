package org.dossier.model;

import java.util.Objects;

/** A stretch of text that repeats an earlier one ({@code of}), such as a title printed twice. */
public record Duplicate(TextSpan span, TextSpan of) {

    public Duplicate {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(of, "of");
    }
}
