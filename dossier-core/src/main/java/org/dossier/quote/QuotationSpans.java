package org.dossier.quote;

import org.dossier.model.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Pairs quotation marks inside one block: straight, curly, German „…“ and guillemets. A quotation left open
 * at the end of its block (machine translation drops closing marks) runs to the block's end; marks inside a markup
 * tag left in the text are attribute values, not quotations. Stateless.
 */
final class QuotationSpans {

    /** Marks that open, and marks that close, a quotation (the straight mark does both). */
    private static final String OPENING_MARKS = "“\"„«";
    private static final String CLOSING_MARKS = "”\"»";
    /** Words a title leaves in lower case: "Face the Nation", "Women in Power". */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of(
            "a", "an", "the", "of", "on", "in", "at", "to", "for", "and", "or", "with", "by", "from");
    /** Words that open an object shifted after its "as" label: "describing as “unhinged” a tweet …". */
    private static final Set<String> SHIFTED_OBJECT_OPENERS = Set.of("a", "an", "the", "his", "her", "their", "its", "this", "that");
    /** Words a title follows: "on “Face the Nation”", "of “The Apprentice”". */
    private static final Set<String> BEFORE_TITLES = Set.of("on", "of", "in", "at", "to", "from");
    /** Characters a markup tag left in the text may span. */
    private static final int MAX_TAG_CHARS = 2000;
    private static final Pattern CREDIT = Pattern.compile("\\s*by\\s+\\p{Lu}");

    /**
     * The quoted content (marks and surrounding blanks excluded), and the marks' extent: from the opening mark
     * to after the closing one, or to the block's end when the quotation never closes.
     */
    record Quotation(TextSpan content, TextSpan marks, boolean closed) {
    }

    private QuotationSpans() {
    }

    static List<Quotation> find(String text, TextSpan block) {
        List<Quotation> out = new ArrayList<>();
        int open = -1;
        String closers = "";
        for (int i = block.start(); i < block.end(); i++) {
            char c = text.charAt(i);
            int tagEnd = tagEnd(text, i, block);
            if (tagEnd > i) { // <tweet author="@…">: markup left in the text, its quoted values are no quotations
                i = tagEnd;
                continue;
            }
            if (open < 0) {
                String expected = closersFor(c);
                if (expected != null && opensHere(text, i, block)) {
                    open = i;
                    closers = expected;
                }
            } else if (closers.indexOf(c) >= 0) {
                add(out, text, open, i, i + 1, true);
                open = -1;
            } else if (c == '“' && text.charAt(open) == '"') { // a stray straight mark before curly quotation
                open = i;
                closers = closersFor(c);
            }
        }
        if (open >= 0) {
            add(out, text, open, block.end(), block.end(), false);
        }
        return out;
    }

    /**
     * A label quoted by a naming verb ends where its phrase does: {@code span} cut before the first comma,
     * semicolon or dash outside quotation marks after a quotation has closed, or right after a closing mark that
     * follows a comma when no other quotation comes next ("Clinton a “champion” for its constituency, citing …";
     * "labeled “medical problem,” a doctor had typed …"; but "a “nasty guy,” an “anchor baby”" stays whole); an
     * "as" label ends at its closing mark when an object shifted after it follows ("as “unhinged” | a tweet …").
     */
    static TextSpan labelPhrase(String text, TextSpan span) {
        if (span.of(text).regionMatches(true, 0, "as ", 0, 3)) { // "describing as “unhinged” | a Donald Trump tweet …"
            int open = span.start() + 3;
            while (open < span.end() && OPENING_MARKS.indexOf(text.charAt(open)) < 0) {
                open++;
            }
            int close = open + 1;
            while (close < span.end() && CLOSING_MARKS.indexOf(text.charAt(close)) < 0) {
                close++;
            }
            if (close < span.end()) {
                String after = text.substring(close + 1, span.end()).stripLeading().toLowerCase(Locale.ROOT);
                int space = after.indexOf(' ');
                if (SHIFTED_OBJECT_OPENERS.contains(space < 0 ? after : after.substring(0, space))) {
                    return new TextSpan(span.start(), close + 1).strip(text);
                }
            }
        }
        boolean inside = false;
        boolean closedOne = false;
        int cut = span.end();
        for (int i = span.start(); i < span.end() && cut == span.end(); i++) {
            char c = text.charAt(i);
            if (inside) {
                if (CLOSING_MARKS.indexOf(c) >= 0) {
                    inside = false;
                    closedOne = true;
                    if (endsWithComma(text, span.start(), i) && !quotationNext(text, i + 1, span.end())) {
                        cut = i + 1;
                    }
                }
            } else if (OPENING_MARKS.indexOf(c) >= 0) {
                inside = true;
            } else if (closedOne && (c == ',' || c == ';' || c == '―' || c == '—'
                    || c == '-' && i > 0 && text.charAt(i - 1) == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ')) {
                cut = i;
            }
        }
        TextSpan out = new TextSpan(span.start(), cut).strip(text);
        return out.isEmpty() ? span : out;
    }

    private static boolean endsWithComma(String text, int from, int mark) {
        int i = mark - 1;
        while (i > from && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i > from && text.charAt(i) == ',';
    }

    /** The next quotation opens within three words of {@code from}. */
    private static boolean quotationNext(String text, int from, int end) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (OPENING_MARKS.indexOf(c) >= 0) {
                return true;
            }
            boolean letter = !Character.isWhitespace(c);
            if (letter && !inWord && ++words > 3) {
                return false;
            }
            inWord = letter;
        }
        return false;
    }

