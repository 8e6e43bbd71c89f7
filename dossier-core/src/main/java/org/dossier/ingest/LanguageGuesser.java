package org.dossier.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Guesses an article's language from its commonest function words; null when the text is too short to tell. Stateless. */
public final class LanguageGuesser {

    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "was", "for", "with", "on", "he", "it", "by"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "ein", "eine", "auf", "sich", "dem", "zu"),
            "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour", "du", "qui", "sur", "pas"),
            "es", Set.of("el", "los", "las", "y", "del", "que", "por", "una", "con", "para", "es", "se", "su", "al"),
            "it", Set.of("il", "di", "che", "e", "della", "per", "una", "sono", "non", "gli", "con", "del", "nel", "anche"),
            "nl", Set.of("de", "het", "een", "van", "en", "niet", "dat", "zijn", "op", "voor", "met", "ook", "naar", "bij"),
            "pt", Set.of("o", "os", "as", "do", "da", "em", "que", "uma", "para", "com", "não", "dos", "das", "no"),
            "pl", Set.of("i", "w", "nie", "na", "się", "że", "jest", "do", "to", "z", "jak", "przez", "od", "po"));
    private static final int SAMPLE_CHARS = 20_000;
    private static final int MIN_HITS = 5;

    private LanguageGuesser() {
    }

    /** An ISO 639-1 code, or null. Cyrillic text is "ru"; otherwise the language with most function-word hits. */
    public static String guess(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        long letters = sample.codePoints().filter(Character::isLetter).count();
        long cyrillic = sample.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC).count();
        if (letters > 0 && cyrillic * 2 > letters) {
            return "ru";
        }
        String[] words = sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        String best = null;
        int bestHits = 0;
        for (Map.Entry<String, Set<String>> e : FUNCTION_WORDS.entrySet()) {
            int hits = 0;
            for (String w : words) {
                if (e.getValue().contains(w)) {
                    hits++;
                }
            }
            if (hits > bestHits || hits == bestHits && "en".equals(e.getKey())) {
                best = e.getKey();
                bestHits = hits;
            }
        }
        return bestHits >= MIN_HITS ? best : null;
    }
}
