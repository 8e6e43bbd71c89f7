package org.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * A quotation: the quoted span (without its outer marks), the quoted pieces inside it ({@code fragments}: the span
 * itself, or the parts around a frame that interrupts it, as in "“A,” she said. “B.”"), whether it is direct
 * speech, whether it is only a fragment inside reported speech, its cue and speaker (both nullable) and a
 * confidence in [0, 1].
 */
public record Quote(String id, TextSpan span, List<TextSpan> fragments, String text, boolean direct, boolean partial,
                    Cue cue, Speaker speaker, double confidence) {

    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        fragments = List.copyOf(fragments);
        if (fragments.isEmpty() || fragments.stream().anyMatch(f -> !span.contains(f))) {
            throw new IllegalArgumentException("fragments must lie inside the quote's span: " + fragments + " " + span);
        }
    }
}
