package org.dossier.model;

import java.util.Objects;

/**
 * A coded political event: PLOVER type and mode, CAMEO code (string with its leading zero), status, actors,
 * ISO date and where it came from ("text": the clause's own time expression; "published": the publication
 * date), place, Goldstein score, quad class, the evidence span and the rule that decided it.
 */
public record Event(String id, String plover, String mode, String cameo, EventStatus status, EventActor source,
                    EventActor target, String date, String dateSource, EventActor location, Double goldstein, Integer quadClass,
                    TextSpan evidence, String rule, double confidence) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(plover, "plover");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(rule, "rule");
    }
}
