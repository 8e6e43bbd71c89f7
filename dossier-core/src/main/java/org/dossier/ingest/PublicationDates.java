package org.dossier.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads publication dates given as ISO dates or date-times ("2025-05-07", "2025-05-07T10:00:00Z"). Stateless. */
public final class PublicationDates {

    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?$");

    private PublicationDates() {
    }

    /** The date, or null when {@code raw} is not an ISO date or date-time. */
    public static LocalDate parse(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(raw);
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
