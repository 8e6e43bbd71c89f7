package org.dossier.ingest;

import org.dossier.model.Duplicate;
import org.dossier.model.Structure;
import org.dossier.model.TextSpan;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the layout of plain text: title, section headings, paragraphs, and repeats of the title or of an
 * earlier paragraph. Hard-wrapped text (lines broken at a fixed width) gets one paragraph per blank-line
 * separated run; otherwise every non-empty line is a block. Stateless.
 */
public final class PlainTextLayout {

    private static final int HEADING_MAX_WORDS = 12;
    private static final int HEADING_MAX_CHARS = 100;
    private static final double NEAR_DUPLICATE = 0.9;
    private static final int MIN_REPEATED_PARAGRAPH = 40;
    private static final int MAX_FUZZY_CHARS = 1000;

    private PlainTextLayout() {
    }

    /**
     * The layout of {@code text}. With {@code knownTitle} null the first block is the title; otherwise the
     * first block is the title only if it matches {@code knownTitle}.
     */
    public static Structure analyze(String text, String knownTitle) {
        List<TextSpan> blocks = blocks(text);
        if (blocks.isEmpty()) {
            return Structure.empty();
        }
        TextSpan title = null;
        int first = 0;
        if (knownTitle == null || similar(normalise(blocks.get(0).of(text)), normalise(knownTitle))) {
            title = blocks.get(0);
            first = 1;
        }
        String titleKey = title == null ? (knownTitle == null ? null : normalise(knownTitle)) : normalise(title.of(text));
        List<TextSpan> headings = new ArrayList<>();
        List<TextSpan> paragraphs = new ArrayList<>();
        List<Duplicate> duplicates = new ArrayList<>();
        Map<String, TextSpan> seen = new HashMap<>();
        for (int i = first; i < blocks.size(); i++) {
            TextSpan block = blocks.get(i);
            String raw = block.of(text);
            String key = normalise(raw);
            if (title != null && titleKey != null && similar(key, titleKey)) {
                duplicates.add(new Duplicate(block, title));
                continue;
            }
            TextSpan earlier = key.length() >= MIN_REPEATED_PARAGRAPH ? seen.putIfAbsent(key, block) : null;
            if (earlier != null) {
                duplicates.add(new Duplicate(block, earlier));
            } else if (i + 1 < blocks.size() && looksLikeHeading(raw)) {
                headings.add(block);
            } else {
                paragraphs.add(block);
            }
        }
        return new Structure(title, headings, paragraphs, duplicates);
    }

    /** Block spans: trimmed lines, or trimmed blank-line separated runs when the text is hard-wrapped. */
    static List<TextSpan> blocks(String text) {
        List<TextSpan> lines = lines(text);
        if (!hardWrapped(text, lines)) {
            return lines;
        }
        List<TextSpan> runs = new ArrayList<>();
        TextSpan first = lines.get(0);
        runs.add(first);
        int runStart = -1;
        int runEnd = -1;
        for (int i = 1; i < lines.size(); i++) {
            TextSpan line = lines.get(i);
            boolean adjacent = runEnd >= 0 && oneLineBreakBetween(text, runEnd, line.start());
            if (adjacent) {
                runEnd = line.end();
            } else {
                if (runStart >= 0) {
                    runs.add(new TextSpan(runStart, runEnd));
                }
                runStart = line.start();
                runEnd = line.end();
            }
        }
        if (runStart >= 0) {
            runs.add(new TextSpan(runStart, runEnd));
        }
        return runs;
    }

    private static List<TextSpan> lines(String text) {
        List<TextSpan> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            TextSpan line = new TextSpan(start, nl < 0 ? text.length() : nl).strip(text);
            if (!line.isEmpty()) {
                lines.add(line);
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return lines;
    }

    /** True when most lines after the first are broken near one width and runs of lines are common. */
    private static boolean hardWrapped(String text, List<TextSpan> lines) {
        if (lines.size() < 6) {
            return false;
        }
        int max = 0;
        int broken = 0;
        int continued = 0;
        for (int i = 1; i < lines.size(); i++) {
            max = Math.max(max, lines.get(i).length());
        }
        if (max > 100 || max < 40) {
            return false;
        }
        for (int i = 1; i + 1 < lines.size(); i++) {
            TextSpan line = lines.get(i);
            boolean nextAdjacent = oneLineBreakBetween(text, line.end(), lines.get(i + 1).start());
            if (nextAdjacent) {
                continued++;
                if (line.length() >= max - 25) {
                    broken++;
                }
            }
        }
        return continued >= (lines.size() - 2) / 2 && broken >= continued * 0.6;
    }

    /** True when exactly one line break separates [from, to): consecutive lines, no blank line between. */
    private static boolean oneLineBreakBetween(String text, int from, int to) {
        int breaks = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                breaks++;
            }
        }
        return breaks == 1;
    }

    /** A quoted sentence signed with a dash and a name: "“… never get my vote.” ― Maria Gonzalez" (a vox pop). */
    private static final Pattern SIGNED_QUOTATION = Pattern.compile(".*[.!?…][\"”’»]\\s*[―—–-]\\s*\\p{Lu}.*");

    /**
     * Short, without sentence-final punctuation, opening with a letter, digit or quotation mark (not a list
     * bullet, a dash of attribution, a legend swatch or a signed quotation): a section heading.
     */
    static boolean looksLikeHeading(String line) {
        if (line.length() > HEADING_MAX_CHARS || line.indexOf('\n') >= 0) {
            return false;
        }
        char first = line.charAt(0);
        if (!Character.isLetterOrDigit(first) && "\"'“„«‘".indexOf(first) < 0) {
            return false;
        }
        if (line.trim().split("\\s+").length > HEADING_MAX_WORDS) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (".!?:;,…\"'”’»«“)–-".indexOf(last) >= 0) {
            return false;
        }
        return line.chars().anyMatch(Character::isLetter) && !SIGNED_QUOTATION.matcher(line).matches();
    }

    /** Lower case, accents and punctuation dropped, white space folded. */
    static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(c);
                space = false;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                space = true;
            }
        }
        return sb.toString();
    }

    /** Equal, or within 10 % edits of each other (for strings of 10 to 1,000 characters). */
    static boolean similar(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int longer = Math.max(a.length(), b.length());
        if (longer > MAX_FUZZY_CHARS || Math.min(a.length(), b.length()) < 10 || Math.abs(a.length() - b.length()) > longer * (1 - NEAR_DUPLICATE)) {
            return false;
        }
        return 1.0 - (double) editDistance(a, b) / longer >= NEAR_DUPLICATE;
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
