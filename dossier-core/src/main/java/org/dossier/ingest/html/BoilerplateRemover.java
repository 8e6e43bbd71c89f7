package org.dossier.ingest.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what is never article text (scripts, form controls, media, hidden elements) and what looks like page
 * furniture (navigation, asides, footers, figures, boilerplate-named elements) outside the article's best candidate.
 */
final class BoilerplateRemover {

    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "embed", "svg", "canvas", "button", "input", "select", "textarea", "option", "link", "meta", "audio",
            "video", "map", "dialog", "head", "math", "picture", "source", "img");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "header", "figure",
            "figcaption", "menu", "form", "fieldset", "label");
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    /** Furniture inside the best candidate holding at least this share of the candidate's prose is kept. */
    private static final double MIN_KEPT_SHARE = 0.5;

    private BoilerplateRemover() {
    }

    /**
     * Strips furniture from the tree under {@code root} in place. The best-scoring prose candidate and its ancestors
     * are kept whatever their names; inside it, furniture holding half of its prose is kept too.
     */
    static void clean(Element root, int maxSegments) {
        NodeTraversor.filter(new RemovingFilter(root) {
            @Override
            boolean remove(Element e) {
                return NEVER_TEXT.contains(e.normalName()) || isHidden(e);
            }
        }, root);
        List<TextSegment> segments = SegmentCollector.collect(root, maxSegments, BoilerplateRemover::isFurniture);
        Element best = CandidateScorer.score(root, segments).best();
        Set<Element> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e = best; e != null; e = e.parent()) {
            kept.add(e);
        }
        ProseWeights prose = ProseWeights.compute(root, segments);
        double keepAbove = best == null ? 0 : MIN_KEPT_SHARE * prose.weight(best);
        NodeTraversor.filter(new NodeFilter() {
            private boolean insideBest;

            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == root) {
                    return FilterResult.CONTINUE;
                }
                if (e == best) {
                    insideBest = true;
                }
                if (kept.contains(e) || !isFurniture(e)) {
                    return FilterResult.CONTINUE;
                }
                boolean holdsArticle = insideBest && keepAbove > 0 && prose.weight(e) >= keepAbove;
                return holdsArticle ? FilterResult.CONTINUE : FilterResult.REMOVE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node == best) {
                    insideBest = false;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    /** True for elements the page hides from readers (hidden attribute, aria-hidden, display:none). */
    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && style.length() < 2_000 && HIDDEN_STYLE.matcher(style).find();
    }

    /** True for elements that by tag, role, class or id look like navigation, asides, ads or other furniture. */
    static boolean isFurniture(Element e) {
        return FURNITURE_TAGS.contains(e.normalName()) || BoilerplateHints.looksLikeBoilerplate(e);
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

}
