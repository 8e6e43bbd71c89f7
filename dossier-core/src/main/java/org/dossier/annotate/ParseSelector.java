package org.dossier.annotate;

import java.util.Arrays;
import java.util.List;

/**
 * Chooses the sentences of a block that get a dependency parse, the costliest annotation: a sentence no later stage
 * reads a parse of need not be parsed.
 */
@FunctionalInterface
public interface ParseSelector {

    /** Parses every sentence. */
    ParseSelector EVERY_SENTENCE = sentences -> {
        boolean[] all = new boolean[sentences.size()];
        Arrays.fill(all, true);
        return all;
    };

    /** One flag per sentence of the block, in order: true when it needs a parse. */
    boolean[] select(List<SentenceWords> sentences);

    /** A tagged sentence before parsing: its words, lemmas and NER tags, token by token. */
    record SentenceWords(List<String> words, List<String> lemmas, List<String> nerTags) {

        public SentenceWords {
            words = List.copyOf(words);
            lemmas = List.copyOf(lemmas);
            nerTags = List.copyOf(nerTags);
        }
    }
}
