package org.dossier.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Picks the elements holding the article: the best-scoring candidate plus those of its siblings that carry a good
 * share of its score or are prose paragraphs themselves (articles split by ads or wrappers).
 */
final class ArticleRegionFinder {

    /** A sibling scoring at least this share of the best candidate's score joins the article. */
    static final double SIBLING_SHARE = 0.2;

    private ArticleRegionFinder() {
    }

    /** The article's elements in document order, and the prose weight they hold; empty when no prose. */
    static Region find(Element root, List<TextSegment> segments) {
        CandidateScorer scorer = CandidateScorer.score(root, segments);
        ProseWeights prose = ProseWeights.compute(root, segments);
        Element best = scorer.best();
        if (best == null) {
            return new Region(List.of(), 0);
        }
        Element parent = best.parent();
        if (best == root || parent == null) {
            return new Region(List.of(best), prose.weight(best));
        }
        double threshold = SIBLING_SHARE * scorer.score(best);
        List<Element> region = new ArrayList<>();
        double weight = 0;
        for (Element sibling : parent.children()) {
            boolean joins = sibling == best || scorer.score(sibling) >= threshold
                    || isProseParagraph(sibling, prose);
            if (joins) {
                region.add(sibling);
                weight += prose.weight(sibling);
            }
        }
        return new Region(region, weight);
    }

    private static boolean isProseParagraph(Element e, ProseWeights prose) {
        String tag = e.normalName();
        return (tag.equals("p") || tag.equals("blockquote") || tag.equals("pre")) && prose.weight(e) > 0;
    }

    /** The article's top-level elements and their prose weight. */
    record Region(List<Element> elements, double weight) {
    }
}
