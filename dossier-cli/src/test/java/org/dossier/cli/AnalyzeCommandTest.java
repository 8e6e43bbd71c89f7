package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.testing.RecordChecks;
import org.dossier.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyze command end to end, with the real models (loaded once for the whole class). */
class AnalyzeCommandTest {

    @TempDir
    Path dir;

    private static String seed() {
        return SharedData.require("data/seed/000_6abe7f589884c5d9.txt").toString();
    }

    private static String at(JsonNode record, JsonNode span) {
        int[] cps = record.get("text").asText().codePoints().toArray();
        int s = span.get("start").asInt();
        return new String(cps, s, span.get("end").asInt() - s);
    }

    private static String timeValue(JsonNode record, String text) {
        for (JsonNode t : record.get("times")) {
            if (t.get("text").asText().equals(text)) {
                return t.get("value").isNull() ? null : t.get("value").asText();
            }
        }
        throw new AssertionError("no time expression '" + text + "' in " + record.get("times"));
    }

    @Test
    void analyses_the_seed_article_as_the_contract_describes() {
        CliRun run = CliRun.of("analyze", "--published", "2025-05-07", seed());
        assertEquals(0, run.exit(), run.err());
        JsonNode r = run.records().get(0);
        RecordChecks.assertValidRecord(r);
        assertEquals("XI Jinping as a guest of honor in Moscow in front of the winning day military parade", r.get("title").asText());
        assertEquals(r.get("title").asText(), at(r, r.get("structure").get("title")));
        JsonNode dup = r.get("structure").get("duplicates").get(0);
        assertEquals(r.get("title").asText(), at(r, dup));
        assertEquals(9, r.get("structure").get("headings").size());
        assertEquals("2025-05-07", timeValue(r, "Wednesday"));
        assertEquals("2025-05-09", timeValue(r, "May 9th"));
        assertEquals("2025-04", timeValue(r, "last month"));
        assertEquals("2025-03", timeValue(r, "March"));
    }

    @Test
    void attributes_every_seed_quotation_to_its_speaker() {
        CliRun run = CliRun.of("analyze", "--published", "2025-05-07", seed());
        JsonNode r = run.records().get(0);
        String[][] expected = {
                {"Now ... there is more incentives", "Yun Sun", "head of the China program"},
                {"In view of the turbulence", "Yun Sun", "head of the China program"},
                {"Given the current policy", "Tamás Matura", "Senior Fellow at the Center for European Policy Analysis"},
                {"Many European observers", "Tamás Matura", "Senior Fellow"},
                {"Russia is together with China", "Wang Yiwei", "director of the Institute for International Affairs"},
                {"Russia is distrust the USA", "Wang Yiwei", "director of the Institute"},
                {"drive the right direction of global governance", "Xinhua News Agency", null},
                {"Theatrical performance", "Volodymyr Zelenskyy", "President of Ukraine"},
                {"cannot be responsible for what is happening", "Volodymyr Zelenskyy", "President of Ukraine"},
                {"main guest", "Vladimir Putin", "President of Russia"},
                {"denazification", "Vladimir Putin", "President of Russia"},
        };
        for (String[] e : expected) {
            JsonNode q = quoteContaining(r, e[0]);
            assertTrue(q.get("direct").asBoolean(), e[0]);
            assertEquals(e[1], q.get("speaker").get("name").asText(), e[0]);
            if (e[2] != null) {
                assertTrue(q.get("speaker").get("role").asText().startsWith(e[2]), q.get("speaker").toString());
            }
        }
    }

