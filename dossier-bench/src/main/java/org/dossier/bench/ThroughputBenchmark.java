package org.dossier.bench;

import org.dossier.ingest.ArticleSource;
import org.dossier.ingest.IngestConfig;
import org.dossier.ingest.IngestOutcome;

import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures one system over a corpus in this JVM: model load, time to the first finished article (from JVM
 * start), articles/s and tokens/s, failures and peak heap. Articles are read through {@link ArticleSource} and
 * analysed on a fixed thread pool with a window of 2 x threads, as {@code dossier analyze} does.
 *
 * <pre>ThroughputBenchmark --system dossier|corenlp|corenlp-dossier-props|corenlp-same-information [--threads N] [--limit K]
 *     [--out result.properties] [--digests digests.tsv] CORPUS.jsonl</pre>
 */
public final class ThroughputBenchmark {

    private ThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String system = null;
        int threads = Runtime.getRuntime().availableProcessors();
        int limit = Integer.MAX_VALUE;
        Path out = null;
        Path digests = null;
        String corpus = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--system" -> system = args[++i];
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--digests" -> digests = Path.of(args[++i]);
                default -> corpus = args[i];
            }
        }
        if (system == null || corpus == null || threads < 1 || limit < 1) {
            System.err.println("usage: ThroughputBenchmark --system dossier|corenlp|corenlp-dossier-props|corenlp-same-information"
                    + " [--threads N] [--limit K] [--out FILE] [--digests FILE] CORPUS");
            System.exit(2);
        }
        long jvmStartMs = ManagementFactory.getRuntimeMXBean().getStartTime();

        long loadStart = System.nanoTime();
        BenchSystem sys = switch (system) {
            case "dossier" -> new DossierSystem();
            case "corenlp" -> new CoreNlpSystem(CoreNlpSystem.defaults());
            case "corenlp-dossier-props" -> new CoreNlpSystem(CoreNlpSystem.dossierProperties());
            case "corenlp-same-information" -> new CoreNlpSystem(CoreNlpSystem.sameInformation());
            default -> throw new IllegalArgumentException("unknown system " + system);
        };
        long loaded = System.nanoTime();

        AtomicLong firstDoneMs = new AtomicLong(Long.MAX_VALUE);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-worker");
            t.setDaemon(true);
            return t;
        });
        int articles = 0;
        int failures = 0;
        int rejected = 0;
        long tokens = 0;
        PrintWriter digestOut = digests == null ? null
                : new PrintWriter(Files.newBufferedWriter(digests, StandardCharsets.UTF_8));
        try (ArticleSource source = ArticleSource.open(List.of(corpus), IngestConfig.defaults(), null,
                InputStream.nullInputStream())) {
            Deque<Pending> window = new ArrayDeque<>();
            int submitted = 0;
            while (submitted < limit && source.hasNext()) {
                IngestOutcome outcome = source.next();
                if (outcome instanceof IngestOutcome.Rejected r) {
                    rejected++;
                    System.err.println("bench: rejected " + r.input() + ": " + r.reason());
                    continue;
                }
                var article = ((IngestOutcome.Accepted) outcome).article();
                submitted++;
                window.add(new Pending(article.id(), pool.submit(() -> {
                    Object result = sys.analyze(article);
                    firstDoneMs.accumulateAndGet(System.currentTimeMillis(), Math::min);
                    return result;
                })));
                while (window.size() > 2 * threads) {
                    BenchSystem.Measured m = take(sys, window.removeFirst(), digestOut);
                    articles++;
                    tokens += m.tokens();
                    failures += m.failed() ? 1 : 0;
                    progress(articles, loaded);
                }
            }
            while (!window.isEmpty()) {
                BenchSystem.Measured m = take(sys, window.removeFirst(), digestOut);
                articles++;
                tokens += m.tokens();
                failures += m.failed() ? 1 : 0;
                progress(articles, loaded);
            }
        } finally {
            pool.shutdownNow();
            if (digestOut != null) {
                digestOut.close();
            }
        }
        long done = System.nanoTime();
        long doneMs = System.currentTimeMillis();

        BenchResult result = new BenchResult(system, threads, limit == Integer.MAX_VALUE ? 0 : limit, articles,
                failures + rejected, tokens, (loaded - loadStart) / 1e9, (firstDoneMs.get() - jvmStartMs) / 1e3,
                (done - loaded) / 1e9, (doneMs - jvmStartMs) / 1e3, peakHeapBytes(), 0);
        System.out.printf(Locale.ROOT, "%s: %d articles (%d failed, %d rejected), %d tokens, %d threads; load %.1f s, "
                        + "first record %.1f s after JVM start, %.2f articles/s, %.0f tokens/s; peak heap %.0f MB%n",
                system, articles, failures, rejected, tokens, threads, result.loadSeconds(), result.firstRecordSeconds(),
                result.articlesPerSecond(), result.tokensPerSecond(), peakHeapBytes() / 1048576.0);
        if (out != null) {
            result.write(out);
        }
    }

    private record Pending(String id, Future<Object> analysis) {
    }

    private static BenchSystem.Measured take(BenchSystem sys, Pending p, PrintWriter digestOut)
            throws InterruptedException, ExecutionException {
        BenchSystem.Measured m = sys.record(p.analysis().get(), digestOut != null);
        if (digestOut != null) {
            digestOut.println(p.id() + "\t" + m.tokens() + "\t" + m.digest());
        }
        return m;
    }

    private static void progress(int articles, long since) {
        if (articles % 50 == 0) {
            System.err.printf(Locale.ROOT, "bench: %d articles in %.0f s%n", articles, (System.nanoTime() - since) / 1e9);
        }
    }

    /** The sum of the peak usage of the heap memory pools, as the JVM tracked it. */
    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
