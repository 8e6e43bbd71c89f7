package org.dossier.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's text metric: word 4-gram shingles of the \w+ tokens (case kept), counted as
 * multisets; per-page precision and recall, with the benchmark's conventions for empty texts.
 */
final class ShingleMetric {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    private ShingleMetric() {
    }

    /** Per-page true positives, false positives and false negatives, over shingle counts. */
    record Counts(double tp, double fp, double fn) {

        /** Precision, or NaN when the page is left out of the precision average (nothing predicted, nothing true). */
        double precision() {
            if (fp == 0 && fn == 0) {
                return tp + fp > 0 ? 1.0 : Double.NaN;
            }
            if (tp + fp == 0) {
                return Double.NaN;
            }
            return tp / (tp + fp);
        }

        /** Recall, or NaN when the page is left out of the recall average (no true shingles). */
        double recall() {
            if (fp == 0 && fn == 0) {
                return tp + fn > 0 ? 1.0 : Double.NaN;
            }
            if (tp + fn == 0) {
                return Double.NaN;
            }
            return tp / (tp + fn);
        }
    }

    static Counts score(String truth, String predicted) {
        Map<String, Integer> t = shingles(truth);
        Map<String, Integer> p = shingles(predicted);
        Set<String> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (String k : keys) {
            int tc = t.getOrDefault(k, 0);
            int pc = p.getOrDefault(k, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        return new Counts(tp, fp, fn);
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            List<String> gram = tokens.subList(i, Math.min(tokens.size(), i + N));
            if (!gram.isEmpty()) {
                out.merge(String.join("\u0001", gram), 1, Integer::sum);
            }
        }
        return out;
    }
}
