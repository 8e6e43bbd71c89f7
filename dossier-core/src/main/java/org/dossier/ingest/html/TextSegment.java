package org.dossier.ingest.html;

import org.jsoup.nodes.Element;

/**
 * A run of text whose nearest block-level ancestor is {@code element}: its normalised text, how many of its
 * characters sit inside links, and whether the element is a heading, and whether it sits inside an element that looks like page furniture.
 */
record TextSegment(Element element, String text, int linkChars, boolean heading, boolean inFurniture) {

    /** Share of the text that is link text, 0..1. */
    double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }
}
