package org.dossier.model;

/** How a mention refers to its entity. */
public enum MentionKind {
    NAME, NOMINAL, PRONOUN;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
