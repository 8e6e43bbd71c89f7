package org.dossier.cli;

import org.dossier.model.AnalyzedArticle;
import org.dossier.model.TimeExpression;
import org.dossier.testing.Articles;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Time expressions through the real pipeline, SUTime reading windows around calendar words; published 2025-05-07. */
class TimesTest {

    @Test
    void dates_anywhere_in_a_long_sentence_keep_their_text_and_value() {
        String text = "On 3 March 2025 the minister, who has led the ministry for many years and is known for her long "
                + "speeches about farming and fishing in the northern provinces and the islands, said she will travel "
                + "to Paris next Tuesday.";
        AnalyzedArticle a = DossierEngine.shared().analyze(Articles.of(text));
        List<TimeExpression> times = a.times();
        TimeExpression first = times.stream().filter(t -> t.text().equals("3 March 2025")).findFirst()
                .orElseThrow(() -> new AssertionError("no '3 March 2025' in " + times));
        assertEquals("2025-03-03", first.value());
        TimeExpression last = times.stream().filter(t -> t.text().equals("next Tuesday")).findFirst()
                .orElseThrow(() -> new AssertionError("no 'next Tuesday' in " + times));
        assertEquals("2025-05-13", last.value());
        assertEquals("next Tuesday", last.span().of(text));
    }

    @Test
    void a_weekday_or_month_placed_by_tense_keeps_the_text_s_own_timex_whatever_was_read_before() {
        String text = "The talks will resume on Friday. The leaders met on Friday and in March.";
        for (String before : List.of("", "They will meet on Friday. ", "They met on Friday. ")) {
            List<TimeExpression> times = DossierEngine.shared().analyze(Articles.of(before + text)).times();
            List<TimeExpression> own = times.subList(times.size() - 3, times.size());
            assertEquals(List.of("2025-05-09", "2025-05-02", "2025-03"), own.stream().map(TimeExpression::value).toList(),
                    times::toString);
            assertEquals(List.of("XXXX-WXX-5", "XXXX-WXX-5", "XXXX-03"), own.stream().map(TimeExpression::timex).toList(),
                    times::toString);
        }
    }
}
