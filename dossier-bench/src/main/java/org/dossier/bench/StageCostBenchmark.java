package org.dossier.bench;

import org.dossier.cli.DossierEngine;
import org.dossier.corenlp.CoreNlpAnnotator;
import org.dossier.annotate.ParseSelector;
import org.dossier.pipeline.ParseTriggers;
import org.dossier.ingest.ArticleSource;
import org.dossier.ingest.IngestConfig;
import org.dossier.ingest.IngestOutcome;
import org.dossier.kb.KbEntityResolver;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.Sentence;
import org.dossier.event.DependencyEventCoder;
import org.dossier.kb.ActorResolver;
import org.dossier.model.Quote;
import org.dossier.model.TimeExpression;
import org.dossier.quote.AttributionQuoteExtractor;
import org.dossier.time.Timex3Normalizer;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cost of each analysis stage per article, in one process and one thread, on a real corpus: annotate
 * (CoreNLP), times, entities (knowledge base and linking), quotes, events. Each stage runs on the previous stage's
 * output, timed alone; the first {@code WARMUP} articles are run but not counted. Shares are of the sum of the
 * stages, so the ratios hold on a noisy machine. Also times, on the same articles in the same process, the
 * annotation with every sentence parsed (the parse selection's baseline) and counts the sentences parsed.
 * Usage: StageCostBenchmark CORPUS.jsonl [LIMIT]
 */
public final class StageCostBenchmark {

    private static final int WARMUP = 10;

    private StageCostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE - WARMUP;
        List<Article> articles = new ArrayList<>();
        try (ArticleSource source = ArticleSource.open(List.of(args[0]), IngestConfig.defaults(), null,
                InputStream.nullInputStream())) {
            while (source.hasNext() && articles.size() < limit + WARMUP) {
                if (source.next() instanceof IngestOutcome.Accepted a) {
                    articles.add(a.article());
                }
            }
        }
        int[] parsed = new int[2];
        ParseTriggers triggers = new ParseTriggers(DossierEngine.actions());
        CoreNlpAnnotator annotator = DossierEngine.annotator(sentences -> {
            boolean[] picked = triggers.select(sentences);
            for (boolean p : picked) {
                parsed[0] += p ? 1 : 0;
            }
            parsed[1] += picked.length;
            return picked;
        });
        // the baseline, in the same process on the same articles: every sentence parsed
        CoreNlpAnnotator parseAll = DossierEngine.annotator(ParseSelector.EVERY_SENTENCE);
        long parseAllNanos = 0;
        Timex3Normalizer times = new Timex3Normalizer();
        KbEntityResolver entities = new KbEntityResolver(DossierEngine.knowledgeBase(),
                DossierEngine.wikiTitles().orElse(null));
        AttributionQuoteExtractor quotes = new AttributionQuoteExtractor();
        DependencyEventCoder events = new DependencyEventCoder(DossierEngine.actions(),
                new ActorResolver(DossierEngine.knowledgeBase()));
        long[] nanos = new long[5];
        int coded = 0;
        long tokens = 0;
        int counted = 0;
        int found = 0;
        for (int i = 0; i < articles.size(); i++) {
            if (i == WARMUP) {
                parsed[0] = 0; // count the measured articles only
                parsed[1] = 0;
            }
            long b0 = System.nanoTime();
            parseAll.annotate(articles.get(i));
            long b1 = System.nanoTime();
            long t0 = System.nanoTime();
            AnnotatedArticle annotated = annotator.annotate(articles.get(i));
            long t1 = System.nanoTime();
            List<TimeExpression> timeLayer = times.normalize(annotated);
            long t2 = System.nanoTime();
            List<Entity> resolved = entities.resolve(annotated);
            long t3 = System.nanoTime();
            List<Quote> quoteLayer = quotes.extract(annotated, resolved);
            long t4 = System.nanoTime();
            int ev = events.code(annotated, resolved, timeLayer, quoteLayer).size();
            long t5 = System.nanoTime();
            int q = quoteLayer.size();
            if (i < WARMUP) {
                continue;
            }
            counted++;
            parseAllNanos += b1 - b0;
            found += q;
            coded += ev;
            nanos[4] += t5 - t4;
            nanos[0] += t1 - t0;
            nanos[1] += t2 - t1;
            nanos[2] += t3 - t2;
            nanos[3] += t4 - t3;
            for (Sentence s : annotated.sentences()) {
                tokens += s.tokens().size();
            }
        }
        long total = nanos[0] + nanos[1] + nanos[2] + nanos[3] + nanos[4];
        String[] names = {"annotate (CoreNLP)", "times", "entities", "quotes", "events"};
        System.out.printf(Locale.ROOT, "%d articles (after %d warm-up), %d tokens, %d quotes, %d events, one thread%n",
                counted, WARMUP, tokens, found, coded);
        for (int k = 0; k < 5; k++) {
            System.out.printf(Locale.ROOT, "%-20s %9.2f ms/article %6.2f %% of the stages%n", names[k],
                    nanos[k] / 1e6 / Math.max(1, counted), 100.0 * nanos[k] / Math.max(1, total));
        }
        System.out.printf(Locale.ROOT, "%-20s %9.2f ms/article%n", "all stages", total / 1e6 / Math.max(1, counted));
        System.out.printf(Locale.ROOT, "sentences parsed: %d of %d (%.1f %%); annotate with every sentence parsed "
                        + "(same process, same articles): %.2f ms/article, %.2fx the selective annotation%n",
                parsed[0], parsed[1], 100.0 * parsed[0] / Math.max(1, parsed[1]),
                parseAllNanos / 1e6 / Math.max(1, counted), parseAllNanos / (double) Math.max(1, nanos[0]));
    }
}
