package org.dossier.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.dossier.annotate.AnnotationFailure;
import org.dossier.ingest.ArticleSource;
import org.dossier.ingest.IngestConfig;
import org.dossier.ingest.IngestOutcome;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.ArticleIssue;
import org.dossier.model.Severity;
import org.dossier.pipeline.ArticlePipeline;
import org.dossier.record.ArticleRecords;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/** {@code dossier analyze}: reads inputs, analyses each article, writes records to stdout and problems to stderr. */
@Command(name = "analyze", header = "Analyse news articles into article records.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyses news articles and writes one article record (schema",
                "dossier.article/1) per article. INPUT is a .txt, .html/.htm or .jsonl file,",
                "a directory (read recursively), or - for stdin."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all inputs analysed",
                "1:internal failure (for example the models could not be loaded)",
                "2:usage error",
                "3:finished, but some inputs were rejected or analysed only in part (see stderr)"})
public final class AnalyzeCommand implements Callable<Integer> {

    static final int EXIT_SOME_REJECTED = 3;

    /** How records are written. */
    enum Format { json, jsonl }

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for resolving relative dates (\"Wednesday\", \"last month\") when an input carries none.")
    String published;

    @Option(names = "--format", paramLabel = "json|jsonl",
            description = "jsonl: one record per line (default when more than one article may be read); json: pretty-printed record, or an array.")
    Format format;

    @Option(names = "--threads", paramLabel = "N", description = "Articles analysed in parallel (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress", negatable = true,
            description = "Show a progress line on stderr (default: only when stderr is a terminal).")
    Boolean progress;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, or - for stdin.")
    List<String> inputs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final InputStream stdin;
    private final Supplier<ArticlePipeline> pipelines;

    public AnalyzeCommand() {
        this(System.in, DossierEngine::shared);
    }

