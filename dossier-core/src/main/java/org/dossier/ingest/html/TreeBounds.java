package org.dossier.ingest.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Cuts a parsed tree down to the configured depth and element count, so later passes work on bounded input. */
final class TreeBounds {

    private TreeBounds() {
    }

    /** Removes elements nested deeper than {@code maxDepth} below {@code root} and those past the first {@code maxElements}. */
    static void enforce(Element root, int maxDepth, int maxElements) {
        int[] seen = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element)) {
                    return depth > maxDepth ? FilterResult.REMOVE : FilterResult.CONTINUE;
                }
                if (depth > maxDepth || ++seen[0] > maxElements) {
                    return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
    }
}
