package org.dossier.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

    private static final String P1 = "The harbour authority said on Tuesday that the new pier, which cost four million, "
            + "would open to ferries in the spring after two years of delays.";
    private static final String P2 = "Residents had complained about the noise of the works, and the council agreed to "
            + "limit construction to daytime hours, a spokeswoman said.";
    private static final String P3 = "The first ferry is expected to dock in April, carrying commuters from the islands, "
            + "according to the operator's published timetable.";

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor(HtmlExtractorConfig.defaults());

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html lang=\"en-GB\"><head>" + head + "</head><body>" + body + "</body></html>";
    }

    private static String article() {
        return "<article><h1>New pier opens in spring</h1><p>" + P1 + "</p><h2>Complaints</h2><p>" + P2 + "</p><p>"
                + P3 + "</p></article>";
    }

    @Test
    void extracts_paragraphs_and_in_body_headings_in_order() {
        HtmlExtraction x = extractor.extract(page("<title>New pier opens in spring | Harbour News</title>",
                article()), "https://example.org/pier");
        assertEquals("New pier opens in spring", x.title());
        assertEquals(4, x.blocks().size());
        assertEquals(HtmlBlock.Kind.PARAGRAPH, x.blocks().get(0).kind());
        assertEquals(P1, x.blocks().get(0).text());
        assertEquals(HtmlBlock.Kind.HEADING, x.blocks().get(1).kind());
        assertEquals("Complaints", x.blocks().get(1).text());
        assertEquals(P3, x.blocks().get(3).text());
        assertEquals("en-GB", x.language());
        assertEquals("https://example.org/pier", x.url());
    }

    @Test
    void drops_navigation_footer_aside_and_comments() {
        String body = "<nav><ul><li><a href=/a>World</a></li><li><a href=/b>Sport</a></li></ul></nav>"
                + "<div class=\"site-header\">Harbour News, your local paper since 1901 and proud of it always</div>"
                + article()
                + "<aside><p>Our sidebar tells you about the weather this week, which will be mild and rather wet.</p></aside>"
                + "<div id=\"comments\"><p>Great article, I have been waiting for this pier for years and years now!</p>"
                + "<p>Not sure the money was well spent, the old pier was perfectly fine for most of us honestly.</p></div>"
                + "<footer><p>Copyright Harbour News. All rights reserved. Registered in the county of Someshire.</p></footer>";
        String text = extractor.extract(page("", body), null).bodyText();
        assertTrue(text.contains(P1) && text.contains(P2) && text.contains(P3), text);
        assertFalse(text.contains("World") || text.contains("sidebar") || text.contains("Great article")
                || text.contains("Copyright") || text.contains("since 1901"), text);
    }

    @Test
    void drops_related_article_boxes() {
        String related = "<div class=\"related-articles\"><h3>Related</h3><ul>"
                + "<li><a href=/x>Ferry fares to rise next year as fuel costs climb across the region</a></li>"
                + "<li><a href=/y>Council approves budget for new harbour wall after long debate</a></li></ul></div>";
        String body = "<div class=\"story\"><p>" + P1 + "</p>" + related + "<p>" + P2 + "</p><p>" + P3 + "</p></div>";
        String text = extractor.extract(page("", body), null).bodyText();
        assertTrue(text.contains(P2), text);
        assertFalse(text.contains("Ferry fares") || text.contains("Related"), text);
    }

    @Test
    void drops_share_bars_captions_cookie_banners_and_newsletter_signups() {
        String body = "<div class=\"cookie-banner\"><p>We use cookies to improve your experience on this site, "
                + "accept them or read our policy.</p></div><main><div class=\"share-bar\"><a href=/s>Share on "
                + "Facebook</a> Share this article with your friends</div><figure><img src=p.jpg><figcaption>The new "
                + "pier seen from the harbour wall on Monday. Photo: A. Photographer</figcaption></figure><p>" + P1
                + "</p><p>" + P2 + "</p><div class=\"newsletter-signup\"><p>Sign up to our morning newsletter and "
                + "get the news delivered to your inbox every day.</p></div><p>" + P3 + "</p></main>";
        String text = extractor.extract(page("", body), null).bodyText();
        assertTrue(text.contains(P1) && text.contains(P3), text);
        assertFalse(text.contains("cookies") || text.contains("Share") || text.contains("Photo")
                || text.contains("newsletter"), text);
    }

    @Test
    void reads_title_and_date_from_open_graph_metadata() {
        HtmlExtraction x = extractor.extract(page("<meta property=\"og:title\" content=\"Pier to open in spring\">"
                + "<meta property=\"article:published_time\" content=\"2019-11-18T23:30:00-05:00\">"
                + "<title>Something else entirely - Site</title>", article()), null);
        assertEquals("Pier to open in spring", x.title());
        assertEquals(LocalDate.of(2019, 11, 18), x.published());
    }

    @Test
    void reads_date_from_itemprop_time_element() {
        HtmlExtraction x = extractor.extract(page("<title>Pier</title>",
                "<time itemprop=\"datePublished\" datetime=\"2020-02-29\">29 Feb</time>" + article()), null);
        assertEquals(LocalDate.of(2020, 2, 29), x.published());
    }

    @Test
    void reads_date_from_dublin_core_and_plain_meta_names() {
        assertEquals(LocalDate.of(2018, 9, 27), extractor.extract(page(
                "<meta name=\"DC.date.issued\" content=\"2018-09-27\">", article()), null).published());
        assertEquals(LocalDate.of(2017, 1, 5), extractor.extract(page(
                "<meta name=\"pubdate\" content=\"20170105\">", article()), null).published());
        assertEquals(LocalDate.of(2016, 3, 4), extractor.extract(page(
                "<meta name=\"date\" content=\"March 4, 2016\">", article()), null).published());
    }

    @Test
    void reads_date_from_a_bare_time_element_when_no_metadata() {
        assertEquals(LocalDate.of(2015, 6, 21), extractor.extract(page("",
                "<p><time datetime=\"2015-06-21T10:00\">June 21</time></p>" + article()), null).published());
    }

    @Test
    void reads_headline_date_and_language_from_json_ld() {
        String jsonLd = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"Harbour News\"},{\"@type\":\"NewsArticle\",\"headline\":"
                + "\"Pier opens\",\"datePublished\":\"2021-07-04T08:00:00Z\",\"inLanguage\":\"fr-FR\"}]}</script>";
        String html = "<html><head>" + jsonLd + "</head><body>" + article() + "</body></html>";
        HtmlExtraction x = extractor.extract(html, null);
        assertEquals("Pier opens", x.title());
        assertEquals(LocalDate.of(2021, 7, 4), x.published());
        assertEquals("fr-FR", x.language());
    }

    @Test
    void survives_broken_json_ld() {
        String html = page("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": [[[[</script>"
                + "<title>Pier</title>", article());
        assertEquals(3, extractor.extract(html, null).blocks().stream()
                .filter(b -> b.kind() == HtmlBlock.Kind.PARAGRAPH).count());
    }

    @Test
    void strips_site_name_from_title() {
        assertEquals("Pier opens in spring", TitleCleaner.stripSiteName("Pier opens in spring | Harbour News",
                null, null));
        assertEquals("Pier opens in spring", TitleCleaner.stripSiteName("Harbour News - Pier opens in spring",
                "Harbour News", null));
        assertEquals("Pier opens in spring", TitleCleaner.stripSiteName("Pier opens in spring – The Big Site",
                null, "Pier opens in spring"));
    }

    @Test
    void reads_canonical_url() {
        HtmlExtraction x = extractor.extract(page("<link rel=\"canonical\" href=\"/news/pier\">", article()),
                "https://example.org/news/pier?utm=x");
        assertEquals("https://example.org/news/pier", x.url());
    }

    @Test
    void page_without_article_yields_no_blocks() {
        String body = "<nav><a href=/a>Home</a> <a href=/b>World</a></nav><ul><li><a href=/1>First headline about "
                + "things</a></li><li><a href=/2>Second headline about other things</a></li></ul><p>Welcome!</p>";
        HtmlExtraction x = extractor.extract(page("<title>Home | Harbour News</title>", body), null);
        assertTrue(x.blocks().isEmpty(), x.bodyText());
        assertEquals("Home | Harbour News", x.title());
    }

    @Test
    void script_only_page_yields_no_blocks() {
        String body = "<script>var s = '" + "x".repeat(10_000) + "'; document.write(s);</script><noscript>Enable "
                + "JavaScript to read this site, please, it is really needed for all the things.</noscript>";
        assertTrue(extractor.extract(page("", body), null).blocks().isEmpty());
    }

    @Test
    void empty_and_null_input_yield_no_blocks() {
        assertTrue(extractor.extract("", null).blocks().isEmpty());
        assertTrue(extractor.extract(null, null).blocks().isEmpty());
        assertNull(extractor.extract(null, null).title());
    }

    @Test
    void survives_ten_thousand_deep_nesting() {
        String html = "<html><body>" + "<div>".repeat(10_000) + "<p>" + P1 + "</p>" + "</div>".repeat(10_000)
                + "<p>" + P2 + "</p></body></html>";
        HtmlExtraction x = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> extractor.extract(html, null));
        assertTrue(x.bodyText().contains(P2), x.bodyText());
        assertFalse(x.bodyText().contains(P1), "content deeper than maxDepth is ignored");
    }

    @Test
    void survives_unclosed_deep_nesting_of_inline_and_table_tags() {
        String html = "<b><i>".repeat(5_000) + "<table><tr><td>".repeat(2_000) + P1;
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> extractor.extract(html, null));
    }

    @Test
    void bounds_a_twenty_megabyte_page() {
        StringBuilder sb = new StringBuilder(21_000_000).append("<html><body><article>");
        while (sb.length() < 20_000_000) {
            sb.append("<p>").append(P1).append("</p>");
        }
        sb.append("<p>END-MARKER ").append(P2).append("</p></article></body></html>");
        String html = sb.toString();
        HtmlExtraction x = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> extractor.extract(html, null));
        assertFalse(x.blocks().isEmpty());
        assertTrue(x.blocks().size() <= HtmlExtractorConfig.defaults().maxBlocks());
        assertFalse(x.bodyText().contains("END-MARKER"), "input past maxInputChars is ignored");
    }

    @Test
    void survives_binary_garbage() {
        Random random = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1_000_000; i++) {
            sb.append((char) random.nextInt(0x10000));
        }
        byte[] bytes = new byte[500_000];
        random.nextBytes(bytes);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            extractor.extract(sb.toString(), "not a uri");
            extractor.extract(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1), null);
            extractor.extract("<<<<>>>></p></div><html<body<<script", "");
        });
    }

    @Test
    void small_limits_bound_elements_and_blocks() {
        HtmlArticleExtractor tight = new HtmlArticleExtractor(new HtmlExtractorConfig(100_000, 32, 100, 2, 0));
        StringBuilder sb = new StringBuilder("<html><body><div>");
        for (int i = 0; i < 500; i++) {
            sb.append("<p>").append(P1).append("</p>");
        }
        HtmlExtraction x = tight.extract(sb.append("</div></body></html>").toString(), null);
        assertEquals(2, x.blocks().size());
    }

    @Test
    void source_ranges_point_at_the_block_markup() {
        String html = page("<title>Pier</title>", "<div class=\"story\">\n<p class=\"lead\">" + P1 + "</p>\n"
                + "<h2>Complaints</h2>\n<p>" + P2 + "<p>" + P3 + "\n</div>");
        HtmlExtraction x = extractor.extract(html, null);
        assertEquals(4, x.blocks().size());
        HtmlBlock first = x.blocks().get(0);
        assertEquals("<p class=\"lead\">" + P1 + "</p>", html.substring(first.sourceStart(), first.sourceEnd()));
        HtmlBlock heading = x.blocks().get(1);
        assertEquals("<h2>Complaints</h2>", html.substring(heading.sourceStart(), heading.sourceEnd()));
        HtmlBlock unclosed = x.blocks().get(2);
        assertTrue(html.substring(unclosed.sourceStart(), unclosed.sourceEnd()).startsWith("<p>" + P2),
                html.substring(unclosed.sourceStart(), unclosed.sourceEnd()));
        assertFalse(html.substring(unclosed.sourceStart(), unclosed.sourceEnd()).contains(P3));
        HtmlBlock last = x.blocks().get(3);
        assertTrue(html.substring(last.sourceStart(), last.sourceEnd()).contains(P3));
    }

    @Test
    void config_rejects_nonsense_limits() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new HtmlExtractorConfig(0, 256, 1000, 10, 0));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new HtmlExtractorConfig(10_000, 2, 1000, 10, 0));
    }
}
