package org.dossier.bench;

import org.dossier.model.Article;

/**
 * One system under measurement. {@link #analyze} runs on the worker threads; {@link #record} runs on the
 * reading thread in input order, as the CLI writes its records.
 */
interface BenchSystem {

    /** Analyses one article; thread-safe. */
    Object analyze(Article article);

    /** Tokens, failure and (when asked for) a digest of the output of one analysis. */
    Measured record(Object analysis, boolean digest);

    /** What one analysed article counts for. */
    record Measured(long tokens, boolean failed, String digest) {
    }
}
