package org.dossier.ingest;

import org.dossier.ingest.html.HtmlArticleExtractor;
import org.dossier.ingest.html.HtmlBlock;
import org.dossier.ingest.html.HtmlExtraction;
import org.dossier.ingest.html.HtmlExtractorConfig;
import org.dossier.model.Article;
import org.dossier.model.ArticleIssue;
import org.dossier.model.InputFormat;
import org.dossier.model.Structure;
import org.dossier.model.TextSpan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds articles from web pages: charset from the page, main content from the extractor. Thread-safe. */
final class HtmlArticles {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final int CHARSET_SNIFF_BYTES = 4096;

    private final ArticleAssembler assembler;
    private final HtmlExtractorConfig limits = HtmlExtractorConfig.defaults();
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor(limits);

    HtmlArticles(ArticleAssembler assembler) {
        this.assembler = assembler;
    }

    /** An article from page bytes: BOM, then the page's {@code <meta charset>}, then the decoder's fallbacks. */
    Article fromBytes(String name, byte[] bytes, ArticleMetadata meta) throws InputRejected {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, declaredCharset(bytes));
        return fromString(name, InputFormat.HTML, decoded.text(), meta, decoded.issues());
    }

    /** An article from a decoded page; its text is the headline, a blank line, then the body blocks. */
    Article fromString(String name, InputFormat format, String page, ArticleMetadata meta, List<ArticleIssue> issues)
            throws InputRejected {
        HtmlExtraction extracted = extractor.extract(page, meta.url());
        if (extracted.blocks().isEmpty()) {
            throw new InputRejected("HTML page has no article content");
        }
        issues = new ArrayList<>(issues);
        if (page.length() > limits.maxInputChars()) {
            issues.add(ArticleIssue.warning("ingest", "page is " + page.length() + " characters; only the first "
                    + limits.maxInputChars() + " were read"));
        }
        if (extracted.blocks().size() >= limits.maxBlocks()) {
            issues.add(ArticleIssue.warning("ingest", "page has " + limits.maxBlocks()
                    + " or more text blocks; only the first " + limits.maxBlocks() + " were analysed"));
        }
        String title = meta.title() != null ? meta.title().strip() : extracted.title();
        StringBuilder text = new StringBuilder();
        TextSpan titleSpan = null;
        if (title != null && !title.isBlank()) {
            text.append(title);
            titleSpan = new TextSpan(0, text.length());
        }
        List<TextSpan> headings = new ArrayList<>();
        List<TextSpan> paragraphs = new ArrayList<>();
        for (HtmlBlock block : extracted.blocks()) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(block.text());
            TextSpan span = new TextSpan(start, text.length());
            (block.kind() == HtmlBlock.Kind.HEADING ? headings : paragraphs).add(span);
        }
        ArticleMetadata merged = new ArticleMetadata(meta.id(), title,
                meta.published() != null ? meta.published() : extracted.published(),
                meta.language() != null ? meta.language() : primaryLanguage(extracted.language()),
                meta.url() != null ? meta.url() : extracted.url(), meta.sourceName());
        Structure structure = new Structure(titleSpan, headings, paragraphs, List.of());
        return assembler.build(name, format, text.toString(), structure, title, merged, issues);
    }

    /** "en" of "en-GB"; null stays null. */
    private static String primaryLanguage(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String primary = tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    /** The charset a page declares in its first bytes, or null. */
    static String declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, CHARSET_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }
}
