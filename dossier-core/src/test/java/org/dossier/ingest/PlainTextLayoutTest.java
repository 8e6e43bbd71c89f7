package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.dossier.model.Structure;
import org.dossier.model.TextSpan;
import org.dossier.testing.SharedData;
import org.junit.jupiter.api.Test;

class PlainTextLayoutTest {

    private static final String ARTICLE = String.join("\n",
            "Leaders meet in Geneva for climate talks",
            "The summit opens on Monday with delegations from forty countries.",
            "",
            "Leaders meet in Geneva for climate talks!",
            "A fragile consensus",
            "Negotiators said on Sunday that a draft text was close to agreement, but two delegations objected.",
            "What comes next",
            "The final declaration is expected on Friday.");

    private static List<String> texts(String text, List<TextSpan> spans) {
        return spans.stream().map(s -> s.of(text)).toList();
    }

    @Test
    void first_line_is_the_title_and_its_near_repeat_a_duplicate() {
        Structure s = PlainTextLayout.analyze(ARTICLE, null);
        assertEquals("Leaders meet in Geneva for climate talks", s.title().of(ARTICLE));
        assertEquals(1, s.duplicates().size());
        assertEquals("Leaders meet in Geneva for climate talks!", s.duplicates().get(0).span().of(ARTICLE));
        assertEquals(s.title(), s.duplicates().get(0).of());
    }

    @Test
    void short_unpunctuated_lines_between_paragraphs_are_headings() {
        Structure s = PlainTextLayout.analyze(ARTICLE, null);
        assertEquals(List.of("A fragile consensus", "What comes next"), texts(ARTICLE, s.headings()));
        assertEquals(3, s.paragraphs().size());
    }

    @Test
    void a_short_last_line_is_a_paragraph_not_a_heading() {
        String text = "Title here\nA paragraph that ends properly.\nSigned by the editors";
        Structure s = PlainTextLayout.analyze(text, null);
        assertTrue(s.headings().isEmpty());
        assertEquals("Signed by the editors", s.paragraphs().get(1).of(text));
    }

    @Test
    void bullets_attributions_and_legends_are_not_headings() {
        for (String line : new String[] {"* Both candidates dropped out", "—Natasha Gownaris", "██ Conservative Party - 365 seats",
                "• Key points"}) {
            assertTrue(!PlainTextLayout.looksLikeHeading(line), line);
        }
        assertTrue(!PlainTextLayout.looksLikeHeading("\u201cHe will never get my vote.\u201d \u2015 Maria Gonzalez"),
                "a quoted sentence signed with a dash is a vox-pop quotation");
        assertTrue(PlainTextLayout.looksLikeHeading("\"Day of Victory\" and its meaning"));
        assertTrue(PlainTextLayout.looksLikeHeading("2024 in review"));
    }

    @Test
    void duplicates_are_left_out_of_the_analysed_blocks() {
        Structure s = PlainTextLayout.analyze(ARTICLE, null);
        assertTrue(s.blocks().stream().noneMatch(b -> b.equals(s.duplicates().get(0).span())));
    }

    @Test
    void known_title_matches_the_first_line_only_when_alike() {
        String text = "Body starts here without a title line.\nSecond paragraph.";
        Structure s = PlainTextLayout.analyze(text, "A different headline");
        assertNull(s.title());
        assertEquals(2, s.paragraphs().size());
    }

    @Test
    void hard_wrapped_text_gives_one_paragraph_per_run() {
        String line = "word word word word word word word word word word word wo";
        StringBuilder sb = new StringBuilder("Headline of a wrapped story\n\n");
        for (int p = 0; p < 3; p++) {
            for (int i = 0; i < 4; i++) {
                sb.append(line).append(p).append(i == 3 ? ".\n" : "\n");
            }
            sb.append("\n");
        }
        String text = sb.toString();
        Structure s = PlainTextLayout.analyze(text, null);
        assertEquals(3, s.paragraphs().size());
        assertTrue(s.paragraphs().get(0).of(text).contains("\n"));
    }

    @Test
    void finds_the_seed_articles_title_repeat_and_nine_headings() throws Exception {
        String seed = Files.readString(SharedData.require("data/seed/000_6abe7f589884c5d9.txt"), StandardCharsets.UTF_8);
        Structure s = PlainTextLayout.analyze(seed, null);
        assertEquals(0, s.title().start());
        assertEquals(1, s.duplicates().size());
        assertEquals(9, s.headings().size(), () -> texts(seed, s.headings()).toString());
        assertEquals("a sign of unit", s.headings().get(0).of(seed));
        assertEquals("The geopolitical implications", s.headings().get(8).of(seed));
    }
}
