package org.dossier.ingest.html;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removes what is never article text (scripts, forms controls, media) and, unless it holds most of the page's text,
 * what looks like furniture: navigation, asides, footers, figures, hidden elements and boilerplate-named elements.
 */
final class BoilerplateRemover {

    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "embed", "svg", "canvas", "button", "input", "select", "textarea", "option", "link", "meta", "audio",
            "video", "map", "dialog", "head", "math", "picture", "source", "img");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "header", "figure",
            "figcaption", "menu", "form", "fieldset", "label");
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    /** An element holding more than this share of the page's text is kept whatever its name. */
    private static final double MAX_REMOVED_SHARE = 0.5;

    private BoilerplateRemover() {
    }

    /** Strips furniture from the tree under {@code root} in place. */
    static void clean(Element root) {
        Map<Element, Integer> textLength = textLengths(root);
        int total = Math.max(1, textLength.getOrDefault(root, 0));
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e != root) {
                    String tag = e.normalName();
                    if (NEVER_TEXT.contains(tag)) {
                        return FilterResult.REMOVE;
                    }
                    if (isFurniture(e, tag) && textLength.getOrDefault(e, 0) <= MAX_REMOVED_SHARE * total) {
                        return FilterResult.REMOVE;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    private static boolean isFurniture(Element e, String tag) {
        if (FURNITURE_TAGS.contains(tag)) {
            return true;
        }
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty() && style.length() < 2_000 && HIDDEN_STYLE.matcher(style).find()) {
            return true;
        }
        return BoilerplateHints.looksLikeBoilerplate(e);
    }

    /** Characters of text under each element, computed in one pass. */
    static Map<Element, Integer> textLengths(Element root) {
        Map<Element, Integer> lengths = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    Element parent = t.parent();
                    if (parent != null) {
                        lengths.merge(parent, t.text().strip().length(), Integer::sum);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e != root && e.parent() != null) {
                    lengths.merge(e.parent(), lengths.getOrDefault(e, 0), Integer::sum);
                }
            }
        }, root);
        return lengths;
    }

}
