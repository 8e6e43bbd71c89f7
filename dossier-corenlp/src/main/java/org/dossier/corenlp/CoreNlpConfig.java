package org.dossier.corenlp;

/**
 * Settings of the CoreNLP adapter. {@code maxSentenceTokens}: longer sentences are tokenised and tagged but
 * not parsed (parsing is super-linear); {@code parse}: run the dependency parser at all.
 */
public record CoreNlpConfig(boolean parse, int maxSentenceTokens) {

    public CoreNlpConfig {
        if (maxSentenceTokens < 10) {
            throw new IllegalArgumentException("maxSentenceTokens must be at least 10, got " + maxSentenceTokens);
        }
    }

    public static CoreNlpConfig defaults() {
        return new CoreNlpConfig(true, 120);
    }
}
