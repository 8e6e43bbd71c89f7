package org.dossier.model;

import java.util.Objects;

/**
 * A coded political event: PLOVER type and mode, CAMEO code (string with its leading zero), status, actors,
 * ISO date and where it came from ("text": the clause's own time expression; "published": the publication
 * date), place, Goldstein score, quad class, the evidence span, the word that names the act (trigger), the rule
 * that decided it, and whether it is its sentence's principal event (the act whose word stands highest in the
 * sentence's structure; the others are acts that one embeds or that the sentence reports alongside it).
 */
public record Event(String id, String plover, String mode, String cameo, EventStatus status, EventActor source,
                    EventActor target, String date, String dateSource, EventActor location, Double goldstein, Integer quadClass,
                    TextSpan evidence, TextSpan trigger, String rule, double confidence, boolean principal) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(plover, "plover");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(rule, "rule");
    }

    /** This event under another id. */
    public Event withId(String newId) {
        return new Event(newId, plover, mode, cameo, status, source, target, date, dateSource, location, goldstein,
                quadClass, evidence, trigger, rule, confidence, principal);
    }

    /** This event, marked as its sentence's principal event or not. */
    public Event asPrincipal(boolean isPrincipal) {
        return new Event(id, plover, mode, cameo, status, source, target, date, dateSource, location, goldstein,
                quadClass, evidence, trigger, rule, confidence, isPrincipal);
    }
}
