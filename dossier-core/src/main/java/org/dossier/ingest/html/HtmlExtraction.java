package org.dossier.ingest.html;

import java.time.LocalDate;
import java.util.List;

/**
 * What a page yields: its headline (nullable), publication date from the page's metadata (nullable),
 * declared language (nullable), canonical URL (nullable) and the article body's blocks in reading order
 * (empty when the page holds no article). The headline is not repeated among the blocks.
 */
public record HtmlExtraction(String title, LocalDate published, String language, String url, List<HtmlBlock> blocks) {

    public HtmlExtraction {
        blocks = List.copyOf(blocks);
    }

    /** The body as plain text, blocks separated by a blank line; what the benchmark scores. */
    public String bodyText() {
        StringBuilder sb = new StringBuilder();
        for (HtmlBlock b : blocks) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(b.text());
        }
        return sb.toString();
    }
}
