package org.dossier.ingest.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Picks the element holding the article: the deepest element that still contains a fixed share of the page's
 * article-like text, where a segment counts as article-like by its length and low link density.
 */
final class ContentContainerFinder {

    /** Share of all article-like text the container must hold; above one half, so the choice is unique. */
    static final double SHARE = 0.8;
    static final int MIN_PARAGRAPH_CHARS = 50;
    static final double MAX_PARAGRAPH_LINK_DENSITY = 0.33;

    private ContentContainerFinder() {
    }

    /** How much a segment counts as article prose: its non-link characters when it looks like a paragraph, else 0. */
    static double proseWeight(TextSegment s) {
        if (s.heading() || s.text().length() < MIN_PARAGRAPH_CHARS || s.linkDensity() > MAX_PARAGRAPH_LINK_DENSITY) {
            return 0;
        }
        double weight = s.text().length() * (1 - s.linkDensity());
        int hint = BoilerplateHints.contentHint(s.element());
        return hint < 0 ? weight * 0.5 : weight;
    }

    /** The container element under {@code root} and the prose weight it holds. */
    static Container find(Element root, List<TextSegment> segments) {
        Map<Element, Double> weight = new IdentityHashMap<>();
        for (TextSegment s : segments) {
            double w = proseWeight(s);
            if (w > 0) {
                weight.merge(s.element(), w, Double::sum);
            }
        }
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e != root && e.parent() != null) {
                    Double w = weight.get(e);
                    if (w != null) {
                        weight.merge(e.parent(), w, Double::sum);
                    }
                }
            }
        }, root);
        double total = weight.getOrDefault(root, 0.0);
        Element current = root;
        boolean descended = true;
        while (descended) {
            descended = false;
            for (Element child : current.children()) {
                if (weight.getOrDefault(child, 0.0) >= SHARE * total) {
                    current = child;
                    descended = true;
                    break;
                }
            }
        }
        return new Container(current, weight.getOrDefault(current, 0.0), total);
    }

    /** The chosen element, the prose weight inside it and on the whole page. */
    record Container(Element element, double weight, double pageWeight) {
    }
}
