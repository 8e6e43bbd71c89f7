package org.dossier.kb;

import org.dossier.entity.NameKeys;

import java.util.Set;

/**
 * Folds a name key so that common romanisations of one name meet: German, Polish and French spellings of
 * Slavic names (Selenskyj / Zelenskiy / Zelensky, Lukaschenko / Lukashenko, Wolodymyr / Volodymyr),
 * romanisations of Arabic names (Sunnah / Sunna, Waljama'a / Waljama: a final h after a vowel, a letter cut off
 * by an apostrophe, the article inside a name: al-Bashir / El Bashir), doubled letters and diacritics. Keys of different people may fold together; lookups check the type.
 * Stateless.
 */
public final class NameFolding {

    private static final Set<String> ARABIC_ARTICLE = Set.of("al", "el");

    private NameFolding() {
    }

    public static String fold(String name) {
        String k = NameKeys.of(name);
        k = k.replace("tsch", "ch").replace("sch", "sh").replace("sz", "sh").replace("cz", "ch")
                .replace("ł", "l").replace("kh", "h").replace("ks", "x");
        StringBuilder sb = new StringBuilder(k.length());
        String[] words = k.split(" ");
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (w > 0 && w < words.length - 1 && ARABIC_ARTICLE.contains(word)) {
                continue; // Omar al-Bashir / Omar El Bashir
            }
            if (word.length() == 1 && sb.length() > 0 && Character.isLetter(word.charAt(0))) {
                sb.append(word);
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(word);
        }
        StringBuilder out = new StringBuilder(sb.length());
        for (String word : sb.toString().split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(foldWord(word));
        }
        return out.toString();
    }

    private static String foldWord(String w) {
        String s = w.replace('w', 'v').replace('z', 's').replace('j', 'y');
        s = s.replaceAll("(iy|yy|yi|ij)$", "y").replaceAll("iy", "y").replaceAll("([aeiou])h$", "$1");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