    /**
     * A quoted name, not someone's words: one to eight words, each capitalised but for small ones, no sentence
     * end inside but a final period (the sentence's: "the political equivalent of “The Truman Show.”"), right after
     * a possessive or a preposition ("on CBS's “Face the Nation,”", "to his “Keepin' It Real” radio program"); or a
     * headline that ends on a comma before "by" and its writer's name.
     */
    static boolean isTitle(String text, Quotation q) {
        String inside = q.content().of(text).strip();
        if (inside.endsWith(",") && CREDIT.matcher(text.substring(q.marks().end(),
                Math.min(text.length(), q.marks().end() + 40))).lookingAt()) {
            return true; // a headline credited to its writer: "“Met accused of whitewashing baby Jesus,” by Post's …"
        }
        while (!inside.isEmpty() && ",;:.".indexOf(inside.charAt(inside.length() - 1)) >= 0) {
            inside = inside.substring(0, inside.length() - 1);
        }
        String[] words = inside.split("\\s+");
        if (inside.isEmpty() || words.length > 8 || inside.matches(".*[.?!…]$")
                || !Character.isUpperCase(words[0].codePointAt(0))) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0))
                    && !TITLE_SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        String before = text.substring(Math.max(0, q.marks().start() - 30), q.marks().start()).stripTrailing();
        String last = before.substring(before.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return last.endsWith("'s") || last.endsWith("’s") || BEFORE_TITLES.contains(last);
    }

    /** The index of the {@code >} that closes a markup tag opening at {@code i} ("<tweet id=…>", "</a>"), else -1. */
    private static int tagEnd(String text, int i, TextSpan block) {
        if (text.charAt(i) != '<' || i + 1 >= block.end()
                || !(Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '/')) {
            return -1;
        }
        boolean inValue = false;
        for (int j = i + 1; j < block.end() && j < i + MAX_TAG_CHARS; j++) {
            char c = text.charAt(j);
            inValue ^= c == '"';
            if (c == '>' && !inValue) {
                return j;
            }
            if (c == '<' || c == '\n' && !inValue) { // a value may hold a line break: tweet-date="March 9, 2016\n"
                return -1;
            }
        }
        return -1;
    }

    /** Two opening marks of one style: straight, curly, German low or guillemet (a quotation runs on only in its own). */
    static boolean sameStyle(char a, char b) {
        return style(a) == style(b);
    }

    private static int style(char c) {
        return switch (c) {
            case '“', '”' -> 1;
            case '„' -> 2;
            case '«', '»' -> 3;
            default -> 0;
        };
    }

    private static String closersFor(char c) {
        return switch (c) {
            case '"' -> "\"”";
            case '“' -> "”\"";
            case '„' -> "“”\"";
            case '«' -> "»";
            case '»' -> "«";
            case '”' -> "”\"“"; // some sites open with the closing mark: ”Fear. I am afraid …”
            default -> null;
        };
    }

    /**
     * A straight quote between two letters or digits is not an opening mark (inch marks, typos); a closing curly
     * mark opens only at the block's start or after a blank or bracket, right before a letter or digit (or, at
     * the block's start, an ellipsis).
     */
    private static boolean opensHere(String text, int i, TextSpan block) {
        if (text.charAt(i) == '”') {
            boolean startsWord = i == block.start() || Character.isWhitespace(text.charAt(i - 1))
                    || "([".indexOf(text.charAt(i - 1)) >= 0;
            int next = i + 1 < block.end() && text.charAt(i + 1) == ' ' && i == block.start() ? i + 2 : i + 1;
            return startsWord && next < block.end() && (Character.isLetterOrDigit(text.charAt(next))
                    || i == block.start() && text.charAt(next) == '…'); // ” … what I learned …
        }
        if (text.charAt(i) != '"') {
            return true;
        }
        if (i == block.start()) {
            return true;
        }
        // a straight mark glued to the word before closes or measures, never opens ("review of [his] systems" including",
        // "6'3" tall"), nor does one with a blank after it and none before ("countries." He pledged")
        char before = text.charAt(i - 1);
        boolean blankAfter = i + 1 >= block.end() || Character.isWhitespace(text.charAt(i + 1));
        return !Character.isLetterOrDigit(before) && (Character.isWhitespace(before) || !blankAfter);
    }

    private static void add(List<Quotation> out, String text, int open, int close, int end, boolean closed) {
        TextSpan content = new TextSpan(open + 1, close).strip(text);
        if (!content.isEmpty()) {
            out.add(new Quotation(content, new TextSpan(open, end), closed));
        }
    }
}