    @Test
    void codes_the_seed_events() {
        JsonNode r = CliRun.of("analyze", "--published", "2025-05-07", seed()).records().get(0);
        JsonNode visit = event(r, "CONSULT", "Xi Jinping", "Moscow");
        assertEquals("042", visit.get("cameo").asText());
        assertEquals("2025-05-07", visit.get("date").asText());
        assertEquals("Moscow", visit.get("location").get("name").asText());
        assertEquals("expected", event(r, "CONSULT", "Luiz Inácio Lula da Silva", null).get("status").asText());
        assertEquals("1952", event(r, "ASSAULT", "Ukraine", "Moscow").get("cameo").asText());
        assertEquals("reported", event(r, "ASSAULT", "Russia", "Ukrainian territory").get("status").asText());
        JsonNode agreement = event(r, "AGREE", "Washington, D.C.", "Kyiv");
        assertEquals("057", agreement.get("cameo").asText());
        assertEquals("USA", agreement.get("source").get("country").asText());
        assertEquals("UKR", agreement.get("target").get("country").asText());
        assertEquals("040", event(r, "CONSULT", "Xi Jinping", "Vladimir Putin").get("cameo").asText());
        assertEquals("040", event(r, "CONSULT", "Vladimir Putin", "Xi Jinping").get("cameo").asText());
        assertEquals("ASSAULT", event(r, "ASSAULT", "Vladimir Putin", "Ukraine").get("plover").asText());
        assertEquals("120", event(r, "REJECT", "Volodymyr Zelenskyy", "Vladimir Putin").get("cameo").asText());
        JsonNode tariffs = event(r, "SANCTION", "United States", "China");
        assertEquals("163", tariffs.get("cameo").asText());
        assertTrue(r.get("events").findValuesAsText("plover").stream().noneMatch(p -> p.equals("THREATEN")),
                "no threat: the Kremlin only interpreted words as one");
    }

    /** The event of that type whose source and target have those names (null target: none). */
    private static JsonNode event(JsonNode record, String plover, String source, String target) {
        for (JsonNode e : record.get("events")) {
            boolean targetOk = target == null ? e.get("target").isNull()
                    : !e.get("target").isNull() && e.get("target").get("name").asText().equals(target);
            if (e.get("plover").asText().equals(plover) && !e.get("source").isNull()
                    && e.get("source").get("name").asText().equals(source) && targetOk) {
                return e;
            }
        }
        throw new AssertionError("no " + plover + " " + source + " → " + target + " in " + record.get("events"));
    }

    private static JsonNode quoteContaining(JsonNode record, String words) {
        for (JsonNode q : record.get("quotes")) {
            if (q.get("text").asText().contains(words)) {
                return q;
            }
        }
        throw new AssertionError("no quote with '" + words + "' in " + record.get("quotes"));
    }

