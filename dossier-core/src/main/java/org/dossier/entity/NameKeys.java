package org.dossier.entity;

import java.text.Normalizer;
import java.util.Locale;

/** Comparison keys for names: case, diacritics, possessives and punctuation folded. Stateless. */
public final class NameKeys {

    private NameKeys() {
    }

    /** "XI Jinping's" and "Xi Jinping" give the same key "xi jinping"; "the Kremlin" and "Kremlin" give "kremlin". */
    public static String of(String name) {
        String n = stripPossessive(name.strip());
        n = Normalizer.normalize(n, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        n = n.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return n.startsWith("the ") && n.length() > 4 ? n.substring(4) : n;
    }

    /** The name without a trailing "'s", "’s" or lone apostrophe. */
    public static String stripPossessive(String name) {
        for (String suffix : new String[] {"'s", "’s", "'S", "’S"}) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        if ((name.endsWith("'") || name.endsWith("’")) && name.length() > 1) {
            return name.substring(0, name.length() - 1);
        }
        return name;
    }
}
