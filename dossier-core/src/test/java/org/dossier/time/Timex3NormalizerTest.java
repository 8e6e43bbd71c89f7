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

    /** The value for {@code text}, found in sentence {@code s}, published Wednesday 2025-05-07. */
    private static String byTense(String text, String value, Sentence s, String words) {
        int at = words.indexOf(text);
        TimeExpression t = new TimeExpression(new TextSpan(at, at + text.length()), text, "DATE", value, value);
        Timex3Normalizer.Tense tense = Timex3Normalizer.Tense.around(s, t.span());
        LocalDate published = LocalDate.of(2025, 5, 7);
        return text.matches("(on )?\\w+day") ? Timex3Normalizer.weekdayByTense(text, tense, published)
                : Timex3Normalizer.yearByTense(value, t, tense, published);
    }

    private static String valueIn(String words, String tags, String text, String value) {
        return byTense(text, value, sentence(words, tags), words);
    }

    @Test
    void a_later_month_in_a_past_tense_sentence_is_last_years() {
        String past = "The leaders last met in October .";
        String tags = "DT NNS RB VBD IN NNP .";
        assertEquals("2024-10", valueIn(past, tags, "October", "2025-10"));
        assertEquals("2025-03", valueIn("The leaders last met in March .", tags, "March", "2025-03"));
    }

    @Test
    void an_earlier_month_in_a_future_sentence_is_next_years() {
        String future = "Talks will resume in March .";
        assertEquals("2026-03", valueIn(future, "NNS MD VB IN NNP .", "March", "2025-03"));
        assertEquals("2025-10-02", valueIn("Talks will resume October 2 .", "NNS MD VB NNP CD .", "October 2",
                "2025-10-02"));
    }

    @Test
    void the_verb_next_to_a_month_decides_not_another_clause() {
        String words = "He said in March that talks will resume .";
        String tags = "PRP VBD IN NNP IN NNS MD VB .";
        assertEquals("2025-03", valueIn(words, tags, "March", "2025-03"));
        assertEquals("2025-03", valueIn(words, tags, "March", "2024-03"), "the year SUTime guessed is not kept");
    }

    @Test
    void years_written_out_or_relative_words_are_left_alone() {
        assertEquals("2025-10", valueIn("They met in October 2025 .", "PRP VBD IN NNP CD .", "October 2025",
                "2025-10"));
        assertEquals("2025-10", valueIn("He said talks would start in October .", "PRP VBD NNS MD VB IN NNP .",
                "October", "2025-10"));
        assertEquals("2024-03", valueIn("Last March talks will resume .", "JJ NNP NNS MD VB .", "Last March",
                "2024-03"));
    }

    @Test
    void a_weekday_alone_is_the_last_one_in_the_past_and_the_next_one_in_the_future() {
        assertEquals("2025-05-02", valueIn("They met on Friday .", "PRP VBD IN NNP .", "on Friday", "2025-05-09"));
        assertEquals("2025-05-09", valueIn("They will meet on Friday .", "PRP MD VB IN NNP .", "on Friday",
                "2025-05-02"));
        assertEquals("2025-05-07", valueIn("He said Wednesday that talks will fail .", "PRP VBD NNP IN NNS MD VB .",
                "Wednesday", "2025-05-14"), "published on a Wednesday, said that day");
        assertEquals("2025-05-13", valueIn("The vote is on Tuesday .", "DT NN VBZ IN NNP .", "on Tuesday",
                "2025-05-06"));
        assertEquals("2025-05-05", valueIn("Talks on Monday .", "NNS IN NNP .", "Monday", "2025-05-12"),
                "no verb: the nearer Monday");
        assertEquals("2025-05-04", valueIn("He told Fox News on Sunday that Trump appreciates it .",
                "PRP VBD NNP NNP IN NNP IN NNP VBZ PRP .", "on Sunday", "2025-05-11"),
                "the verb before it, not the one of the clause after");
        assertEquals("2025-05-05", valueIn("Since Monday , he has gained .", "IN NNP , PRP VBZ VBN .",
                "Monday", "2025-05-12"), "since: the one before");
        assertEquals("2026-01", valueIn("It could have consequences in January .", "PRP MD VB NNS IN NNP .",
                "January", "2025-01"), "'have' after a modal is no perfect");
        assertEquals("2025-05-05", valueIn("Clinton announced a big plan on Monday , plans to win .",
                "NNP VBD DT JJ NN IN NNP , VBZ TO VB .", "on Monday", "2025-05-12"),
                "no verb near but across a comma: the sentence's tense");
    }
}
