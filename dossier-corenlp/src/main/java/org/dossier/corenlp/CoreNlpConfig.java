package org.dossier.corenlp;

/**
 * Settings of the CoreNLP adapter. {@code maxSentenceTokens}: longer sentences are tokenised and tagged but
 * not parsed (parsing is super-linear); {@code parse}: run the dependency parser at all; {@code timeWindow}:
 * SUTime reads this many tokens on each side of a calendar word or number instead of the whole sentence
 * (0: the whole sentence).
 */
public record CoreNlpConfig(boolean parse, int maxSentenceTokens, int timeWindow) {

    public CoreNlpConfig {
        if (maxSentenceTokens < 10) {
            throw new IllegalArgumentException("maxSentenceTokens must be at least 10, got " + maxSentenceTokens);
        }
        if (timeWindow < 0) {
            throw new IllegalArgumentException("timeWindow must not be negative, got " + timeWindow);
        }
    }

    public static CoreNlpConfig defaults() {
        return new CoreNlpConfig(true, 120, 8);
    }
}
