package org.dossier.ingest.html;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Picks the element holding the article: the deepest element that still holds a fixed share of the page's prose
 * (after furniture removal), so an article split over several wrappers is taken whole.
 */
final class ArticleRegionFinder {

    /** Share of the page's prose the region must hold; above one half, so the deepest such element is unique. */
    static final double SHARE = 0.8;

    private ArticleRegionFinder() {
    }

    /** The article's element and the prose weight it holds (0 when the page has no prose). */
    static Region find(Element root, List<TextSegment> segments) {
        ProseWeights prose = ProseWeights.compute(root, segments);
        double total = prose.total();
        Element current = root;
        boolean descended = total > 0;
        while (descended) {
            descended = false;
            for (Element child : current.children()) {
                if (prose.weight(child) >= SHARE * total) {
                    current = child;
                    descended = true;
                    break;
                }
            }
        }
        return new Region(current, prose.weight(current));
    }

    /** The article's element and its prose weight. */
    record Region(Element element, double weight) {
    }
}