    AnalyzeCommand(InputStream stdin, Supplier<ArticlePipeline> pipelines) {
        this.stdin = stdin;
        this.pipelines = pipelines;
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        LocalDate publishedDate = parseDate(cl);
        if (threads < 1) {
            throw new CommandLine.ParameterException(cl, "--threads must be at least 1");
        }
        PrintWriter out = cl.getOut();
        PrintWriter err = cl.getErr();
        Format fmt = format != null ? format : defaultFormat();
        RecordSink sink = new RecordSink(out, fmt);
        ProgressBar bar = new ProgressBar(err, progress != null ? progress : ProgressBar.stderrIsTerminal());
        Run run = new Run(err, bar, sink);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dossier-analyze");
            t.setDaemon(true);
            return t;
        });
        try (ArticleSource source = ArticleSource.open(inputs, IngestConfig.defaults(), publishedDate, stdin)) {
            Deque<Pending> window = new ArrayDeque<>();
            ArticlePipeline pipeline = null;
            while (source.hasNext()) {
                IngestOutcome outcome = source.next();
                if (outcome instanceof IngestOutcome.Accepted accepted) {
                    if (pipeline == null) {
                        pipeline = pipelines.get();
                    }
                    ArticlePipeline p = pipeline;
                    window.add(new Pending(outcome, pool.submit(() -> p.analyze(accepted.article()))));
                } else {
                    window.add(new Pending(outcome, null));
                }
                while (window.size() > 2 * threads) {
                    run.emit(window.removeFirst());
                }
            }
            while (!window.isEmpty()) {
                run.emit(window.removeFirst());
            }
        } catch (AnnotationFailure e) {
            bar.clear();
            err.println("dossier: internal failure: " + e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        } catch (InternalFailure e) {
            bar.clear();
            err.println("dossier: internal failure on " + e.input + ": " + e.getCause());
            return CommandLine.ExitCode.SOFTWARE;
        } finally {
            pool.shutdownNow();
            sink.close();
            out.flush();
        }
        bar.clear();
        run.summary();
        err.flush();
        return run.problems > 0 ? EXIT_SOME_REJECTED : CommandLine.ExitCode.OK;
    }

    private LocalDate parseDate(CommandLine cl) {
        if (published == null) {
            return null;
        }
        try {
            return LocalDate.parse(published);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(cl, "--published takes a date as YYYY-MM-DD, not '" + published + "'");
        }
    }

    /** json for one plain file, jsonl for anything that may hold several articles. */
    private Format defaultFormat() {
        if (inputs.size() == 1) {
            String in = inputs.get(0);
            Path p = Path.of(in);
            String name = in.toLowerCase(Locale.ROOT);
            if (!in.equals("-") && Files.isRegularFile(p) && !name.endsWith(".jsonl") && !name.endsWith(".ndjson")) {
                return Format.json;
            }
        }
        return Format.jsonl;
    }

    /** An input's outcome and, when it was accepted, its analysis under way. */
    private record Pending(IngestOutcome outcome, Future<AnalyzedArticle> analysis) {
    }

    /** Thrown when analysing one article failed outside the pipeline's own guards. */
    private static final class InternalFailure extends RuntimeException {
        final String input;

        InternalFailure(String input, Throwable cause) {
            super(cause);
            this.input = input;
        }
    }

    /** Counts and reports the outcomes of one run, in input order. */
    private static final class Run {
        private final PrintWriter err;
        private final ProgressBar bar;
        private final RecordSink sink;
        private final long started = System.nanoTime();
        private int analysed;
        private int rejected;
        private int problems;
        private long tokens;

        Run(PrintWriter err, ProgressBar bar, RecordSink sink) {
            this.err = err;
            this.bar = bar;
            this.sink = sink;
        }

        void emit(Pending p) {
            if (p.outcome() instanceof IngestOutcome.Rejected r) {
                rejected++;
                problems++;
                bar.clear();
                err.println("dossier: rejected " + r.input() + ": " + r.reason());
            } else {
                AnalyzedArticle a = await(p);
                analysed++;
                tokens += a.annotated().tokenCount();
                sink.write(a);
                report(a);
            }
            bar.update(analysed, rejected, tokens);
        }

        private AnalyzedArticle await(Pending p) {
            try {
                return p.analysis().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InternalFailure(p.outcome().input(), e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof AnnotationFailure f) {
                    throw f;
                }
                throw new InternalFailure(p.outcome().input(), e.getCause());
            }
        }

        private void report(AnalyzedArticle a) {
            boolean error = false;
            for (ArticleIssue issue : a.allIssues()) {
                bar.clear();
                err.println("dossier: " + issue.severity().label() + ": " + a.article().source().path() + ": "
                        + issue.stage() + ": " + issue.message());
                error |= issue.severity() == Severity.ERROR;
            }
            if (error) {
                problems++;
            }
        }

        void summary() {
            if (analysed + rejected > 1) {
                double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
                err.printf(Locale.ROOT, "dossier: %d analysed, %d rejected, %d with errors, in %.1f s (%.2f articles/s)%n",
                        analysed, rejected, problems - rejected, seconds, analysed / seconds);
            }
        }
    }

    /** Writes records as JSON Lines or as pretty JSON (an array when there is more than one). */
    private static final class RecordSink {
        private final PrintWriter out;
        private final Format format;
        private final ObjectWriter pretty = ArticleRecords.mapper().writerWithDefaultPrettyPrinter();
        private String held;
        private int written;

        RecordSink(PrintWriter out, Format format) {
            this.out = out;
            this.format = format;
        }

        void write(AnalyzedArticle a) {
            try {
                if (format == Format.jsonl) {
                    out.println(ArticleRecords.mapper().writeValueAsString(ArticleRecords.toJson(a)));
                    out.flush();
                    return;
                }
                String json = pretty.writeValueAsString(ArticleRecords.toJson(a));
                if (held != null) {
                    out.print(written == 0 ? "[\n" : ",\n");
                    out.print(held);
                    written++;
                }
                held = json;
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a record could not be written as JSON", e);
            }
        }

        void close() {
            if (format == Format.json && held != null) {
                if (written == 0) {
                    out.println(held);
                } else {
                    out.print(",\n");
                    out.print(held);
                    out.println("\n]");
                }
            }
            out.flush();
        }
    }
}
