package org.dossier.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The word sense a lexicon row codes, as the complements its political reading needs: any one of {@code needs}
 * (none listed: no need), none of {@code excludes}; {@code manySenses} marks a verb whose everyday sense is as common
 * as the political one ("ask" needs "to …", "that …" or "for …"; "release" is no release "from hospital").
 * Written in the lexicon's {@code sense} column, e.g. {@code to|that|obl:for} or
 * {@code obj:actor|obj:captive|!obl:from:care}.
 */
public record Sense(List<Slot> needs, List<Slot> excludes, boolean manySenses) {

    /** No requirement. */
    public static final Sense ANY = new Sense(List.of(), List.of(), false);

    /**
     * Kinds of complement: an infinitive, a "that" clause, the object, a prepositional complement, a possessor, a
     * modifier before the word ("business deals"); and {@code none}, no object at all ("the rebels released", or an
     * object the parser lost).
     */
    private static final Set<String> KINDS = Set.of("to", "that", "obj", "obl", "poss", "mod", "none");
    /** Fillers every lexicon knows: any actor, any act of the lexicon. Other fillers are word classes. */
    private static final Set<String> BUILT_IN = Set.of("actor", "act");

    public Sense {
        needs = List.copyOf(needs);
        excludes = List.copyOf(excludes);
    }

    /**
     * One complement: its kind ({@code to}, {@code that}, {@code obj}, {@code obl}, {@code poss}, {@code mod},
     * {@code none}), the preposition of an {@code obl}, and what must fill it ({@code actor}, {@code act}, a word
     * class, or null for anything).
     */
    public record Slot(String kind, String preposition, String filler) {
    }

    /**
     * Parses a {@code sense} cell; {@code knownClass} says which word classes exist. Throws
     * IllegalArgumentException naming the bad part.
     */
    static Sense parse(String cell, Predicate<String> knownClass) {
        if (cell == null || cell.isBlank()) {
            return ANY;
        }
        List<Slot> needs = new ArrayList<>();
        List<Slot> excludes = new ArrayList<>();
        boolean many = false;
        for (String part : cell.strip().toLowerCase(Locale.ROOT).split("\\|")) {
            part = part.strip();
            if (part.equals("many")) {
                many = true;
                continue;
            }
            boolean excluded = part.startsWith("!");
            String[] f = (excluded ? part.substring(1) : part).split(":", -1);
            if (!KINDS.contains(f[0])) {
                throw new IllegalArgumentException("unknown sense '" + part
                        + "' (to, that, obj, obl:PREP, poss, mod, none, many)");
            }
            boolean obl = f[0].equals("obl");
            if (obl && (f.length < 2 || f[1].isEmpty()) || f.length > (obl ? 3 : 2)) {
                throw new IllegalArgumentException("malformed sense '" + part + "'");
            }
            String filler = f.length > (obl ? 2 : 1) ? f[obl ? 2 : 1] : null;
            if (filler != null && !BUILT_IN.contains(filler) && !knownClass.test(filler)) {
                throw new IllegalArgumentException("unknown word class '" + filler + "' in sense '" + part + "'");
            }
            (excluded ? excludes : needs).add(new Slot(f[0], obl ? f[1] : null, filler));
        }
        return new Sense(needs, excludes, many);
    }
}
