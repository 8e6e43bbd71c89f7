package org.dossier.ingest.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;

/** The [start, end) character range an element spans in the HTML source; -1 where the parser did not track it. */
final class SourceRanges {

    private static final int MAX_NODES_SCANNED = 10_000;

    private SourceRanges() {
    }

    /** {start, end} of the element from its start tag to its end tag (or its last tracked descendant). */
    static int[] of(Element e) {
        Range open = e.sourceRange();
        Range close = e.endSourceRange();
        int start = open.isTracked() && !open.isImplicit() ? open.startPos() : -1;
        int end = close.isTracked() && !close.isImplicit() ? close.endPos() : -1;
        if (start < 0 || end < 0) {
            int[] span = descendantSpan(e);
            if (start < 0) {
                start = span[0];
            }
            if (end < 0) {
                end = Math.max(span[1], open.isTracked() && !open.isImplicit() ? open.endPos() : -1);
            }
        }
        if (start < 0 || end < start) {
            return new int[] {-1, -1};
        }
        return new int[] {start, end};
    }

    /** Smallest start and largest end among tracked descendants, scanning a bounded number of nodes. */
    private static int[] descendantSpan(Element e) {
        int min = -1;
        int max = -1;
        int scanned = 0;
        Node node = e.childNodeSize() > 0 ? e.childNode(0) : null;
        while (node != null && scanned++ < MAX_NODES_SCANNED) {
            Range r = node.sourceRange();
            if (r.isTracked() && !r.isImplicit()) {
                if (min < 0 || r.startPos() < min) {
                    min = r.startPos();
                }
                max = Math.max(max, r.endPos());
            }
            if (node instanceof Element el) {
                Range c = el.endSourceRange();
                if (c.isTracked() && !c.isImplicit()) {
                    max = Math.max(max, c.endPos());
                }
            }
            node = next(node, e);
        }
        return new int[] {min, max};
    }

    /** The next node in document order within {@code root}, or null. */
    private static Node next(Node node, Node root) {
        if (node.childNodeSize() > 0) {
            return node.childNode(0);
        }
        Node n = node;
        while (n != null && n != root) {
            Node sibling = n.nextSibling();
            if (sibling != null) {
                return sibling;
            }
            n = n.parent();
        }
        return null;
    }
}
