package org.dossier.entity;

import org.dossier.model.Dependency;
import org.dossier.model.Sentence;
import org.dossier.model.TextSpan;
import org.dossier.model.Token;


/** Finds the appositive phrase that describes a name ("Yun Sun, head of the China program"). Stateless. */
public final class Appositions {

    private static final int MAX_ROLE_TOKENS = 25;

    private Appositions() {
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
        int lo = sentence.tokenAt(full.start());
        int hi = lo;
        while (hi + 1 < sentence.tokens().size() && sentence.tokens().get(hi + 1).span().end() <= full.end()) {
            hi++;
        }
        while (hi > lo && isPunctuation(sentence.tokens().get(hi))) {
            hi--;
        }
        while (lo < hi && isPunctuation(sentence.tokens().get(lo))) {
            lo++;
        }
        return new TextSpan(sentence.tokens().get(lo).span().start(), sentence.tokens().get(hi).span().end());
    }

    private static boolean isPunctuation(Token t) {
        return t.word().chars().noneMatch(Character::isLetterOrDigit);
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
