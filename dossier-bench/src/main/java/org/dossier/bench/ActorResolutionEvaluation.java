package org.dossier.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.cli.DossierEngine;
import org.dossier.kb.ActorResolver;
import org.dossier.kb.ResolvedActor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores {@code dossier resolve} on the NGEC actor-resolution cases: a case passes when every expected field it
 * names matches (country / cc, code_1 as sector, wiki / title as the Wikipedia title, result_is_None as no
 * entity; an empty expected value means "none"; NGEC's code_1 UNK, unknown agent, and JNK, not an actor, mean no
 * sector, and the strict count takes them as codes Dossier never gives). Cases without a date, or dated "today", are resolved as of
 * AS-OF (the cases were written in 2022; people in office then are former office holders now).
 * Prints pass rates per method; writes every case to a TSV.
 * Usage: ActorResolutionEvaluation CASES.jsonl OUT.tsv [AS-OF, default 2022-06-01]
 */
public final class ActorResolutionEvaluation {

    private ActorResolutionEvaluation() {
    }

    /** One case's outcome. */
    record Outcome(String id, String method, boolean pass, boolean strictPass, String input, String expected,
            String got) {
    }

    public static void main(String[] args) throws IOException {
        Path cases = Path.of(args[0]);
        Path out = Path.of(args[1]);
        LocalDate asOf = LocalDate.parse(args.length > 2 ? args[2] : "2022-06-01");
        System.out.println("undated cases resolved as of " + asOf);
        ActorResolver resolver = new ActorResolver(DossierEngine.knowledgeBase());
        ObjectMapper json = new ObjectMapper();
        List<Outcome> outcomes = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(cases, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    outcomes.add(score(json.readTree(line), resolver, asOf));
                }
            }
        }
        Map<String, int[]> byMethod = new TreeMap<>();
        for (Outcome o : outcomes) {
            int[] c = byMethod.computeIfAbsent(o.method(), k -> new int[3]);
            c[0] += o.pass() ? 1 : 0;
            c[1] += o.strictPass() ? 1 : 0;
            c[2]++;
        }
        int pass = 0;
        int strict = 0;
        System.out.printf(Locale.ROOT, "%-22s %6s %7s %6s %7s %7s%n", "method", "pass", "rate", "strict", "rate", "cases");
        for (Map.Entry<String, int[]> e : byMethod.entrySet()) {
            int[] c = e.getValue();
            System.out.printf(Locale.ROOT, "%-22s %6d %6.1f%% %6d %6.1f%% %7d%n", e.getKey(), c[0], 100.0 * c[0] / c[2],
                    c[1], 100.0 * c[1] / c[2], c[2]);
            pass += c[0];
            strict += c[1];
        }
        System.out.printf(Locale.ROOT, "%-22s %6d %6.1f%% %6d %6.1f%% %7d%n", "all", pass, 100.0 * pass / outcomes.size(),
                strict, 100.0 * strict / outcomes.size(), outcomes.size());
        System.out.println("pass: NGEC's UNK (unknown agent) and JNK (not an actor) read as no sector; strict: as codes");
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.println("id\tmethod\tpass\tstrict\tinput\texpected\tgot");
            for (Outcome o : outcomes) {
                w.println(String.join("\t", o.id(), o.method(), o.pass() ? "1" : "0", o.strictPass() ? "1" : "0",
                        o.input(), o.expected(), o.got()));
            }
        }
    }

    static Outcome score(JsonNode c, ActorResolver resolver, LocalDate asOf) {
        JsonNode input = c.get("input");
        JsonNode expected = c.get("expected");
        String actor = input.has("actor") ? input.get("actor").asText() : input.get("args").get(0).asText();
        String context = input.has("context") ? input.get("context").asText() : null;
        LocalDate date = date(input.path("date").asText(null));
        ResolvedActor got = resolver.resolve(actor, date == null ? asOf : date,
                context == null || context.isBlank() ? null : context);
        return new Outcome(c.get("id").asText(), c.get("method").asText(), passes(expected, got, false),
                passes(expected, got, true), actor, expected.toString(), got == null ? "null" : got.toString());
    }

    /** Whether the result has every expected field; not {@code strict}, a code_1 of UNK or JNK means no sector. */
    private static boolean passes(JsonNode expected, ResolvedActor got, boolean strict) {
        if (expected.path("result_is_None").asBoolean(false) || expected.path("code").asText("").equals("None")) {
            return got == null;
        }
        String sector = got == null ? null : got.sector();
        boolean unknownAgent = Set.of("UNK", "JNK").contains(expected.path("code_1").asText(""));
        return matches(expected, "country", got == null ? null : got.country())
                && matches(expected, "cc", got == null ? null : got.country())
                && (!strict && unknownAgent ? sector == null : matches(expected, "code_1", sector))
                && matchesTitle(expected, "wiki", got)
                && matchesTitle(expected, "title", got);
    }

    /** Expected "" means none; a field the case does not name is not checked. */
    private static boolean matches(JsonNode expected, String field, String got) {
        if (!expected.has(field)) {
            return true;
        }
        String want = expected.get(field).asText("");
        return want.isEmpty() ? got == null || got.isEmpty() : want.equals(got);
    }

    /** A Wikipedia title is checked only where the case names one. */
    private static boolean matchesTitle(JsonNode expected, String field, ResolvedActor got) {
        String want = expected.path(field).asText("");
        return want.isEmpty() || got != null && want.equals(got.wikipedia());
    }

    /** An ISO date or one like "10 May 2015"; null for none or "today". */
    private static LocalDate date(String raw) {
        if (raw == null || raw.isBlank() || raw.equalsIgnoreCase("today")) {
            return null;
        }
        for (java.time.format.DateTimeFormatter f : new java.time.format.DateTimeFormatter[] {
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE,
                java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)}) {
            try {
                return LocalDate.parse(raw.strip(), f);
            } catch (java.time.format.DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }
}
