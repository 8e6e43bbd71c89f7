package org.dossier.ingest.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** How much article-like prose each element holds: the summed weight of the paragraph-like segments beneath it. */
final class ProseWeights {

    static final int MIN_PARAGRAPH_CHARS = 50;
    static final double MAX_PARAGRAPH_LINK_DENSITY = 0.33;

    private final Map<Element, Double> weights;
    private final Element root;

    private ProseWeights(Element root, Map<Element, Double> weights) {
        this.root = root;
        this.weights = weights;
    }

    /** How much a segment counts as article prose: its non-link characters when it looks like a paragraph, else 0. */
    static double of(TextSegment s) {
        if (s.heading() || s.text().length() < MIN_PARAGRAPH_CHARS || s.linkDensity() > MAX_PARAGRAPH_LINK_DENSITY) {
            return 0;
        }
        return s.text().length() * (1 - s.linkDensity());
    }

    /** Weights of every element under {@code root}, from its segments, summed bottom-up in one pass. */
    static ProseWeights compute(Element root, List<TextSegment> segments) {
        Map<Element, Double> weight = new IdentityHashMap<>();
        for (TextSegment s : segments) {
            double w = of(s);
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
        return new ProseWeights(root, weight);
    }

    /** The prose weight under {@code e} (0 when none). */
    double weight(Element e) {
        return weights.getOrDefault(e, 0.0);
    }

    /** The prose weight of the whole tree. */
    double total() {
        return weight(root);
    }
}
