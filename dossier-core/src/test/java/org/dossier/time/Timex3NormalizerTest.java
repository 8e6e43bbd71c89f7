package org.dossier.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Sentence;
import org.dossier.model.TextSpan;
import org.dossier.model.Token;
import org.dossier.model.TimeExpression;
import org.junit.jupiter.api.Test;

class Timex3NormalizerTest {

    private static String iso(String text, String type, String timex) {
        return Timex3Normalizer.isoValue(new TimeExpression(new TextSpan(0, text.length()), text, type, null, timex));
    }

    @Test
    void keeps_calendar_values_at_their_precision() {
        assertEquals("2025-05-07", iso("Wednesday", "DATE", "2025-05-07"));
        assertEquals("2025-04", iso("last month", "DATE", "2025-04"));
        assertEquals("1945", iso("1945", "DATE", "1945"));
        assertEquals("2025-W19", iso("this week", "DATE", "2025-W19"));
        assertEquals("2025-05-07T10:30", iso("10:30 on Wednesday", "TIME", "2025-05-07T10:30"));
    }

    @Test
    void unresolved_and_placeholder_values_become_null() {
        assertNull(iso("in March", "DATE", "XXXX-03"));
        assertNull(iso("now", "DATE", "PRESENT_REF"));
        assertNull(iso("Wednesday", "DATE", "XXXX-WXX-3"));
        assertNull(iso("the end of the war", "TIME", "2025-05-07TXX:XX"));
        assertNull(iso("the past few days", "DURATION", "PXD"));
        assertNull(iso("summer", "DATE", "2025-SU"));
        assertNull(iso("Wednesday", "DATE", null));
    }

    @Test
    void ago_expressions_keep_only_the_precision_the_text_gives() {
        assertEquals("2022", iso("three years ago", "DATE", "2022-05-07"));
        assertEquals("2024-11", iso("more than six months ago", "DATE", "2024-11-07"));
        assertEquals("2025-05-04", iso("three days ago", "DATE", "2025-05-04"));
    }

    @Test
    void durations_keep_their_iso_form() {
        assertEquals("P30D", iso("30-day", "DURATION", "P30D"));
        assertEquals("PT2H", iso("two hours", "DURATION", "PT2H"));
    }

    /** A sentence of words with the given tags, tokens separated by single spaces. */
    private static Sentence sentence(String words, String tags) {
        String[] w = words.split(" ");
        String[] p = tags.split(" ");
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < w.length; i++) {
            tokens.add(new Token(new TextSpan(at, at + w[i].length()), w[i], p[i], w[i], "O"));
            at += w[i].length() + 1;
        }
        return new Sentence(new TextSpan(0, at - 1), tokens, List.of());
    }

    private static String byTense(String text, String value, Sentence s) {
        TimeExpression t = new TimeExpression(new TextSpan(0, text.length()), text, "DATE", value, value);
        return Timex3Normalizer.yearByTense(value, t, s, LocalDate.of(2025, 5, 7));
    }

    @Test
    void a_later_month_in_a_past_tense_sentence_is_last_years() {
        Sentence past = sentence("The leaders last met in October .", "DT NNS RB VBD IN NNP .");
        assertEquals("2024-10", byTense("October", "2025-10", past));
        assertEquals("2025-03", byTense("March", "2025-03", past));
    }

    @Test
    void an_earlier_month_in_a_future_sentence_is_next_years() {
        Sentence future = sentence("Talks will resume in March .", "NNS MD VB IN NNP .");
        assertEquals("2026-03", byTense("March", "2025-03", future));
        assertEquals("2025-10-02", byTense("October 2", "2025-10-02", future));
    }

    @Test
    void years_written_out_or_reported_plans_are_left_alone() {
        Sentence past = sentence("They met in October 2025 .", "PRP VBD IN NNP CD .");
        assertEquals("2025-10", byTense("October 2025", "2025-10", past));
        Sentence reported = sentence("He said talks would start in October .", "PRP VBD NNS MD VB IN NNP .");
        assertEquals("2025-10", byTense("October", "2025-10", reported));
        Sentence weekday = sentence("They met on Friday .", "PRP VBD IN NNP .");
        assertEquals("2025-05-09", byTense("Friday", "2025-05-09", weekday));
    }
}
