package org.dossier.time;

import org.dossier.model.AnnotatedArticle;
import org.dossier.model.TimeExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keeps TIMEX3 values that are ISO 8601 calendar dates, week dates, date-times or durations; drops
 * placeholders ("XXXX-03", "PRESENT_REF") to null; and cuts "N years/months ago" to the precision the text
 * gives. Without a publication date no relative expression is resolved. Stateless.
 */
public final class Timex3Normalizer implements TimeNormalizer {

    private static final Pattern CALENDAR = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?)?)?");
    private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d{2}(-\\d)?");
    private static final Pattern DURATION = Pattern.compile("P(\\d+[YMWD])*(T(\\d+[HMS])+)?");
    private static final Pattern YEARS_AGO = Pattern.compile(".*\\byears?\\b.*\\bago\\b.*");
    private static final Pattern MONTHS_AGO = Pattern.compile(".*\\bmonths?\\b.*\\bago\\b.*");

    @Override
    public List<TimeExpression> normalize(AnnotatedArticle article) {
        List<TimeExpression> out = new ArrayList<>(article.times().size());
        for (TimeExpression t : article.times()) {
            out.add(new TimeExpression(t.span(), t.text(), t.type(), isoValue(t), t.timex()));
        }
        return out;
    }

    /** The ISO 8601 value of one expression, or null. */
    static String isoValue(TimeExpression t) {
        String v = t.timex();
        if (v == null || v.isEmpty()) {
            return null;
        }
        if (t.type().equals("DURATION")) {
            return DURATION.matcher(v).matches() && v.length() > 1 ? v : null;
        }
        if (WEEK.matcher(v).matches()) {
            return v;
        }
        if (!CALENDAR.matcher(v).matches()) {
            return null;
        }
        String text = t.text().toLowerCase(Locale.ROOT);
        if (YEARS_AGO.matcher(text).matches() && v.length() > 4) {
            return v.substring(0, 4);
        }
        if (MONTHS_AGO.matcher(text).matches() && v.length() > 7) {
            return v.substring(0, 7);
        }
        return v;
    }
}
