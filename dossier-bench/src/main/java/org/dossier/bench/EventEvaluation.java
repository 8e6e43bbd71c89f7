package org.dossier.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.cli.DossierEngine;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Article;
import org.dossier.model.Event;
import org.dossier.model.EventActor;
import org.dossier.model.InputFormat;
import org.dossier.model.SourceRef;
import org.dossier.model.Structure;
import org.dossier.model.TextSpan;
import org.dossier.pipeline.ArticlePipeline;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores the event coder on one-sentence gold sets. PLOVER ({@code events}, one gold event per sentence, type
 * {@code event_plover08}): type recall (the gold type is among the sentence's predicted types) and full-event
 * precision, recall and F1 — a predicted event matches when its type is the gold type and its source and target
 * countries are among the gold sources' and targets' codes (or both sides are empty); further predictions
 * matching the same gold event (one per member of a compound actor) are not counted as false. International
 * organisations (sector IGO, or the codes UNO, EUR, IGO, and NGO for transnational non-governmental ones such as
 * Amnesty International or the Red Cross, which PLOVER's gold also codes "IGO") count as the gold code "IGO". PETRARCH ({@code expected}:
 * source, target, code): CAMEO root accuracy and full-coding matches (source and target actor codes and the
 * code), and events predicted where none are expected. Usage: EventEvaluation GOLD.jsonl OUT.tsv
 */
public final class EventEvaluation {

    private static final Set<String> IGO_CODES = Set.of("IGO", "UNO", "EUR", "NATO", "AFR", "ASN", "NGO");

    private EventEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> gold = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                gold.add(json.readTree(line));
            }
        }
        ArticlePipeline pipeline = DossierEngine.shared();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            if (gold.get(0).has("events")) {
                w.println("id\tresult\tprincipal\tgold\tpredicted\ttext");
                plover(gold, pipeline, w);
            } else {
                w.println("id\tresult\tgold\tpredicted\ttext");
                petrarch(gold, pipeline, w);
            }
        }
    }

    /** Stage errors seen over the gold sentences (printed with the scores). */
    private static int stageErrors;

    private static AnalyzedArticle analyze(ArticlePipeline pipeline, JsonNode g) {
        String text = g.get("text").asText();
        String d = g.path("date").asText("");
        LocalDate date = d.matches("\\d{8}") ? LocalDate.parse(d, DateTimeFormatter.BASIC_ISO_DATE)
                : d.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(d) : null;
        Article article = new Article(g.get("id").asText(), new SourceRef(g.get("id").asText(), null, InputFormat.JSONL, null),
                null, date, "en", text, new Structure(null, List.of(), List.of(new TextSpan(0, text.length())), List.of()),
                List.of());
        AnalyzedArticle analyzed = pipeline.analyze(article);
        for (org.dossier.model.ArticleIssue issue : analyzed.allIssues()) {
            if (issue.severity() == org.dossier.model.Severity.ERROR) {
                stageErrors++; // a stage that failed on a sentence would pass for a missed event otherwise
                System.err.println(g.get("id").asText() + ": " + issue.stage() + ": " + issue.message());
            }
        }
        return analyzed;
    }

    /** Full-event counts over one selection of the predicted events (all of them, or the principal ones only). */
    private static final class FullEventScore {
        int predicted;
        int matched;
        int duplicates;

        /** Scores {@code events} against one gold event; true when one of them matches it. */
        boolean add(List<Event> events, String type, Set<String> sources, Set<String> targets, Set<String> mutual) {
            boolean hit = false;
            for (Event e : events) {
                predicted++;
                boolean ok = e.plover().equals(type) && side(e.source(), sources)
                        && (side(e.target(), targets) || !mutual.isEmpty() && side(e.target(), mutual));
                if (ok && !hit) {
                    hit = true;
                    matched++;
                } else if (ok) {
                    duplicates++;
                }
            }
            return hit;
        }

        void print(String what, int goldEvents) {
            int counted = predicted - duplicates;
            double p = matched / (double) Math.max(1, counted);
            double r = matched / (double) Math.max(1, goldEvents);
            System.out.printf(Locale.ROOT, "%s: predicted %d (%d more for compound actors), P %.3f R %.3f F1 %.3f (%d matched)%n",
                    what, counted, duplicates, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), matched);
        }
    }

    private static void plover(List<JsonNode> gold, ArticlePipeline pipeline, PrintWriter w) {
        int typeFound = 0;
        int goldEvents = 0;
        FullEventScore all = new FullEventScore();
        FullEventScore principal = new FullEventScore();
        Map<String, int[]> byType = new TreeMap<>();
        for (JsonNode g : gold) {
            AnalyzedArticle a = analyze(pipeline, g);
            List<Event> principalEvents = a.events().stream().filter(Event::principal).toList();
            for (JsonNode ge : g.get("events")) {
                goldEvents++;
                String type = ge.get("event_plover08").asText();
                int[] t = byType.computeIfAbsent(type, k -> new int[5]);
                t[0]++;
                boolean typeHit = a.events().stream().anyMatch(e -> e.plover().equals(type));
                if (typeHit) {
                    typeFound++;
                    t[1]++;
                }
                Set<String> sources = codes(ge.get("source"));
                Set<String> targets = codes(ge.get("target"));
                Set<String> mutual = mutualCodes(g.path("markup").asText(""), ge.get("source"));
                boolean hit = all.add(a.events(), type, sources, targets, mutual);
                boolean principalHit = principal.add(principalEvents, type, sources, targets, mutual);
                t[2] += hit ? 1 : 0;
                t[3] += a.events().size();
                t[4] += principalHit ? 1 : 0;
                w.println(String.join("\t", g.get("id").asText(), hit ? "match" : typeHit ? "type only" : "miss",
                        principalHit ? "match" : "no", type + " " + sources + "→" + targets, describe(a.events()),
                        g.get("text").asText()));
            }
        }
        System.out.printf(Locale.ROOT, "sentences %d, gold events %d%n", gold.size(), goldEvents);
        System.out.printf(Locale.ROOT, "stage errors %d%n", stageErrors);
        System.out.printf(Locale.ROOT, "type recall %.3f (%d of %d)%n", typeFound / (double) goldEvents, typeFound, goldEvents);
        all.print("full event (type + source country + target country), all events", goldEvents);
        principal.print("full event, each sentence's principal event only", goldEvents);
        System.out.println("per type: gold, type found, full match, predicted in those sentences, principal full match");
        byType.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-10s %3d %3d %3d %3d %3d%n", k, v[0], v[1], v[2], v[3], v[4]));
    }

    private static void petrarch(List<JsonNode> gold, ArticlePipeline pipeline, PrintWriter w) {
        int expected = 0;
        int rootHit = 0;
        int fullHit = 0;
        int predicted = 0;
        int noEventSentences = 0;
        int predictedWhereNone = 0;
        int principalPredicted = 0;
        int principalRootHit = 0;
        for (JsonNode g : gold) {
            if (!g.path("evaluate").asBoolean(true)) {
                continue;
            }
            AnalyzedArticle a = analyze(pipeline, g);
            predicted += a.events().size();
            List<Event> principal = a.events().stream().filter(Event::principal).toList();
            principalPredicted += principal.size();
            if (g.get("expected").isEmpty()) {
                noEventSentences++;
                predictedWhereNone += a.events().size();
            }
            for (JsonNode x : g.get("expected")) {
                expected++;
                String code = x.get("code").asText();
                boolean root = a.events().stream().anyMatch(e -> e.cameo() != null && e.cameo().startsWith(code.substring(0, 2)));
                boolean full = a.events().stream().anyMatch(e -> code.equals(e.cameo())
                        && x.get("source").asText().equals(actor(e.source())) && x.get("target").asText().equals(actor(e.target())));
                rootHit += root ? 1 : 0;
                principalRootHit += principal.stream()
                        .anyMatch(e -> e.cameo() != null && e.cameo().startsWith(code.substring(0, 2))) ? 1 : 0;
                fullHit += full ? 1 : 0;
                w.println(String.join("\t", g.get("id").asText(), full ? "full" : root ? "root" : "miss",
                        x.get("source").asText() + " " + code + " " + x.get("target").asText(), describe(a.events()),
                        g.get("text").asText()));
            }
        }
        System.out.printf(Locale.ROOT, "stage errors %d%n", stageErrors);
        System.out.printf(Locale.ROOT, "expected events %d, predicted %d%n", expected, predicted);
        System.out.printf(Locale.ROOT, "CAMEO root accuracy %.3f (%d of %d); full coding (source, target, code) %.3f (%d)%n",
                rootHit / (double) Math.max(1, expected), rootHit, expected, fullHit / (double) Math.max(1, expected), fullHit);
        System.out.printf(Locale.ROOT, "principal events only: predicted %d, CAMEO root accuracy %.3f (%d)%n",
                principalPredicted, principalRootHit / (double) Math.max(1, expected), principalRootHit);
        System.out.printf(Locale.ROOT, "sentences expecting no event %d, events predicted there %d%n", noEventSentences,
                predictedWhereNone);
    }

    /**
     * The codes of source actors the markup labels "SRC/TAR" (each side of a mutual act: "(SRC/TAR: United States)
     * and (SRC/TAR: Jordan) have agreed"): the record lists them as sources only, so either may be the target.
     */
    private static Set<String> mutualCodes(String markup, JsonNode sources) {
        Set<String> out = new java.util.HashSet<>();
        java.util.regex.Matcher spans = java.util.regex.Pattern.compile("\\(SRC/TAR: ([^)]*)\\)").matcher(markup);
        List<Set<String>> marked = new ArrayList<>();
        while (spans.find()) {
            marked.add(Set.of(spans.group(1).split("\\s+")));
        }
        sources.forEach(a -> {
            // "(SRC/TAR: United States)"; also a span that joins two actors: "(SRC/TAR: French and Egyptian
            // warships)" marks both "French warships" and "Egyptian warships"
            List<String> words = List.of(a.get("text").asText().split("\\s+"));
            if (marked.stream().anyMatch(m -> m.containsAll(words))) {
                out.add(a.get("code").asText());
            }
        });
        out.remove("");
        return out;
    }

    private static Set<String> codes(JsonNode actors) {
        Set<String> out = new java.util.HashSet<>();
        actors.forEach(a -> out.add(a.get("code").asText()));
        out.remove("");
        return out;
    }

    /** The predicted side agrees with the gold codes: both empty, or the actor's country (IGOs as "IGO") among them. */
    private static boolean side(EventActor actor, Set<String> gold) {
        if (actor == null || actor.country() == null && !"IGO".equals(actor.sector())) {
            return gold.isEmpty();
        }
        String country = actor.country() == null || IGO_CODES.contains(actor.country()) || "IGO".equals(actor.sector())
                ? "IGO" : actor.country();
        return gold.contains(country) || gold.contains(actor.country());
    }

    private static String actor(EventActor a) {
        return a == null || a.actor() == null ? "" : a.actor();
    }

    private static String describe(List<Event> events) {
        List<String> out = new ArrayList<>();
        for (Event e : events) {
            out.add((e.principal() ? "*" : "") + e.plover() + "/" + e.cameo() + " " + actor(e.source()) + "→" + actor(e.target()));
        }
        return String.join("; ", out);
    }
}
