package org.dossier.model;

/** Whether the text asserts an event, expects it, denies it, poses it as a condition, or reports someone's claim of it. */
public enum EventStatus {
    ASSERTED, EXPECTED, NEGATED, HYPOTHETICAL, REPORTED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
