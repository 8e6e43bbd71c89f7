package org.dossier.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Article;
import org.dossier.model.InputFormat;
import org.dossier.model.NamedEntityMention;
import org.dossier.model.Sentence;
import org.dossier.model.Token;
import org.dossier.model.SourceRef;
import org.dossier.model.Structure;
import org.dossier.model.TextSpan;

/** Small articles for tests that need no NLP engine. */
public final class Articles {

    private Articles() {
    }

    /** An article whose whole text is one paragraph. */
    public static Article of(String text) {
        Structure s = new Structure(null, List.of(), List.of(new TextSpan(0, text.length())), List.of());
        return new Article("test", new SourceRef("test.txt", null, InputFormat.TEXT, null), null,
                LocalDate.of(2025, 5, 7), "en", text, s, List.of());
    }

    /** The article with NER names (confidence 0.7) at every occurrence of each (surface, type) pair not inside an earlier pair's name. */
    public static AnnotatedArticle withNames(String text, String... surfaceTypePairs) {
        List<NamedEntityMention> names = new ArrayList<>();
        for (int i = 0; i < surfaceTypePairs.length; i += 2) {
            String surface = surfaceTypePairs[i];
            int from = 0;
            int at;
            while ((at = text.indexOf(surface, from)) >= 0) {
                TextSpan span = new TextSpan(at, at + surface.length());
                if (names.stream().noneMatch(n -> n.span().overlaps(span))) {
                    names.add(new NamedEntityMention(span, surface, surfaceTypePairs[i + 1], 0.7));
                }
                from = at + surface.length();
            }
        }
        names.sort((a, b) -> a.span().compareTo(b.span()));
        return new AnnotatedArticle(of(text), List.of(), names, List.of(), List.of());
    }

    /**
     * The article with a rough tokenisation (words, "'s", punctuation; capitalised words tagged NNP, others NN),
     * one sentence per ". ", and NER names at the given (surface, type) pairs as in {@link #withNames}.
     */
    public static AnnotatedArticle tokenized(String text, String... surfaceTypePairs) {
        List<Sentence> sentences = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("'s|[\\p{L}\\p{N}]+(?:\\.[\\p{L}]\\.?)*|[^\\s\\p{L}\\p{N}]")
                .matcher(text);
        List<Token> tokens = new ArrayList<>();
        while (m.find()) {
            String w = m.group();
            String pos = w.equals("'s") ? "POS" : w.equalsIgnoreCase("the") ? "DT"
                    : Character.isUpperCase(w.codePointAt(0)) ? "NNP" : Character.isLetter(w.codePointAt(0)) ? "NN" : ".";
            tokens.add(new Token(new TextSpan(m.start(), m.end()), w, pos, w.toLowerCase(java.util.Locale.ROOT), "O"));
            if (w.equals(".")) {
                sentences.add(sentence(tokens));
                tokens = new ArrayList<>();
            }
        }
        if (!tokens.isEmpty()) {
            sentences.add(sentence(tokens));
        }
        AnnotatedArticle names = withNames(text, surfaceTypePairs);
        return new AnnotatedArticle(names.article(), sentences, names.names(), List.of(), List.of());
    }

    private static Sentence sentence(List<Token> tokens) {
        return new Sentence(new TextSpan(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end()),
                tokens, List.of());
    }
}
