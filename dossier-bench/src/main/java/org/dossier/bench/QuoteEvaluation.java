package org.dossier.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.cli.DossierEngine;
import org.dossier.ingest.ArticleSource;
import org.dossier.ingest.IngestConfig;
import org.dossier.ingest.IngestOutcome;
import org.dossier.model.Article;
import org.dossier.pipeline.ArticlePipeline;
import org.dossier.record.ArticleRecords;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Scores quotation extraction on PolNeAR: for direct quotations (gold {@code direct: true}) span precision,
 * recall and F1 (a match overlaps at least half of both spans, one-to-one; exact matches counted too, the gold
 * span taken without its quotation marks, as Dossier's spans are) and
 * speaker accuracy on matched pairs (the predicted speaker's span, or a mention of its entity, overlaps the
 * gold speaker span); for all attributions, recall by cue word. Offsets are code points, as in both records.
 * The records go to OUT.records.jsonl beside OUT.tsv. Usage: QuoteEvaluation POLNEAR.jsonl OUT.tsv [THREADS]
 */
public final class QuoteEvaluation {

    private QuoteEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        Path gold = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> golds = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    golds.add(json.readTree(line));
                }
            }
        }
        ArticlePipeline pipeline = DossierEngine.create();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<JsonNode>> records = new ArrayList<>();
        try (ArticleSource source = ArticleSource.open(List.of(gold.toString()), IngestConfig.defaults(), null,
                java.io.InputStream.nullInputStream())) {
            while (source.hasNext()) {
                IngestOutcome o = source.next();
                if (!(o instanceof IngestOutcome.Accepted a)) {
                    throw new IllegalStateException("gold article rejected: " + o);
                }
                Article article = a.article();
                records.add(pool.submit(() -> ArticleRecords.toJson(pipeline.analyze(article))));
            }
        }
        Score direct = new Score();
        Score indirect = new Score();
        Map<String, int[]> byCue = new TreeMap<>();
        int textMismatch = 0;
        int stageErrors = 0;
        Path recordsOut = out.resolveSibling(out.getFileName().toString().replaceFirst("\\.tsv$", "") + ".records.jsonl");
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8));
             PrintWriter recordsWriter = new PrintWriter(Files.newBufferedWriter(recordsOut, StandardCharsets.UTF_8))) {
            w.println("article\tkind\tquote\tspeaker_gold\tspeaker_predicted");
            for (int i = 0; i < golds.size(); i++) {
                JsonNode g = golds.get(i);
                JsonNode rec = records.get(i).get();
                recordsWriter.println(json.writeValueAsString(rec));
                for (JsonNode issue : rec.get("issues")) {
                    if (issue.get("severity").asText().equals("error")) {
                        stageErrors++;
                        System.err.println(g.get("id").asText() + ": " + issue.get("message").asText());
                    }
                }
                if (!rec.get("text").asText().equals(g.get("text").asText())) {
                    textMismatch++;
                    continue;
                }
                scoreArticle(g, rec, direct, indirect, byCue, w);
            }
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "articles %d (text mismatches skipped: %d, stage errors: %d)%n", golds.size(),
                textMismatch, stageErrors);
        report("direct quotations", direct);
        report("indirect speech", indirect);
        System.out.println("recall of all attributions by cue (cues with 20+ gold quotes):");
        int all = 0;
        int found = 0;
        for (Map.Entry<String, int[]> e : byCue.entrySet()) {
            all += e.getValue()[1];
            found += e.getValue()[0];
            if (e.getValue()[1] >= 20) {
                System.out.printf(Locale.ROOT, "  %-12s %4d / %4d  %.3f%n", e.getKey(), e.getValue()[0], e.getValue()[1],
                        e.getValue()[0] / (double) e.getValue()[1]);
            }
        }
        System.out.printf(Locale.ROOT, "  %-12s %4d / %4d  %.3f%n", "all", found, all, found / (double) Math.max(1, all));
    }

    private static void report(String kind, Score s) {
        double p = s.matched / (double) Math.max(1, s.predicted);
        double r = s.matched / (double) Math.max(1, s.gold);
        System.out.printf(Locale.ROOT, "%s: gold %d, predicted %d, matched %d, exact %d%n", kind, s.gold, s.predicted,
                s.matched, s.exact);
        System.out.printf(Locale.ROOT, "  precision %.3f recall %.3f F1 %.3f; exact-match F1 %.3f%n", p, r, f1(p, r),
                f1(s.exact / (double) Math.max(1, s.predicted), s.exact / (double) Math.max(1, s.gold)));
        System.out.printf(Locale.ROOT, "  speaker accuracy on matched: %.3f (%d of %d)%n",
                s.speakerRight / (double) Math.max(1, s.matched), s.speakerRight, s.matched);
    }

    /** Counts for one kind of quotation. */
    private static final class Score {
        int gold;
        int predicted;
        int matched;
        int exact;
        int speakerRight;
    }

    private static void scoreArticle(JsonNode g, JsonNode rec, Score direct, Score indirect, Map<String, int[]> byCue,
                                     PrintWriter w) {
        List<JsonNode> all = new ArrayList<>();
        rec.get("quotes").forEach(all::add);
        for (JsonNode q : g.get("quotes")) {
            String cue = q.hasNonNull("cue") ? q.get("cue").asText().toLowerCase(Locale.ROOT) : "(none)";
            int[] c = byCue.computeIfAbsent(cue, k -> new int[2]);
            c[1]++;
            int[] span = span(q.get("span"));
            if (all.stream().anyMatch(p -> overlapsHalf(span, spanOf(p)))) {
                c[0]++;
            }
        }
        int[] text = rec.get("text").asText().codePoints().toArray();
        Map<String, List<int[]>> mentions = mentionsByEntity(rec);
        match(g, true, attributions(all, true), direct, text, mentions, w);
        match(g, false, attributions(all, false), indirect, text, mentions, w);
    }

    /** Predicted quotes of one kind, as the record has them (an interrupted quotation is already one quote). */
    private static List<JsonNode> attributions(List<JsonNode> all, boolean direct) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode p : all) {
            if (p.get("direct").asBoolean() == direct) {
                out.add(p);
            }
        }
        return out;
    }

    private static void match(JsonNode g, boolean direct, List<JsonNode> predicted, Score score, int[] text,
                              Map<String, List<int[]>> mentions, PrintWriter w) {
        List<JsonNode> gold = new ArrayList<>();
        for (JsonNode q : g.get("quotes")) {
            if (q.get("direct").asBoolean() == direct) {
                gold.add(q);
            }
        }
        score.gold += gold.size();
        score.predicted += predicted.size();
        boolean[] used = new boolean[predicted.size()];
        String kind = direct ? "direct" : "indirect";
        for (JsonNode q : gold) {
            int[] gs = span(q.get("span"));
            int[] inner = withoutMarks(text, gs);
            boolean found = false;
            for (int k = 0; k < predicted.size(); k++) {
                JsonNode p = predicted.get(k);
                int[] ps = spanOf(p);
                if (used[k] || !overlapsHalf(gs, ps)) {
                    continue;
                }
                used[k] = true;
                found = true;
                score.matched++;
                if (inner[0] == ps[0] && inner[1] == ps[1]) {
                    score.exact++;
                }
                boolean speakerOk = speakerMatches(q, p, mentions);
                if (speakerOk) {
                    score.speakerRight++;
                }
                w.println(String.join("\t", g.get("id").asText(), kind + " matched", clean(p.get("text").asText()),
                        q.path("speaker").asText(""), p.get("speaker").isNull() ? "" : p.get("speaker").get("name").asText()
                                + (speakerOk ? "" : " [wrong]")));
                break;
            }
            if (!found) {
                w.println(String.join("\t", g.get("id").asText(), kind + " missed", clean(q.get("quote_text").asText()),
                        q.path("speaker").asText(""), ""));
            }
        }
        for (int k = 0; k < predicted.size(); k++) {
            if (!used[k]) {
                JsonNode p = predicted.get(k);
                w.println(String.join("\t", g.get("id").asText(), kind + " extra", clean(p.get("text").asText()), "",
                        p.get("speaker").isNull() ? "" : p.get("speaker").get("name").asText()));
            }
        }
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }

    private static int[] spanOf(JsonNode p) {
        return new int[] {p.get("start").asInt(), p.get("end").asInt()};
    }

    private static boolean speakerMatches(JsonNode gold, JsonNode predicted, Map<String, List<int[]>> mentions) {
        JsonNode sp = predicted.get("speaker");
        if (sp.isNull() || !gold.hasNonNull("speaker_span")) {
            return false;
        }
        int[] gs = span(gold.get("speaker_span"));
        if (overlaps(gs, new int[] {sp.get("start").asInt(), sp.get("end").asInt()})) {
            return true;
        }
        String entity = sp.path("entity").asText(null);
        return entity != null && mentions.getOrDefault(entity, List.of()).stream().anyMatch(m -> overlaps(gs, m));
    }

    private static Map<String, List<int[]>> mentionsByEntity(JsonNode rec) {
        Map<String, List<int[]>> out = new HashMap<>();
        for (JsonNode e : rec.get("entities")) {
            List<int[]> spans = new ArrayList<>();
            e.get("mentions").forEach(m -> spans.add(new int[] {m.get("start").asInt(), m.get("end").asInt()}));
            out.put(e.get("id").asText(), spans);
        }
        return out;
    }

    /** The gold span without the quotation marks, blanks and final punctuation at its ends (Dossier's convention). */
    private static int[] withoutMarks(int[] text, int[] span) {
        int s = span[0];
        int e = Math.min(span[1], text.length);
        String trim = "\"“”„«»‘’' \n\t";
        while (s < e && trim.indexOf(text[s]) >= 0) {
            s++;
        }
        while (e > s && trim.indexOf(text[e - 1]) >= 0) {
            e--;
        }
        return new int[] {s, e};
    }

    private static int[] span(JsonNode pair) {
        return new int[] {pair.get(0).asInt(), pair.get(1).asInt()};
    }

    private static boolean overlaps(int[] a, int[] b) {
        return a[0] < b[1] && b[0] < a[1];
    }

    /** The overlap covers at least half of each span. */
    private static boolean overlapsHalf(int[] a, int[] b) {
        int o = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
        return o > 0 && 2 * o >= a[1] - a[0] && 2 * o >= b[1] - b[0];
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
