package org.dossier.model;

/** A dependency edge between tokens of one sentence, by token index; governor -1 is the root. */
public record Dependency(int governor, int dependent, String relation) {
}
