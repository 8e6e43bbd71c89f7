package org.dossier.ingest.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Judges from class, id and role whether an element looks like page furniture (navigation, ads, share bars...). */
final class BoilerplateHints {

    /** Words that, as one part of a class or id name, mark navigation, ads, social and other non-article furniture. */
    private static final Set<String> NEGATIVE_WORDS = Set.of("ad", "ads", "adv", "advert", "advertisement",
            "advertising", "adslot", "adunit", "banner", "breadcrumb", "breadcrumbs", "byline", "bylines", "caption",
            "captions", "comment", "comments", "community", "consent", "cookie", "cookies", "credit", "credits",
            "disqus", "footer", "gdpr", "masthead", "menu", "modal", "nav", "navbar", "navigation", "newsletter",
            "newsletters", "outbrain", "pagination", "pager", "popup", "promo", "promos", "promotion",
            "recirc", "recirculation", "recommended", "recommendations", "related", "share", "shares", "sharing",
            "sharebar", "sidebar", "signup", "social", "sponsor", "sponsored", "subscribe", "subscription", "tags",
            "taboola", "toolbar", "trending", "widget", "widgets", "popular", "author", "meta", "gallery",
            "slideshow", "header", "login", "overlay", "disclaimer", "copyright", "skip", "print", "tools",
            "jump", "timestamp", "dateline", "readmore", "follow", "donate", "alert", "hidden");
    /** Whole class names that mark screen-reader-only or hidden helper text. */
    private static final Set<String> NEGATIVE_NAMES = Set.of("sr-only", "visually-hidden", "visuallyhidden",
            "screen-reader-text", "screen-reader-only", "read-more", "more-from", "see-also", "also-read",
            "most-read", "most-popular", "you-may-like", "more-stories", "u-hidden");
    private static final Set<String> NEGATIVE_ROLES = Set.of("navigation", "complementary", "banner", "contentinfo",
            "menu", "menubar", "dialog", "alertdialog", "search", "toolbar");
    private static final Pattern NAME_PARTS = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");
    private static final int MAX_HINT_CHARS = 500;

    private BoilerplateHints() {
    }

    /** True when the element's class, id or role names it as non-article furniture. */
    static boolean looksLikeBoilerplate(Element e) {
        String role = e.attr("role").strip().toLowerCase(Locale.ROOT);
        if (NEGATIVE_ROLES.contains(role)) {
            return true;
        }
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return false;
        }
        for (String name : names(e)) {
            if (NEGATIVE_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
                return true;
            }
            for (String part : NAME_PARTS.split(name)) {
                if (NEGATIVE_WORDS.contains(part.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String[] names(Element e) {
        String hint = e.className() + " " + e.id();
        if (hint.length() > MAX_HINT_CHARS) {
            hint = hint.substring(0, MAX_HINT_CHARS);
        }
        hint = hint.strip();
        return hint.isEmpty() ? new String[0] : hint.split("\\s+");
    }
}
