package org.dossier.entity;

import org.dossier.model.Dependency;
import org.dossier.model.Sentence;
import org.dossier.model.TextSpan;
import org.dossier.model.Token;


/**
 * Finds the phrase that gives a person's role: an apposition ("Yun Sun, head of the China program") or a
 * title before the name ("U.S. District Judge Gray Miller", "Brazil's President Lula"). Stateless.
 */
public final class RolePhrases {

    private static final int MAX_ROLE_TOKENS = 25;
    private static final int MAX_TITLE_TOKENS = 6;
    private static final java.util.Set<String> CALENDAR_WORDS = java.util.Set.of("monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "today", "yesterday", "tomorrow");

    private RolePhrases() {
    }

    /** The span of the apposition attached to a token of {@code name} in {@code sentence}, or null. */
    public static TextSpan of(Sentence sentence, TextSpan name) {
        for (Dependency d : sentence.dependencies()) {
            if (!"appos".equals(d.relation()) || d.governor() < 0) {
                continue;
            }
            Token governor = sentence.tokens().get(d.governor());
            Token head = sentence.tokens().get(d.dependent());
            if (name.contains(governor.span()) && !name.contains(head.span()) && head.span().start() > name.start()) {
                TextSpan phrase = subtree(sentence, d.dependent(), d.governor());
                if (phrase != null && countTokens(sentence, phrase) <= MAX_ROLE_TOKENS) {
                    return phrase;
                }
            }
        }
        return null;
    }

    /** The phrase under {@code root}, never reaching {@code stop}, without punctuation at its ends. */
    private static TextSpan subtree(Sentence sentence, int root, int stop) {
        TextSpan full = sentence.subtreeSpan(root, stop);
        TextSpan trimmed = sentence.trimmed(full);
        return trimmed != null ? trimmed : sentence.tokens().get(sentence.tokenAt(full.start())).span();
    }

    /**
     * The title phrase right before {@code name}: nouns, adjectives and possessives up to six tokens, whose last
     * token is a noun outside any named entity ("President" in "US President Donald Trump"); null if none.
     */
    public static TextSpan titleBefore(Sentence sentence, TextSpan name) {
        int first = sentence.tokenAt(name.start());
        if (first <= 0) {
            return null;
        }
        Token adjacent = sentence.tokens().get(first - 1);
        if (!adjacent.pos().startsWith("NN") || !adjacent.ner().equals("O")
                || adjacent.word().chars().noneMatch(Character::isLetter)
                || CALENDAR_WORDS.contains(adjacent.word().toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        int lo = first - 1;
        while (lo > 0 && first - lo < MAX_TITLE_TOKENS) {
            Token t = sentence.tokens().get(lo - 1);
            if (!(t.pos().startsWith("NN") || t.pos().equals("JJ") || t.pos().equals("POS"))) {
                break;
            }
            lo--;
        }
        while (lo < first - 1 && sentence.tokens().get(lo).pos().equals("POS")) {
            lo++;
        }
        return new TextSpan(sentence.tokens().get(lo).span().start(), adjacent.span().end());
    }

    private static int countTokens(Sentence sentence, TextSpan span) {
        int n = 0;
        for (Token t : sentence.tokens()) {
            if (span.contains(t.span())) {
                n++;
            }
        }
        return n;
    }
}
