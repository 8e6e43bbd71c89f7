package org.dossier.model;

import java.util.Objects;

/** The word that introduces a quotation ("said", "told", "according to"). */
public record Cue(TextSpan span, String text) {

    public Cue {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
