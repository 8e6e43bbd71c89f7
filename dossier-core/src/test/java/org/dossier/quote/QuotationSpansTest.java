package org.dossier.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.TextSpan;
import org.junit.jupiter.api.Test;

class QuotationSpansTest {

    private static List<String> quoted(String text) {
        return QuotationSpans.find(text, new TextSpan(0, text.length())).stream()
                .map(q -> q.content().of(text)).toList();
    }

    /** The label phrase of the whole text. */
    private static String label(String text) {
        return QuotationSpans.labelPhrase(text, new TextSpan(0, text.length())).of(text);
    }

    @Test
    void pairs_straight_curly_german_and_guillemet_marks() {
        assertEquals(List.of("one", "two", "drei", "quatre"),
                quoted("He said \"one\", “two”, „drei“ and « quatre »."));
    }

    @Test
    void an_unclosed_quotation_runs_to_the_end_of_its_block() {
        String text = "\"In view of the turbulence, China will signal stability.";
        List<QuotationSpans.Quotation> q = QuotationSpans.find(text, new TextSpan(0, text.length()));
        assertEquals(1, q.size());
        assertFalse(q.get(0).closed());
        assertTrue(q.get(0).content().of(text).endsWith("stability."));
    }

    @Test
    void quoted_values_of_markup_left_in_the_text_are_no_quotations() {
        assertEquals(List.of("We will win."),
                quoted("<tweet id=\"7479\" author=\"@someone\">He wrote: \"We will win.\"</tweet>"));
        assertEquals(List.of("yes"), quoted("If 3 <4 then \"yes\"."));
        assertEquals(List.of("I love it."),
                quoted("<tweet author=\"@someone\" date=\"March 9, 2016\n\">He wrote: \"I love it.\"<tweet/>"));
    }

    @Test
    void a_closing_mark_before_a_word_at_a_paragraph_start_opens_a_quotation() {
        assertEquals(List.of("Fear. I am afraid."), quoted("”Fear. I am afraid.”"));
        assertEquals(List.of("one", "two"), quoted("He said “one” and ”two” today."));
        assertEquals(List.of("one"), quoted("He said “one” ” and left."));
    }

    @Test
    void inch_marks_between_digits_do_not_open_a_quotation() {
        assertEquals(List.of("big"), quoted("A 5\"5 screen, \"big\" they said."));
    }

    @Test
    void a_straight_mark_shaped_as_a_closing_one_does_not_open_a_quotation() {
        assertEquals(List.of("medical records"),
                quoted("Oz took Trump through a review of [his] systems\" including his health. The only \"medical records\" he had."));
        assertEquals(List.of("cooperation"),
                quoted("He waxed poetic about\"joint operations between our two countries.\" He pledged \"cooperation\" too."));
        assertEquals(List.of("big"), quoted("Trump is 6'3\" tall, \"big\" they said."));
        assertEquals(List.of("Yes", "No"), quoted("He said,\"Yes\" and then \"No\"."));
    }

    @Test
    void markup_tags_with_long_quoted_values_are_skipped() {
        String value = "x".repeat(600);
        assertEquals(List.of("the real rate is 51 percent."),
                quoted("<tweet tweet-author=\" " + value + "\" tweet-date=\"" + value + "\">He said \"the real rate is 51 percent.\""));
    }

    @Test
    void blanks_inside_the_marks_are_not_part_of_the_quotation() {
        assertEquals(List.of("Theatrical performance"), quoted("showed it as \" Theatrical performance \" today"));
    }

    @Test
    void a_stray_straight_mark_gives_way_to_a_curly_quotation() {
        assertEquals(List.of("U-S-A! U-S-A!"), quoted("\"Trump walked onto the stage, chanting \u201cU-S-A! U-S-A!\u201d"));
    }

    @Test
    void a_closing_mark_before_an_ellipsis_opens_a_paragraph_quotation() {
        assertEquals(List.of("\u2026 what I learned is that it matters,"),
                quoted("\u201d \u2026 what I learned is that it matters,\u201d he said."));
    }

    @Test
    void only_marks_of_one_style_run_on_into_the_next_paragraph() {
        assertTrue(QuotationSpans.sameStyle('\u201c', '\u201d'));
        assertFalse(QuotationSpans.sameStyle('"', '\u201c'));
    }

    @Test
    void a_quoted_label_ends_with_its_phrase() {
        String text = "Clinton a \u201cchampion\u201d for its members, citing her work";
        assertEquals("Clinton a \u201cchampion\u201d for its members", label(text));
        String box = "\u201cmedical problem,\u201d a doctor had typed";
        assertEquals("\u201cmedical problem,\u201d", label(box));
        String two = "the senator a \u201cnasty guy,\u201d an \u201canchor baby\u201d";
        assertEquals(two, label(two));
    }

    @Test
    void an_object_shifted_after_its_as_label_is_left_out_but_the_labels_own_words_stay() {
        String shifted = "as \u201cunhinged\u201d a Donald Trump tweet attacking a former Miss Universe";
        assertEquals("as \u201cunhinged\u201d", label(shifted));
        String own = "as a \u201cstrong leader\u201d of the party";
        assertEquals(own, label(own));
    }

    @Test
    void a_capitalised_name_after_a_possessive_or_preposition_is_a_title() {
        assertTrue(title("His are the political equivalent of \"The Truman Show.\"", "The Truman Show."));
        assertTrue(title("In an interview on CBS's \"Face the Nation,\" he said it.", "Face the Nation"));
        assertTrue(title("He told MSNBC\u2019s \u201cMorning Joe\u201d that he won.", "Morning Joe"));
        assertFalse(title("He said it was \"A Disgrace!\" yesterday.", "A Disgrace!"));
        assertFalse(title("He told the crowd \"We Will Win\" and left.", "We Will Win"));
        assertFalse(title("He spoke of \"the scourge of war\" today.", "the scourge of war"));
    }

    @Test
    void a_headline_credited_to_its_writer_is_a_title() {
        assertTrue(title("\u2014\"Met accused of whitewashing baby Jesus,\" by Post's Kathianne Boniello: \"A church\"",
                "whitewashing"));
        assertFalse(title("\"We will not be deterred by threats,\" Smith said.", "deterred"));
        assertFalse(title("He was \"arbitrarily detained\" by Britain and Sweden.", "detained"));
    }

    private static boolean title(String text, String words) {
        return QuotationSpans.find(text, new TextSpan(0, text.length())).stream()
                .filter(q -> q.content().of(text).contains(words)).anyMatch(q -> QuotationSpans.isTitle(text, q));
    }
}
