package org.dossier.model;

import java.util.Objects;

/** Who a quotation is attributed to: the entity id (nullable), the name as resolved, the role (nullable), the span that names them. */
public record Speaker(String entityId, String name, String role, TextSpan span) {

    public Speaker {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
    }
}
