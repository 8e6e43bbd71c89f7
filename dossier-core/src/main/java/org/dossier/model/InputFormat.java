package org.dossier.model;

/** The kind of input an article was read from. */
public enum InputFormat {
    TEXT, HTML, JSONL;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
