package org.dossier.ingest.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Readability-style scoring: each prose segment credits its block's parent fully, the grandparent by half and
 * farther ancestors less, so the element directly holding most of the article's paragraphs scores highest.
 */
final class CandidateScorer {

    private static final int ANCESTOR_LEVELS = 5;
    /** Weight kept by prose that sits inside furniture-looking elements. */
    static final double FURNITURE_DISCOUNT = 0.1;

    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private Element best;

    private CandidateScorer() {
    }

    /** Scores the ancestors of {@code segments}' elements, never above {@code root}. */
    static CandidateScorer score(Element root, List<TextSegment> segments) {
        CandidateScorer scorer = new CandidateScorer();
        for (TextSegment s : segments) {
            double w = ProseWeights.of(s) * (s.inFurniture() ? FURNITURE_DISCOUNT : 1);
            if (w <= 0) {
                continue;
            }
            Element e = s.element() == root ? root : s.element().parent();
            for (int level = 0; e != null && level < ANCESTOR_LEVELS; level++) {
                double divisor = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scorer.scores.merge(e, w / divisor, Double::sum);
                if (e == root) {
                    break;
                }
                e = e.parent();
            }
        }
        double top = 0;
        for (Map.Entry<Element, Double> entry : scorer.scores.entrySet()) {
            if (entry.getValue() > top) {
                top = entry.getValue();
                scorer.best = entry.getKey();
            }
        }
        return scorer;
    }

    /** The highest-scoring element, or null when no segment reads as prose. */
    Element best() {
        return best;
    }

    /** The score of {@code e} (0 when it holds no prose). */
    double score(Element e) {
        return scores.getOrDefault(e, 0.0);
    }
}
