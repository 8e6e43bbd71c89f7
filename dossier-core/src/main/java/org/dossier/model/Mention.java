package org.dossier.model;

import java.util.Objects;

/** One place in the text where an entity is named or referred to. */
public record Mention(TextSpan span, String text, MentionKind kind) {

    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }
}
