package org.dossier.cli;

import org.dossier.corenlp.CoreNlpAnnotator;
import org.dossier.corenlp.CoreNlpConfig;
import org.dossier.entity.NameGroupingResolver;
import org.dossier.pipeline.ArticlePipeline;
import org.dossier.quote.QuotationMarkQuoteExtractor;
import org.dossier.time.Timex3Normalizer;

/** The standard pipeline on CoreNLP, built once per process on first use. Thread-safe. */
public final class DossierEngine {

    private static volatile ArticlePipeline shared;

    private DossierEngine() {
    }

    /** The process-wide pipeline; the first call loads the models (a few seconds). */
    public static ArticlePipeline shared() {
        ArticlePipeline p = shared;
        if (p == null) {
            synchronized (DossierEngine.class) {
                p = shared;
                if (p == null) {
                    p = create();
                    shared = p;
                }
            }
        }
        return p;
    }

    /** A new pipeline with its own models. */
    public static ArticlePipeline create() {
        return new ArticlePipeline(new CoreNlpAnnotator(CoreNlpConfig.defaults()), new Timex3Normalizer(),
                new NameGroupingResolver(), new QuotationMarkQuoteExtractor());
    }
}
