package org.dossier.ingest.html;

import org.jsoup.nodes.Element;

/**
 * Picks the element holding the article: the deepest element that still contains a fixed share of the page's
 * article-like prose.
 */
final class ContentContainerFinder {

    /** Share of all prose the container must hold; above one half, so the choice is unique. */
    static final double SHARE = 0.8;

    private ContentContainerFinder() {
    }

    /** The container element under {@code root} and the prose weight it holds. */
    static Container find(Element root, ProseWeights weights) {
        double total = weights.total();
        Element current = root;
        boolean descended = total > 0;
        while (descended) {
            descended = false;
            for (Element child : current.children()) {
                if (weights.weight(child) >= SHARE * total) {
                    current = child;
                    descended = true;
                    break;
                }
            }
        }
        return new Container(current, weights.weight(current), total);
    }

    /** The chosen element, the prose weight inside it and on the whole page. */
    record Container(Element element, double weight, double pageWeight) {
    }
}
