package org.dossier.quote;

import org.dossier.model.TextSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks inside one block: straight, curly, German „…“ and guillemets. A quotation left open
 * at the end of its block (machine translation drops closing marks) runs to the block's end. Stateless.
 */
final class QuotationSpans {

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
            if (open < 0) {
                String expected = closersFor(c);
                if (expected != null && opensHere(text, i, block)) {
                    open = i;
                    closers = expected;
                }
            } else if (closers.indexOf(c) >= 0) {
                add(out, text, open, i, i + 1, true);
                open = -1;
            }
        }
        if (open >= 0) {
            add(out, text, open, block.end(), block.end(), false);
        }
        return out;
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
     * mark opens only at the block's start or after a blank or bracket, right before a letter or digit.
     */
    private static boolean opensHere(String text, int i, TextSpan block) {
        if (text.charAt(i) == '”') {
            boolean startsWord = i == block.start() || Character.isWhitespace(text.charAt(i - 1))
                    || "([".indexOf(text.charAt(i - 1)) >= 0;
            return startsWord && i + 1 < block.end() && Character.isLetterOrDigit(text.charAt(i + 1));
        }
        if (text.charAt(i) != '"') {
            return true;
        }
        boolean letterBefore = i > block.start() && Character.isLetterOrDigit(text.charAt(i - 1));
        boolean letterAfter = i + 1 < block.end() && Character.isLetterOrDigit(text.charAt(i + 1));
        return !(letterBefore && letterAfter);
    }

    private static void add(List<Quotation> out, String text, int open, int close, int end, boolean closed) {
        TextSpan content = new TextSpan(open + 1, close).strip(text);
        if (!content.isEmpty()) {
            out.add(new Quotation(content, new TextSpan(open, end), closed));
        }
    }
}
