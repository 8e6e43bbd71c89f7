package org.dossier.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * The measurements of one benchmark run (one system, one JVM). Times are in seconds; "from JVM start" times
 * count from the JVM's own start time. {@code peakRssKb} is filled in by the script from {@code /usr/bin/time}.
 */
public record BenchResult(String system, int threads, int limit, int articles, int failures, long tokens,
                          double loadSeconds, double firstRecordSeconds, double runSeconds, double totalSeconds,
                          long peakHeapBytes, long peakRssKb) {

    /** Articles per second over the analysis only (after the models were loaded). */
    public double articlesPerSecond() {
        return articles / runSeconds;
    }

    /** Articles per second from JVM start to the last article, so including model load. */
    public double articlesPerSecondWithLoad() {
        return articles / totalSeconds;
    }

    public double tokensPerSecond() {
        return tokens / runSeconds;
    }

    public double tokensPerSecondWithLoad() {
        return tokens / totalSeconds;
    }

    public BenchResult withPeakRssKb(long kb) {
        return new BenchResult(system, threads, limit, articles, failures, tokens, loadSeconds, firstRecordSeconds,
                runSeconds, totalSeconds, peakHeapBytes, kb);
    }

    public void write(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("system", system);
        p.setProperty("threads", Integer.toString(threads));
        p.setProperty("limit", Integer.toString(limit));
        p.setProperty("articles", Integer.toString(articles));
        p.setProperty("failures", Integer.toString(failures));
        p.setProperty("tokens", Long.toString(tokens));
        p.setProperty("loadSeconds", fmt(loadSeconds));
        p.setProperty("firstRecordSeconds", fmt(firstRecordSeconds));
        p.setProperty("runSeconds", fmt(runSeconds));
        p.setProperty("totalSeconds", fmt(totalSeconds));
        p.setProperty("peakHeapBytes", Long.toString(peakHeapBytes));
        p.setProperty("peakRssKb", Long.toString(peakRssKb));
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, "dossier throughput benchmark result");
        }
    }

    public static BenchResult read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new BenchResult(p.getProperty("system"), Integer.parseInt(p.getProperty("threads")),
                Integer.parseInt(p.getProperty("limit")), Integer.parseInt(p.getProperty("articles")),
                Integer.parseInt(p.getProperty("failures")), Long.parseLong(p.getProperty("tokens")),
                Double.parseDouble(p.getProperty("loadSeconds")), Double.parseDouble(p.getProperty("firstRecordSeconds")),
                Double.parseDouble(p.getProperty("runSeconds")), Double.parseDouble(p.getProperty("totalSeconds")),
                Long.parseLong(p.getProperty("peakHeapBytes")), Long.parseLong(p.getProperty("peakRssKb", "0")));
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }
}