    private static JsonNode entity(JsonNode record, String name) {
        for (JsonNode e : record.get("entities")) {
            if (e.get("name").asText().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no entity '" + name + "' among " + record.get("entities").findValuesAsText("name"));
    }

    private static List<String> mentionTexts(JsonNode entity) {
        List<String> texts = new ArrayList<>();
        entity.get("mentions").forEach(m -> texts.add(m.get("text").asText()));
        return texts;
    }

    @Test
    void links_every_seed_actor_to_its_canonical_entity() {
        CliRun run = CliRun.of("analyze", "--published", "2025-05-07", seed());
        JsonNode r = run.records().get(0);
        String[][] expected = {
            {"Xi Jinping", "CHN", "GOV", "Xi Jinping"}, {"Vladimir Putin", "RUS", "GOV", "Vladimir Putin"},
            {"Donald Trump", "USA", "GOV", "Donald Trump"}, {"Luiz Inácio Lula da Silva", "BRA", "GOV", null},
            {"Tô Lâm", "VNM", "GOV", "Tô Lâm"}, {"Alexander Lukashenko", "BLR", "GOV", null},
            {"Volodymyr Zelenskyy", "UKR", "GOV", "Volodymyr Zelenskyy"}, {"Moscow", "RUS", null, "Moscow"},
            {"Kyiv", "UKR", null, "Kyiv"}, {"Beijing", "CHN", null, null}, {"China", "CHN", null, "China"},
            {"Russia", "RUS", null, null}, {"United States", "USA", null, null}, {"Ukraine", "UKR", null, null},
            {"Kremlin", "RUS", "GOV", null}, {"People's Liberation Army", "CHN", "MIL", null},
            {"Stimson Center", "USA", null, null}, {"Center for European Policy Analysis", null, null, null},
            {"Xinhua News Agency", "CHN", null, null}, {"Renmin University of China", "CHN", null, null},
            {"United Nations", null, null, null}};
        for (String[] e : expected) {
            JsonNode found = entity(r, e[0]);
            if (e[1] != null) {
                assertEquals(e[1], found.get("country").asText(), e[0]);
            }
            if (e[2] != null) {
                assertEquals(e[2], found.get("sector").asText(), e[0]);
            }
            if (e[3] != null) {
                assertEquals(e[3], found.get("kb").get("wikipedia").asText(), e[0]);
            }
        }
        assertTrue(mentionTexts(entity(r, "Xi Jinping")).containsAll(List.of("XI Jinping", "XI", "The Chinese Führer")));
        assertTrue(mentionTexts(entity(r, "Volodymyr Zelenskyy")).containsAll(List.of("Wolodymyr Selenskyj", "Selenskyj")));
        assertEquals(List.of("to Lam"), mentionTexts(entity(r, "Tô Lâm")));
        assertTrue(mentionTexts(entity(r, "Kremlin")).contains("Kremls"));
        assertTrue(mentionTexts(entity(r, "Beijing")).contains("Beijings"));
        assertEquals("President of Brazil", entity(r, "Luiz Inácio Lula da Silva").get("role").asText());
        for (String person : new String[] {"Yun Sun", "Tamás Matura", "Wang Yiwei"}) {
            assertEquals("PERSON", entity(r, person).get("type").asText());
        }
        assertEquals(entity(r, "Stimson Center").get("id").asText(), entity(r, "Yun Sun").get("affiliations").get(0).asText());
        assertEquals(entity(r, "Renmin University of China").get("id").asText(),
                entity(r, "Wang Yiwei").get("affiliations").get(1).asText());
        assertEquals(List.of("Tamás Matura", "Matura"), mentionTexts(entity(r, "Tamás Matura")));
        for (JsonNode e : r.get("entities")) {
            assertTrue(!e.get("name").asText().matches("\\d+|XI|11"), "a number read as a name: " + e);
        }
    }

    @Test
    void without_a_publication_date_relative_dates_stay_unresolved() {
        CliRun run = CliRun.of("analyze", seed());
        assertEquals(0, run.exit(), run.err());
        JsonNode r = run.records().get(0);
        assertTrue(r.get("published").isNull());
        assertNull(timeValue(r, "Wednesday"));
        assertNull(timeValue(r, "last month"));
    }

    @Test
    void analyses_the_shipped_examples_in_every_format() {
        Path examples = SharedData.repoRoot().resolve("examples");
        CliRun run = CliRun.of("analyze", examples.toString());
        assertEquals(0, run.exit(), run.err());
        List<JsonNode> records = run.records();
        assertEquals(5, records.size(), run.out());
        records.forEach(RecordChecks::assertValidRecord);
        List<String> formats = records.stream().map(r -> r.get("source").get("format").asText()).distinct().sorted().toList();
        assertEquals(List.of("html", "jsonl", "text"), formats);
        JsonNode html = records.stream().filter(r -> r.get("source").get("format").asText().equals("html")).findFirst().orElseThrow();
        assertEquals("2024-03-08", html.get("published").asText());
        assertTrue(html.get("text").asText().contains("cannot wait any longer"));
        assertTrue(!html.get("text").asText().contains("Related stories"));
    }

    @Test
    void each_bad_input_gets_one_stderr_line_and_the_rest_is_still_analysed() throws Exception {
        Files.writeString(dir.resolve("a-good.txt"), "A good story\nPresident Emmanuel Macron visited Berlin on Monday.");
        Files.createFile(dir.resolve("b-empty.txt"));
        Files.write(dir.resolve("c-binary.txt"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2});
        byte[] bad = "Broken bytes\nThe minister said: \u201cno\u201d. ".getBytes(StandardCharsets.UTF_8);
        byte[] invalid = new byte[bad.length + 3];
        System.arraycopy(bad, 0, invalid, 0, bad.length);
        invalid[bad.length] = (byte) 0xE2;
        invalid[bad.length + 1] = (byte) 0x28;
        invalid[bad.length + 2] = (byte) 0xA1;
        Files.write(dir.resolve("d-invalid-utf8.txt"), invalid);
        try (RandomAccessFile raf = new RandomAccessFile(dir.resolve("e-huge.txt").toFile(), "rw")) {
            raf.setLength(50_000_000L);
        }
        Files.writeString(dir.resolve("f-batch.jsonl"), "{\"id\":\"ok-1\",\"text\":\"Angela Merkel spoke in Paris.\"}\n"
                + "{\"id\":\"broken\",\"text\":\n"
                + "{\"id\":\"ok-2\",\"text\":\"Kenya's president met Ethiopian leaders in Nairobi.\"}\n");
        Files.writeString(dir.resolve("g-no-article.html"),
                "<html><body><nav><a href='/'>Home</a></nav><footer>© 2024</footer></body></html>");
        Files.createSymbolicLink(dir.resolve("h-unreadable.txt"), dir.resolve("gone.txt"));

        CliRun run = CliRun.of("analyze", "--format", "jsonl", dir.toString());

        assertEquals(AnalyzeCommand.EXIT_SOME_REJECTED, run.exit(), run.err());
        List<String> ids = new ArrayList<>();
        run.records().forEach(r -> {
            RecordChecks.assertValidRecord(r);
            ids.add(r.get("source").get("path").asText().replace(dir.toString(), ""));
        });
        assertEquals(List.of("/a-good.txt", "/d-invalid-utf8.txt", "/f-batch.jsonl:1", "/f-batch.jsonl:3"), ids);
        List<String> problems = run.problemLines();
        assertEquals(7, problems.size(), run.err());
        assertLine(problems, "b-empty.txt", "empty file");
        assertLine(problems, "c-binary.txt", "binary file (PDF document)");
        assertLine(problems, "d-invalid-utf8.txt", "invalid UTF-8");
        assertLine(problems, "e-huge.txt", "50.0 MB");
        assertLine(problems, "f-batch.jsonl:2", "broken JSON line");
        assertLine(problems, "g-no-article.html", "no article content");
        assertLine(problems, "h-unreadable.txt", "cannot read: broken symbolic link");
    }

    private static void assertLine(List<String> lines, String input, String reason) {
        assertTrue(lines.stream().anyMatch(l -> l.contains(input) && l.contains(reason)),
                () -> "no stderr line for " + input + " saying '" + reason + "' in " + lines);
    }

    @Test
    void reads_an_article_from_stdin() {
        CliRun run = CliRun.withStdin("Talks in Doha\nQatar hosted talks between Hamas and Israel on Sunday.",
                "analyze", "--published", "2024-01-15", "-");
        assertEquals(0, run.exit(), run.err());
        JsonNode r = run.records().get(0);
        assertEquals("-", r.get("source").get("path").asText());
        assertEquals("2024-01-14", timeValue(r, "Sunday"));
    }

    @Test
    void usage_errors_exit_with_2_and_help_and_version_with_0() {
        assertEquals(2, CliRun.of("analyze").exit());
        CliRun badDate = CliRun.of("analyze", "--published", "07/05/2025", seed());
        assertEquals(2, badDate.exit());
        assertTrue(badDate.err().contains("--published takes a date as YYYY-MM-DD"), badDate.err());
        assertEquals(2, CliRun.of("analyze", "--format", "xml", "x.txt").exit());
        CliRun help = CliRun.of("analyze", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("Exit codes:"), help.out());
        CliRun version = CliRun.of("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("dossier "), version.out());
    }
}
