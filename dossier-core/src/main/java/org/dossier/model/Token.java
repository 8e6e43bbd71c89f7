package org.dossier.model;

import java.util.Objects;

/** One token: its span, surface form, part of speech, lemma and NER tag ("O" when none). */
public record Token(TextSpan span, String word, String pos, String lemma, String ner) {

    public Token {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(word, "word");
        pos = pos == null ? "" : pos;
        lemma = lemma == null ? word : lemma;
        ner = ner == null ? "O" : ner;
    }

    /** True when the token has no letter and no digit: punctuation, quotation marks, dashes. */
    public boolean isPunctuation() {
        return word.chars().noneMatch(Character::isLetterOrDigit);
    }
}
