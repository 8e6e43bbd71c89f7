package org.dossier.model;

import java.util.Objects;

/** A name found by NER: span, surface text, coarse type (PERSON, ORGANIZATION, LOCATION, MISC) and the tagger's confidence. */
public record NamedEntityMention(TextSpan span, String text, String type, double confidence) {

    public NamedEntityMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }
}
