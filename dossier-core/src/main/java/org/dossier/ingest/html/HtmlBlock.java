package org.dossier.ingest.html;

import java.util.Objects;

/**
 * One block of the extracted article: a heading or a paragraph, its whitespace-normalised text, and the
 * [sourceStart, sourceEnd) character range of the element in the HTML source (-1 when unknown).
 */
public record HtmlBlock(Kind kind, String text, int sourceStart, int sourceEnd) {

    /** What a block is in the article's layout. */
    public enum Kind { HEADING, PARAGRAPH }

    public HtmlBlock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
