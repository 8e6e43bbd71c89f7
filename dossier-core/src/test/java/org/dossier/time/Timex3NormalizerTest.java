package org.dossier.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.dossier.model.TextSpan;
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
}
