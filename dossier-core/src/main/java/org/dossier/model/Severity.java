package org.dossier.model;

/** How bad a per-article problem is: a warning leaves the record usable, an error means part of it is missing. */
public enum Severity {
    WARNING, ERROR;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
