package org.dossier.ingest.html;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

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
    /** An element holding at least this share of the page's prose is kept whatever its name. */
    private static final double MAX_REMOVED_SHARE = 0.4;

    private BoilerplateRemover() {
    }

    /** Strips furniture from the tree under {@code root} in place; {@code maxSegments} bounds the prose count. */
    static void clean(Element root, int maxSegments) {
        NodeTraversor.filter(new RemovingFilter(root) {
            @Override
            boolean remove(Element e) {
                return NEVER_TEXT.contains(e.normalName());
            }
        }, root);
        ProseWeights prose = ProseWeights.compute(root, SegmentCollector.collect(root, maxSegments));
        double keepAbove = MAX_REMOVED_SHARE * prose.total();
        NodeTraversor.filter(new RemovingFilter(root) {
            @Override
            boolean remove(Element e) {
                return isFurniture(e, e.normalName()) && (prose.total() == 0 || prose.weight(e) < keepAbove);
            }
        }, root);
    }

    /** Removes, top-down, the elements below the root that {@link #remove} selects. */
    private abstract static class RemovingFilter implements NodeFilter {
        private final Element root;

        RemovingFilter(Element root) {
            this.root = root;
        }

        abstract boolean remove(Element e);

        @Override
        public FilterResult head(Node node, int depth) {
            return node instanceof Element e && e != root && remove(e) ? FilterResult.REMOVE : FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
        }
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
}
