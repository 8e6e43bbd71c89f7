package org.dossier.time;

import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Sentence;
import org.dossier.model.Token;
import org.dossier.model.TimeExpression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps TIMEX3 values that are ISO 8601 calendar dates, week dates, date-times or durations; drops
 * placeholders ("XXXX-03", "PRESENT_REF") to null; and cuts "N years/months ago" to the precision the text
 * gives; moves a month named without a year across the year boundary when the sentence's tense says so.
 * Without a publication date no relative expression is resolved. Stateless.
 */
public final class Timex3Normalizer implements TimeNormalizer {

    private static final Pattern CALENDAR = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?)?)?");
    private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d{2}(-\\d)?");
    private static final Pattern DURATION = Pattern.compile("P(\\d+[YMWD])*(T(\\d+[HMS])+)?");
    private static final Pattern YEARS_AGO = Pattern.compile(".*\\byears?\\b.*\\bago\\b.*");
    private static final Pattern MONTHS_AGO = Pattern.compile(".*\\bmonths?\\b.*\\bago\\b.*");

    private static final Pattern MONTH_NAME = Pattern.compile(
            "(?i).*\\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?"
                    + "|nov(ember)?|dec(ember)?)\\b.*");
    private static final Pattern YEAR_DIGITS = Pattern.compile(".*\\d{4}.*|.*'\\d{2}\\b.*");
    private static final Pattern MONTH_VALUE = Pattern.compile("(\\d{4})(-\\d{2}(-\\d{2})?)");

    @Override
    public List<TimeExpression> normalize(AnnotatedArticle article) {
        List<TimeExpression> out = new ArrayList<>(article.times().size());
        LocalDate published = article.article().published();
        for (TimeExpression t : article.times()) {
            String value = isoValue(t);
            if (value != null && published != null) {
                value = yearByTense(value, t, article.sentenceContaining(t.span()), published);
            }
            out.add(new TimeExpression(t.span(), t.text(), t.type(), value, t.timex()));
        }
        return out;
    }

    /**
     * A month named without a year takes the publication year; a past-tense sentence moves a date after the
     * publication date a year back ("last met in October", published in May), a future one moves an earlier
     * date a year on.
     */
    static String yearByTense(String value, TimeExpression t, Sentence sentence, LocalDate published) {
        Matcher m = MONTH_VALUE.matcher(value);
        if (sentence == null || !m.matches() || !MONTH_NAME.matcher(t.text()).matches()
                || YEAR_DIGITS.matcher(t.text()).matches()) {
            return value;
        }
        String reference = value.length() == 7 ? published.toString().substring(0, 7) : published.toString();
        int cmp = value.compareTo(reference);
        Tense tense = Tense.of(sentence);
        int year = Integer.parseInt(m.group(1));
        if (cmp > 0 && tense == Tense.PAST) {
            return (year - 1) + m.group(2);
        }
        if (cmp < 0 && tense == Tense.FUTURE) {
            return (year + 1) + m.group(2);
        }
        return value;
    }

    /** The tense a sentence reports in: future (will/shall), past (a past-tense verb, no "would"), or neither. */
    enum Tense {
        PAST, FUTURE, OTHER;

        static Tense of(Sentence s) {
            boolean past = false;
            boolean conditional = false;
            for (Token t : s.tokens()) {
                String w = t.word().toLowerCase(Locale.ROOT);
                if (t.pos().equals("MD") && (w.equals("will") || w.equals("shall") || w.equals("'ll"))) {
                    return FUTURE;
                }
                conditional |= t.pos().equals("MD") && (w.equals("would") || w.equals("'d"));
                past |= t.pos().equals("VBD");
            }
            return past && !conditional ? PAST : OTHER;
        }
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
