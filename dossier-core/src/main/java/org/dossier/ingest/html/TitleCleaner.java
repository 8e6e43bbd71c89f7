package org.dossier.ingest.html;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Removes the site-name part ("Headline | Site", "Site - Headline") from a page title. */
final class TitleCleaner {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»«/]{1,2}\\s+");
    private static final int MAX_SITE_WORDS = 5;
    private static final int MIN_HEADLINE_WORDS = 3;

    private TitleCleaner() {
    }

    /** The headline part of {@code title}; {@code siteName} and {@code h1} (both nullable) help find it. */
    static String stripSiteName(String title, String siteName, String h1) {
        String t = title.replaceAll("\\s+", " ").strip();
        if (h1 != null) {
            String h = h1.replaceAll("\\s+", " ").strip();
            if (!h.isEmpty() && !h.equals(t) && t.startsWith(h) && SEPARATOR.matcher(t.substring(h.length())).lookingAt()) {
                return h;
            }
        }
        if (siteName != null && !siteName.isBlank()) {
            String site = siteName.strip().toLowerCase(Locale.ROOT);
            String stripped = stripPart(t, site);
            if (stripped != null) {
                return stripped;
            }
        }
        Matcher m = SEPARATOR.matcher(t);
        int lastStart = -1;
        int lastEnd = -1;
        while (m.find()) {
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart > 0) {
            String head = t.substring(0, lastStart).strip();
            String tail = t.substring(lastEnd).strip();
            if (words(tail) <= MAX_SITE_WORDS && words(head) >= MIN_HEADLINE_WORDS && words(head) > words(tail)) {
                return head;
            }
        }
        return t;
    }

    private static String stripPart(String title, String siteLower) {
        Matcher m = SEPARATOR.matcher(title);
        while (m.find()) {
            String head = title.substring(0, m.start()).strip();
            String tail = title.substring(m.end()).strip();
            if (tail.toLowerCase(Locale.ROOT).equals(siteLower) && !head.isEmpty()) {
                return head;
            }
            if (head.toLowerCase(Locale.ROOT).equals(siteLower) && !tail.isEmpty()) {
                return tail;
            }
        }
        return null;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
