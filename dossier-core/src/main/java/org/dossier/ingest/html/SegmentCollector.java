package org.dossier.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Splits a tree into text segments in reading order, one per run of inline content inside a block element. */
final class SegmentCollector {

    /** Elements that flow inside a line; every other element (custom elements included) starts a new segment. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "cite",
            "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark", "nobr", "q", "s", "samp", "small",
            "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "img", "label");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private SegmentCollector() {
    }

    /** The segments under {@code root}, at most {@code maxSegments}, in document order. */
    static List<TextSegment> collect(Element root, int maxSegments) {
        return collect(root, maxSegments, e -> false);
    }

    /** As {@link #collect(Element, int)}, marking segments inside elements {@code furniture} accepts. */
    static List<TextSegment> collect(Element root, int maxSegments, Predicate<Element> furniture) {
        List<TextSegment> out = new ArrayList<>();
        Deque<Run> open = new ArrayDeque<>();
        int[] inLink = {0};
        Deque<Element> furnitureOpen = new ArrayDeque<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    Run run = open.peek();
                    if (run != null) {
                        run.append(t.getWholeText(), inLink[0] > 0);
                    }
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (e != root && furniture.test(e)) {
                        furnitureOpen.push(e);
                    }
                    if (tag.equals("a")) {
                        inLink[0]++;
                    } else if (tag.equals("br") && open.peek() != null) {
                        open.peek().append(" ", false);
                    } else if (!INLINE.contains(tag)) {
                        flush(open.peek(), out, maxSegments);
                        open.push(new Run(e, !furnitureOpen.isEmpty()));
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("a")) {
                        inLink[0]--;
                    } else if (!INLINE.contains(tag) && !open.isEmpty() && open.peek().element == e) {
                        flush(open.pop(), out, maxSegments);
                    }
                    if (!furnitureOpen.isEmpty() && furnitureOpen.peek() == e) {
                        furnitureOpen.pop();
                    }
                }
            }
        }, root);
        return out;
    }

    private static void flush(Run run, List<TextSegment> out, int maxSegments) {
        if (run == null || out.size() >= maxSegments) {
            return;
        }
        String text = run.text.toString().strip();
        if (!text.isEmpty()) {
            String tag = run.element.normalName();
            out.add(new TextSegment(run.element, text, Math.min(run.linkChars, text.length()), HEADINGS.contains(tag),
                    run.inFurniture));
        }
        run.text.setLength(0);
        run.linkChars = 0;
    }

    /** Inline text gathered for one block element since its last nested block. */
    private static final class Run {
        final Element element;
        final boolean inFurniture;
        final StringBuilder text = new StringBuilder();
        int linkChars;

        Run(Element element, boolean inFurniture) {
            this.element = element;
            this.inFurniture = inFurniture;
        }

        void append(String raw, boolean link) {
            int before = text.length();
            boolean space = before > 0 && text.charAt(before - 1) == ' ';
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    if (!space && text.length() > 0) {
                        text.append(' ');
                        space = true;
                    }
                } else {
                    text.append(c);
                    space = false;
                }
            }
            if (link) {
                linkChars += text.length() - before;
            }
        }
    }
}
