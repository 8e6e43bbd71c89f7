package org.dossier.time;

import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Sentence;
import org.dossier.model.TextSpan;
import org.dossier.model.Token;
import org.dossier.model.TimeExpression;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps TIMEX3 values that are ISO 8601 calendar dates, week dates, date-times or durations; drops
 * placeholders ("XXXX-03", "PRESENT_REF") to null; and cuts "N years/months ago" to the precision the text
 * gives. A weekday or a month named alone ("on Wednesday", "in March") is placed from the publication date and
 * the tense around it, not taken from SUTime, whose answer for these depends on the sentences it read before
 * (SUTime tags its shared weekday and month constants with a direction; CoreNLP issue 1061). Without a
 * publication date no relative expression is resolved. Stateless.
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
    /** Words that make SUTime place a date itself ("last March", "next Wednesday", "this spring"). */
    private static final Pattern RELATIVE_WORD = Pattern.compile(
            "(?i).*\\b(last|next|this|past|coming|previous|following|ago|since|before|after)\\b.*");
    private static final Pattern MONTH_VALUE = Pattern.compile("(\\d{4})(-\\d{2}(-\\d{2})?)");
    private static final Pattern WEEKDAY_ALONE = Pattern.compile(
            "(?i)(on\\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day");
    /** How far on either side of an expression a verb decides its tense, in tokens (SUTime reads two). */
    private static final int TENSE_WINDOW = 4;

    @Override
    public List<TimeExpression> normalize(AnnotatedArticle article) {
        List<TimeExpression> out = new ArrayList<>(article.times().size());
        LocalDate published = article.article().published();
        for (TimeExpression t : article.times()) {
            String value = isoValue(t);
            String timex = t.timex();
            if (value != null && published != null) {
                Sentence sentence = article.sentenceContaining(t.span());
                Tense tense = sentence == null ? Tense.OTHER : Tense.around(sentence, t.span());
                boolean weekday = WEEKDAY_ALONE.matcher(t.text().strip()).matches();
                boolean month = !weekday && placesMonth(value, t);
                value = weekday ? weekdayByTense(t.text(), tense, published) : yearByTense(value, t, tense, published);
                // placed here, not by SUTime: its raw guess (which varies with what it read before) gives way to
                // what the text alone says ("Wednesday" XXXX-WXX-3, "in May" XXXX-05)
                timex = weekday ? "XXXX-WXX-" + LocalDate.parse(value).getDayOfWeek().getValue()
                        : month ? "XXXX" + value.substring(4) : timex;
            }
            out.add(new TimeExpression(t.span(), t.text(), t.type(), value, timex));
        }
        return out;
    }

    /**
     * The date of a weekday named alone: within the week up to the publication date in the past tense, within
     * the week from it in the present or future, else the nearer of the two.
     */
    static String weekdayByTense(String text, Tense tense, LocalDate published) {
        String day = WEEKDAY_ALONE.matcher(text.strip()).replaceFirst("$2").toLowerCase(Locale.ROOT);
        DayOfWeek named = Arrays.stream(DayOfWeek.values())
                .filter(d -> d.name().toLowerCase(Locale.ROOT).startsWith(day))
                .findFirst().orElseThrow();
        LocalDate before = published.with(TemporalAdjusters.previousOrSame(named));
        LocalDate after = published.with(TemporalAdjusters.nextOrSame(named));
        LocalDate date = switch (tense) {
            case PAST -> before;
            case PRESENT, FUTURE -> after;
            case OTHER -> ChronoUnit.DAYS.between(before, published) <= ChronoUnit.DAYS.between(published, after)
                    ? before : after;
        };
        return date.toString();
    }

    /**
     * A month named without a year takes the publication year; in the past tense a date after the publication
     * date moves a year back ("last met in October", published in May), in the future an earlier one a year on.
     */
    static String yearByTense(String value, TimeExpression t, Tense tense, LocalDate published) {
        Matcher m = MONTH_VALUE.matcher(value);
        if (!m.matches() || !placesMonth(value, t)) {
            return value;
        }
        int year = published.getYear();
        String reference = value.length() == 7 ? published.toString().substring(0, 7) : published.toString();
        int cmp = (year + m.group(2)).compareTo(reference);
        if (cmp > 0 && tense == Tense.PAST) {
            year--;
        } else if (cmp < 0 && tense == Tense.FUTURE) {
            year++;
        }
        return year + m.group(2);
    }

    /** A month (or a day of one) named without a year or a word that places it: Dossier gives it its year. */
    private static boolean placesMonth(String value, TimeExpression t) {
        return MONTH_VALUE.matcher(value).matches() && MONTH_NAME.matcher(t.text()).matches()
                && !YEAR_DIGITS.matcher(t.text()).matches() && !RELATIVE_WORD.matcher(t.text()).matches();
    }

    /** The tense a time expression is reported in. */
    enum Tense {
        PAST, PRESENT, FUTURE, OTHER;

        /**
         * Past after "since"; else the tense of the nearest verb within {@link #TENSE_WINDOW} tokens before the
         * span, else after it up to a clause boundary (a past form or a perfect "has/have done": past;
         * will/shall/would/could/should: future; another present form: present; bare verbs and participles
         * undecided); else the sentence's.
         */
        static Tense around(Sentence s, TextSpan span) {
            List<Token> tokens = s.tokens();
            int first = s.tokenAt(span.start());
            int last = s.tokenAt(span.end() - 1);
            if (first < 0 || last < 0) {
                return of(s);
            }
            if (first > 0 && tokens.get(first - 1).word().equalsIgnoreCase("since")) {
                return PAST; // "since December, Sanders has gained …"
            }
            for (int i = first - 1; i >= 0 && i >= first - TENSE_WINDOW; i--) {
                Tense t = of(tokens, i);
                if (t != OTHER) {
                    return t;
                }
            }
            for (int i = last + 1; i < tokens.size() && i <= last + TENSE_WINDOW; i++) {
                Token t = tokens.get(i);
                if (t.isPunctuation() || CLAUSE_OPENERS.contains(t.word().toLowerCase(Locale.ROOT))) {
                    break; // "on Monday, plans to …", "on Friday that he thinks …": another clause's verb
                }
                Tense tense = of(tokens, i);
                if (tense != OTHER) {
                    return tense;
                }
            }
            return of(s);
        }

        private static Tense of(List<Token> tokens, int i) {
            Token t = tokens.get(i);
            String w = t.word().toLowerCase(Locale.ROOT);
            String pos = t.pos();
            if (pos.equals("MD")) {
                return FUTURE_MODALS.contains(w) ? FUTURE : OTHER;
            }
            boolean perfect = t.lemma().equalsIgnoreCase("have") && (pos.equals("VBZ") || pos.equals("VBP"))
                    && tokens.subList(i + 1, Math.min(tokens.size(), i + 3)).stream().anyMatch(n -> n.pos().equals("VBN"));
            if (pos.equals("VBD") || perfect) {
                return PAST;
            }
            return pos.equals("VBZ") || pos.equals("VBP") ? PRESENT : OTHER;
        }

        /** The tense a whole sentence reports in: future (will/shall), past (a past-tense verb, no "would"). */
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

        private static final Set<String> CLAUSE_OPENERS = Set.of("that", "which", "who", "whom", "whose", "where", "when");
        private static final Set<String> FUTURE_MODALS =
                Set.of("will", "shall", "'ll", "would", "'d", "could", "should", "wo");
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
