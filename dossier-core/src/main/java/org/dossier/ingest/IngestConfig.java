package org.dossier.ingest;

/**
 * Bounds on what ingest accepts: bytes of a text file, bytes of an HTML page, bytes of one JSON line, and
 * characters of an article's text after decoding and extraction. Inputs are hostile; everything is bounded.
 */
public record IngestConfig(long maxTextFileBytes, long maxHtmlFileBytes, int maxJsonLineBytes, int maxArticleChars) {

    public IngestConfig {
        if (maxTextFileBytes < 1 || maxHtmlFileBytes < 1 || maxJsonLineBytes < 1 || maxArticleChars < 1) {
            throw new IllegalArgumentException("ingest limits must be positive");
        }
    }

    /** 5 MB text, 20 MB HTML, 25 MB JSON line, 1,000,000 characters of article text. */
    public static IngestConfig defaults() {
        return new IngestConfig(5_000_000L, 20_000_000L, 25_000_000, 1_000_000);
    }
}
