package org.dossier.record;

/** Converts UTF-16 offsets of one text to Unicode code point offsets. Immutable; thread-safe. */
public final class CodePointOffsets {

    private final int[] map;

    public CodePointOffsets(String text) {
        boolean surrogates = false;
        for (int i = 0; i < text.length() && !surrogates; i++) {
            surrogates = Character.isSurrogate(text.charAt(i));
        }
        if (!surrogates) {
            map = null;
            return;
        }
        map = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            map[i] = cp;
            if (!(Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))) {
                cp++;
            }
        }
        map[text.length()] = cp;
    }

    /** The code point offset of UTF-16 offset {@code utf16}. */
    public int of(int utf16) {
        return map == null ? utf16 : map[utf16];
    }
}
