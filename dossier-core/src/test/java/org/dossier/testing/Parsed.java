package org.dossier.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Dependency;
import org.dossier.model.Sentence;
import org.dossier.model.TextSpan;
import org.dossier.model.Token;

/**
 * A one-sentence article with a parse written by hand, for testing rules on parse shapes the parser really
 * produces (including its errors) without running it. Each token is "word POS lemma relation head" (head: the
 * governor's 0-based index, -1 for the root; lemma "-" = the word in lower case); names as in {@link Articles#withNames}.
 */
public final class Parsed {

    private Parsed() {
    }

    public static AnnotatedArticle sentence(List<String> tokenLines, String... surfaceTypePairs) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Dependency> dependencies = new ArrayList<>();
        for (int i = 0; i < tokenLines.size(); i++) {
            String[] f = tokenLines.get(i).trim().split("\\s+");
            if (f.length != 5) {
                throw new IllegalArgumentException("token " + i + " needs 'word POS lemma relation head': " + tokenLines.get(i));
            }
            boolean glued = f[1].equals("POS") || f[1].equals(".") || f[1].equals(",");
            if (text.length() > 0 && !glued) {
                text.append(' ');
            }
            int start = text.length();
            text.append(f[0]);
            String lemma = f[2].equals("-") ? f[0].toLowerCase(Locale.ROOT) : f[2];
            tokens.add(new Token(new TextSpan(start, text.length()), f[0], f[1], lemma, "O"));
            int head = Integer.parseInt(f[4]);
            if (head >= 0) {
                dependencies.add(new Dependency(head, i, f[3]));
            }
        }
        Sentence s = new Sentence(new TextSpan(0, text.length()), tokens, dependencies);
        AnnotatedArticle names = Articles.withNames(text.toString(), surfaceTypePairs);
        return new AnnotatedArticle(names.article(), List.of(s), names.names(), List.of(), List.of());
    }
}
