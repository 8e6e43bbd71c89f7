package org.dossier.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints the results of several benchmark runs as one table, with Dossier ÷ baseline ratios for runs over the
 * same articles, and writes them as JSON.
 *
 * <pre>ThroughputReport --json OUT.json RESULT.properties...</pre>
 */
public final class ThroughputReport {

    private ThroughputReport() {
    }

    public static void main(String[] args) throws Exception {
        Path json = null;
        List<BenchResult> results = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--json")) {
                json = Path.of(args[++i]);
            } else {
                results.add(BenchResult.read(Path.of(args[i])));
            }
        }
        System.out.println(table(results));
        List<String> ratios = ratios(results);
        ratios.forEach(System.out::println);
        if (json != null) {
            writeJson(json, results, ratios);
        }
    }

    static String table(List<BenchResult> results) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-22s %3s %8s %8s %7s %9s %7s %9s %7s %9s %8s %8s %5s%n",
                "system", "thr", "articles", "tokens", "load s", "1st rec s", "art/s", "art/s+ld", "tok/s", "tok/s+ld",
                "heap MB", "RSS MB", "fail"));
        for (BenchResult r : results) {
            sb.append(String.format(Locale.ROOT, "%-22s %3d %8d %8d %7.1f %9.1f %7.2f %9.2f %7.0f %9.0f %8.0f %8.0f %5d%n",
                    r.system(), r.threads(), r.articles(), r.tokens(), r.loadSeconds(), r.firstRecordSeconds(),
                    r.articlesPerSecond(), r.articlesPerSecondWithLoad(), r.tokensPerSecond(), r.tokensPerSecondWithLoad(),
                    r.peakHeapBytes() / 1048576.0, r.peakRssKb() / 1024.0, r.failures()));
        }
        return sb.toString().stripTrailing();
    }

    /** One line per baseline run: Dossier ÷ baseline, against the Dossier run over the same articles. */
    static List<String> ratios(List<BenchResult> results) {
        List<String> lines = new ArrayList<>();
        for (BenchResult base : results) {
            if (base.system().equals("dossier")) {
                continue;
            }
            for (BenchResult d : results) {
                if (d.system().equals("dossier") && d.articles() == base.articles() && d.limit() == base.limit()
                        && d.threads() == base.threads()) {
                    lines.add(String.format(Locale.ROOT, "dossier ÷ %s (same %d articles, %d threads): articles/s %.2fx,"
                                    + " articles/s incl. load %.2fx, tokens/s %.2fx, load time %.2fx, first record %.2fx,"
                                    + " peak heap %.2fx, peak RSS %.2fx",
                            base.system(), d.articles(), d.threads(),
                            d.articlesPerSecond() / base.articlesPerSecond(),
                            d.articlesPerSecondWithLoad() / base.articlesPerSecondWithLoad(),
                            d.tokensPerSecond() / base.tokensPerSecond(), d.loadSeconds() / base.loadSeconds(),
                            d.firstRecordSeconds() / base.firstRecordSeconds(),
                            (double) d.peakHeapBytes() / base.peakHeapBytes(),
                            base.peakRssKb() == 0 ? Double.NaN : (double) d.peakRssKb() / base.peakRssKb()));
                    break;
                }
            }
        }
        return lines;
    }

    private static void writeJson(Path file, List<BenchResult> results, List<String> ratios) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode runs = root.putArray("runs");
        for (BenchResult r : results) {
            ObjectNode n = mapper.valueToTree(r);
            n.put("articlesPerSecond", r.articlesPerSecond());
            n.put("articlesPerSecondWithLoad", r.articlesPerSecondWithLoad());
            n.put("tokensPerSecond", r.tokensPerSecond());
            n.put("tokensPerSecondWithLoad", r.tokensPerSecondWithLoad());
            runs.add(n);
        }
        ArrayNode r = root.putArray("ratios");
        ratios.forEach(r::add);
        mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }
}
