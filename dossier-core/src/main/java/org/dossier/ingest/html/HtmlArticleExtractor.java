package org.dossier.ingest.html;

import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Extracts headline, date, language, canonical URL and the article's blocks from a web page; thread-safe. */
public final class HtmlArticleExtractor {

    /** Below this much paragraph-like text the page is taken to hold no article. */
    static final double MIN_ARTICLE_WEIGHT = 100;

    private final HtmlExtractorConfig config;
    private final JsonLdArticleReader jsonLdReader;

    public HtmlArticleExtractor(HtmlExtractorConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.jsonLdReader = new JsonLdArticleReader(config.maxJsonLdChars());
    }

    /**
     * The page's article; never throws on malformed or hostile HTML. {@code baseUri} (nullable) resolves relative
     * links and is the URL reported when the page declares no canonical one. No article yields empty blocks.
     */
    public HtmlExtraction extract(String html, String baseUri) {
        String base = baseUri == null ? "" : baseUri;
        if (html == null || html.isEmpty()) {
            return new HtmlExtraction(null, null, null, base.isBlank() ? null : base, List.of());
        }
        String input = html.length() > config.maxInputChars() ? html.substring(0, config.maxInputChars()) : html;
        PageMetadata meta = null;
        try {
            Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(input, base);
            TreeBounds.enforce(doc, config.maxDepth(), config.maxElements());
            JsonLdArticle jsonLd = jsonLdReader.read(doc);
            meta = PageMetadataReader.read(doc, jsonLd, base);
            List<HtmlBlock> blocks = body(doc, meta.title());
            return new HtmlExtraction(meta.title(), meta.published(), meta.language(), meta.url(), blocks);
        } catch (RuntimeException | StackOverflowError e) {
            return meta == null
                    ? new HtmlExtraction(null, null, null, base.isBlank() ? null : base, List.of())
                    : new HtmlExtraction(meta.title(), meta.published(), meta.language(), meta.url(), List.of());
        }
    }

    private List<HtmlBlock> body(Document doc, String title) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        BoilerplateRemover.clean(body, config.maxElements());
        List<TextSegment> segments = SegmentCollector.collect(body, config.maxElements());
        ArticleRegionFinder.Region region = ArticleRegionFinder.find(body, segments);
        if (region.weight() < MIN_ARTICLE_WEIGHT) {
            return List.of();
        }
        List<TextSegment> inside = SegmentCollector.collect(region.element(), config.maxElements());
        return BlockSelector.select(inside, title, config.maxBlocks());
    }
}
