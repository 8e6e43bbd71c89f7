package org.dossier.ingest.html;

/**
 * Limits the extractor applies to hostile input; every quantity derived from document content is bounded by one
 * of these.
 *
 * @param maxInputChars  characters of HTML parsed; the rest of a longer page is ignored
 * @param maxDepth       element nesting depth considered; deeper content is ignored
 * @param maxElements    elements considered when scoring and collecting blocks; the rest are ignored
 * @param maxBlocks      blocks returned at most
 * @param maxJsonLdChars characters of JSON-LD read, over all ld+json scripts of a page
 */
public record HtmlExtractorConfig(int maxInputChars, int maxDepth, int maxElements, int maxBlocks, int maxJsonLdChars) {

    public HtmlExtractorConfig {
        requireAtLeast("maxInputChars", maxInputChars, 1_000);
        requireAtLeast("maxDepth", maxDepth, 16);
        requireAtLeast("maxElements", maxElements, 100);
        requireAtLeast("maxBlocks", maxBlocks, 1);
        requireAtLeast("maxJsonLdChars", maxJsonLdChars, 0);
        if (maxDepth > 10_000) {
            throw new IllegalArgumentException("maxDepth must be at most 10000, was " + maxDepth);
        }
    }

    /** Limits fit for news pages: 8 M chars of HTML, depth 256, 200 000 elements, 5 000 blocks, 2 M chars JSON-LD. */
    public static HtmlExtractorConfig defaults() {
        return new HtmlExtractorConfig(8_000_000, 256, 200_000, 5_000, 2_000_000);
    }

    private static void requireAtLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
        }
    }
}
