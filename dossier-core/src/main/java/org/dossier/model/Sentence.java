package org.dossier.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A sentence with its tokens and dependency edges (indices into {@code tokens}). */
public record Sentence(TextSpan span, List<Token> tokens, List<Dependency> dependencies) {

    public Sentence {
        Objects.requireNonNull(span, "span");
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    /** Edges whose governor is token {@code index}. */
    public List<Dependency> dependentsOf(int index) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == index) {
                out.add(d);
            }
        }
        return out;
    }

    /** The index of the token starting at or covering {@code offset}, or -1. */
    public int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            TextSpan s = tokens.get(i).span();
            if (s.start() <= offset && offset < Math.max(s.end(), s.start() + 1)) {
                return i;
            }
        }
        return -1;
    }
}
