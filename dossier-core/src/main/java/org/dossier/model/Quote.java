package org.dossier.model;

import java.util.Objects;

/**
 * A quotation: the quoted span (without its marks), whether it is direct speech, whether it is only a
 * fragment inside reported speech, its cue and speaker (both nullable) and a confidence in [0, 1].
 */
public record Quote(String id, TextSpan span, String text, boolean direct, boolean partial, Cue cue,
                    Speaker speaker, double confidence) {

    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
