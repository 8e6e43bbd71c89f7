package org.dossier.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Keeps the container's segments that read as article text (not link lists, not the headline) as blocks. */
final class BlockSelector {

    static final double MAX_LINK_DENSITY = 0.5;
    static final double MAX_HEADING_LINK_DENSITY = 0.3;
    /** Text that is itself a tag, as left by noscript fallbacks and escaped embeds. */
    private static final Pattern LEAKED_MARKUP = Pattern.compile("<[A-Za-z!/][^>]*>");

    private BlockSelector() {
    }

    /** The article blocks among {@code segments}, in order, with source ranges; {@code title} is nullable. */
    static List<HtmlBlock> select(List<TextSegment> segments, String title, int maxBlocks) {
        String titleKey = title == null ? null : key(title);
        List<TextSegment> kept = new ArrayList<>();
        for (TextSegment s : segments) {
            if (s.linkDensity() > (s.heading() ? MAX_HEADING_LINK_DENSITY : MAX_LINK_DENSITY)) {
                continue;
            }
            if (titleKey != null && key(s.text()).equals(titleKey) || LEAKED_MARKUP.matcher(s.text()).lookingAt()) {
                continue;
            }
            kept.add(s);
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).heading()) {
            kept.remove(kept.size() - 1);
        }
        List<HtmlBlock> blocks = new ArrayList<>();
        for (TextSegment s : kept) {
            if (blocks.size() >= maxBlocks) {
                break;
            }
            int[] range = SourceRanges.of(s.element());
            blocks.add(new HtmlBlock(s.heading() ? HtmlBlock.Kind.HEADING : HtmlBlock.Kind.PARAGRAPH, s.text(),
                    range[0], range[1]));
        }
        return blocks;
    }

    private static String key(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
