package org.dossier.event;

import java.util.List;

/**
 * One lexicon entry: a verb or noun lemma, the lemmas that must accompany it (object, particle or complement:
 * "impose" + "tariff"), its CAMEO code and PLOVER type and mode, the word sense it codes, and where it was written
 * (file:line).
 */
public record Action(String head, List<String> with, boolean noun, String cameo, String plover, String mode,
                     Sense sense, String origin) {

    public Action {
        with = List.copyOf(with);
    }
}
