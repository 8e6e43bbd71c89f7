package org.dossier.event;

import java.util.List;

/**
 * One lexicon entry: a verb or noun lemma, the lemmas that must accompany it (object, particle or complement:
 * "impose" + "tariff"), its CAMEO code and PLOVER type and mode, and where it was written (file:line).
 */
public record Action(String head, List<String> with, boolean noun, String cameo, String plover, String mode,
                     String origin) {

    public Action {
        with = List.copyOf(with);
    }
}
