package org.dossier.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /** The first token attached to {@code governor} by {@code relation} ("nsubj", "case" …), or -1. */
    public int dependent(int governor, String relation) {
        for (Dependency d : dependencies) {
            if (d.governor() == governor && d.relation().equals(relation)) {
                return d.dependent();
            }
        }
        return -1;
    }

    /** The lower-cased word of the case marker of token {@code index} ("on" of "attacks on Moscow"), or "". */
    public String caseMarker(int index) {
        int c = dependent(index, "case");
        return c < 0 ? "" : tokens.get(c).word().toLowerCase(Locale.ROOT);
    }

    /** The edge that attaches token {@code index} to its governor, or null (the root, or no parse). */
    public Dependency governorOf(int index) {
        for (Dependency d : dependencies) {
            if (d.dependent() == index && d.governor() >= 0) {
                return d;
            }
        }
        return null;
    }

    /**
     * The part of {@code span} from its first to its last token that is not punctuation (see
     * {@link Token#isPunctuation}), or null when it holds no such token.
     */
    public TextSpan trimmed(TextSpan span) {
        int lo = -1;
        int hi = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (span.contains(t.span()) && !t.isPunctuation()) {
                if (lo < 0) {
                    lo = i;
                }
                hi = i;
            }
        }
        return lo < 0 ? null : new TextSpan(tokens.get(lo).span().start(), tokens.get(hi).span().end());
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

    /** The span from the leftmost to the rightmost token under {@code root} in the parse, not descending into {@code stop}. */
    public TextSpan subtreeSpan(int root, int stop) {
        int lo = root;
        int hi = root;
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
        todo.push(root);
        boolean[] seen = new boolean[tokens.size()];
        while (!todo.isEmpty()) {
            int i = todo.pop();
            if (i == stop || seen[i]) {
                continue;
            }
            seen[i] = true;
            lo = Math.min(lo, i);
            hi = Math.max(hi, i);
            for (Dependency d : dependentsOf(i)) {
                todo.push(d.dependent());
            }
        }
        return new TextSpan(tokens.get(lo).span().start(), tokens.get(hi).span().end());
    }
}
