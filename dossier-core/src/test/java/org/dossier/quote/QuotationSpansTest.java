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
    void blanks_inside_the_marks_are_not_part_of_the_quotation() {
        assertEquals(List.of("Theatrical performance"), quoted("showed it as \" Theatrical performance \" today"));
    }
}
