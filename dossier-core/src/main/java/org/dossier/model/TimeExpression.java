package org.dossier.model;

import java.util.Objects;

/**
 * A time expression: span, text, TIMEX3 type (DATE, TIME, DURATION, SET), the ISO 8601 value when the
 * text and the publication date fix one (else null), and the engine's raw TIMEX3 value (nullable).
 */
public record TimeExpression(TextSpan span, String text, String type, String value, String timex) {

    public TimeExpression {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }
}
