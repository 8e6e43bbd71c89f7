package org.dossier.ingest.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the calendar date out of a metadata date string (ISO 8601, compact, slashed, RFC 1123 or "January 5, 2020"). */
final class PublicationDateParser {

    private static final int MAX_INPUT = 200;
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:$|[T\\s])");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2200;

    private PublicationDateParser() {
    }

    /** The date written in {@code raw}, as written (no time-zone shift); empty when none is recognised. */
    static Optional<LocalDate> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        if (s.length() > MAX_INPUT) {
            s = s.substring(0, MAX_INPUT);
        }
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(s);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.find()) {
            Optional<Month> month = month(m.group(2));
            if (month.isPresent()) {
                return date(m.group(3), String.valueOf(month.get().getValue()), m.group(1));
            }
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.find()) {
            Optional<Month> month = month(m.group(1));
            if (month.isPresent()) {
                return date(m.group(3), String.valueOf(month.get().getValue()), m.group(2));
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < MIN_YEAR || y > MAX_YEAR) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Month> month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.length() < 3) {
            return Optional.empty();
        }
        for (Month month : Month.values()) {
            String full = month.name().toLowerCase(Locale.ROOT);
            if (full.startsWith(n)) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }
}
