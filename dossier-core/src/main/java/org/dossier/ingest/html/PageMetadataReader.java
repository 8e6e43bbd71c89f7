package org.dossier.ingest.html;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads headline, publication date, language and canonical URL from a page's metadata and markup. */
final class PageMetadataReader {

    private static final int MAX_TITLE = 1_000;
    /** Meta names/properties/itemprops that carry a publication date, most specific first. */
    private static final List<String> DATE_KEYS = List.of("article:published_time", "og:article:published_time",
            "og:published_time", "datepublished", "published_time", "article.published", "publish-date",
            "publish_date", "publishdate", "pubdate", "publication_date", "published-date", "date.published",
            "sailthru.date", "parsely-pub-date", "dc.date.issued", "dcterms.issued", "dc.date.created",
            "dcterms.created", "dc.date", "dcterms.date", "date", "article:modified_time", "og:updated_time",
            "datemodified", "last-modified");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*");

    private PageMetadataReader() {
    }

    /** The page's metadata, JSON-LD values filling what the markup does not say. */
    static PageMetadata read(Document doc, JsonLdArticle jsonLd, String baseUri) {
        Map<String, String> metas = metaValues(doc);
        return new PageMetadata(title(doc, metas, jsonLd), published(doc, metas, jsonLd), language(doc, metas, jsonLd),
                url(doc, metas, baseUri));
    }

    private static String title(Document doc, Map<String, String> metas, JsonLdArticle jsonLd) {
        String siteName = meta(metas, "og:site_name");
        String h1 = firstText(doc, "h1");
        for (String candidate : new String[] {meta(metas, "og:title"), meta(metas, "twitter:title"), jsonLd.headline(),
                h1, doc.title()}) {
            if (candidate != null && !candidate.isBlank()) {
                String cleaned = TitleCleaner.stripSiteName(candidate, siteName, h1);
                return cleaned.length() > MAX_TITLE ? cleaned.substring(0, MAX_TITLE) : cleaned;
            }
        }
        return null;
    }

    private static LocalDate published(Document doc, Map<String, String> metas, JsonLdArticle jsonLd) {
        Optional<LocalDate> fromJsonLd = PublicationDateParser.parse(jsonLd.datePublished());
        for (String key : DATE_KEYS) {
            if (key.equals("article:modified_time") && fromJsonLd.isPresent()) {
                return fromJsonLd.get();
            }
            Optional<LocalDate> date = PublicationDateParser.parse(meta(metas, key));
            if (date.isPresent()) {
                return date.get();
            }
        }
        if (fromJsonLd.isPresent()) {
            return fromJsonLd.get();
        }
        for (Element time : doc.select("time[datetime]")) {
            Optional<LocalDate> date = PublicationDateParser.parse(time.attr("datetime"));
            if (date.isPresent()) {
                return date.get();
            }
        }
        return null;
    }

    private static String language(Document doc, Map<String, String> metas, JsonLdArticle jsonLd) {
        Element html = doc.selectFirst("html");
        for (String candidate : new String[] {html == null ? null : html.attr("lang"),
                html == null ? null : html.attr("xml:lang"), httpEquiv(doc, "content-language"),
                meta(metas, "language"), meta(metas, "dc.language"), jsonLd.inLanguage(), meta(metas, "og:locale")}) {
            String tag = languageTag(candidate);
            if (tag != null) {
                return tag;
            }
        }
        return null;
    }

    /** A BCP 47 tag such as "en" or "en-US" for a declared language, or null when it is not one. */
    static String languageTag(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        int comma = s.indexOf(',');
        if (comma > 0) {
            s = s.substring(0, comma).strip();
        }
        if (s.length() > 35 || !LANGUAGE.matcher(s).matches()) {
            return null;
        }
        String tag = Locale.forLanguageTag(s.replace('_', '-')).toLanguageTag();
        return tag.equals("und") ? null : tag;
    }

    private static String url(Document doc, Map<String, String> metas, String baseUri) {
        for (Element link : doc.select("link[rel~=(?i)^canonical$][href]")) {
            String abs = link.absUrl("href");
            if (!abs.isEmpty()) {
                return abs;
            }
        }
        String og = meta(metas, "og:url");
        if (og != null && (og.startsWith("http://") || og.startsWith("https://"))) {
            return og;
        }
        return baseUri == null || baseUri.isBlank() ? null : baseUri;
    }

    /** The content of the first element whose name, property or itemprop equals {@code key} (case-insensitive). */
    private static String meta(Map<String, String> metas, String key) {
        return metas.get(key);
    }

    /** Lower-cased name/property/itemprop to the first non-blank content, datetime or value given for it. */
    private static Map<String, String> metaValues(Document doc) {
        Map<String, String> values = new HashMap<>();
        for (Element e : doc.select("[name], [property], [itemprop]")) {
            String value = null;
            for (String attr : new String[] {"content", "datetime", "value"}) {
                String v = e.attr(attr).strip();
                if (!v.isEmpty()) {
                    value = v;
                    break;
                }
            }
            if (value == null && e.nameIs("time")) {
                value = e.text().strip();
            }
            if (value == null || value.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop"}) {
                String key = e.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty() && key.length() < 100) {
                    values.putIfAbsent(key, value);
                }
            }
        }
        return values;
    }

    private static String httpEquiv(Document doc, String key) {
        for (Element e : doc.select("meta[http-equiv]")) {
            if (key.equalsIgnoreCase(e.attr("http-equiv"))) {
                return e.attr("content");
            }
        }
        return null;
    }

    private static String firstText(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        if (e == null) {
            return null;
        }
        String t = e.text().strip();
        return t.isEmpty() ? null : t;
    }
}
