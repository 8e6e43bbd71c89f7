package org.dossier.kb;

import java.time.LocalDate;

/**
 * What an actor is during [start, end] (both inclusive, null = open): its country or group code, sector,
 * role and the KB line that says so.
 */
public record KbPosition(String country, String sector, String role, LocalDate start, LocalDate end, String source) {

    public boolean isDated() {
        return start != null || end != null;
    }

    public boolean covers(LocalDate date) {
        return (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
    }
}
