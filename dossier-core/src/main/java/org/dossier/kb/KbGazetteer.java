package org.dossier.kb;

import org.dossier.entity.NameKeys;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.EntityType;
import org.dossier.model.NamedEntityMention;
import org.dossier.model.Sentence;
import org.dossier.model.TextSpan;
import org.dossier.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the knowledge base's names in annotated text: a word trie over name keys, longest match first,
 * matches starting and ending on token boundaries. Keeps precision: a match needs a capitalised word, a short
 * all-capitals alias ("US") matches only capitals, and an upper-case Roman numeral after a capitalised word
 * ("Super Bowl XI") is never a name. Immutable; thread-safe.
 */
public final class KbGazetteer {

    private static final Set<String> ROMAN = Set.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
            "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx");

    private final KnowledgeBase kb;
    private final Node root = new Node();

    public KbGazetteer(KnowledgeBase kb) {
        this.kb = kb;
        Map<String, Boolean> capsOnly = new HashMap<>();
        for (KbEntity e : kb.entities()) {
            for (String alias : e.aliases()) {
                capsOnly.merge(NameKeys.of(alias), KnowledgeBase.isShortCapitals(alias), Boolean::logicalAnd);
            }
        }
        capsOnly.forEach((key, caps) -> {
            if (!key.isEmpty()) {
                Node n = root;
                for (String w : key.split(" ")) {
                    n = n.next.computeIfAbsent(w, k -> new Node());
                }
                n.key = key;
                n.capsOnly = caps;
            }
        });
    }

    /** Names of the knowledge base in the article, typed by the entity they name (ambiguous types: MISC). */
    public List<NamedEntityMention> find(AnnotatedArticle article) {
        List<NamedEntityMention> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            find(article.text(), s, out);
        }
        return out;
    }

    private void find(String text, Sentence s, List<NamedEntityMention> out) {
        List<Token> tokens = s.tokens();
        List<String> words = new ArrayList<>();
        List<Integer> tokenOfWord = new ArrayList<>();
        List<Boolean> startsToken = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            String key = NameKeys.of(tokens.get(t).word());
            if (key.isEmpty()) {
                continue;
            }
            String[] parts = key.split(" ");
            for (int p = 0; p < parts.length; p++) {
                words.add(parts[p]);
                tokenOfWord.add(t);
                startsToken.add(p == 0);
            }
        }
        int i = 0;
        while (i < words.size()) {
            if (!startsToken.get(i)) {
                i++;
                continue;
            }
            Node n = root;
            int matchEnd = -1;
            Node match = null;
            for (int j = i; j < words.size(); j++) {
                n = n.next.get(words.get(j));
                if (n == null) {
                    break;
                }
                boolean endsToken = j + 1 == words.size() || startsToken.get(j + 1)
                        || !tokenOfWord.get(j + 1).equals(tokenOfWord.get(j));
                if (n.key != null && endsToken) {
                    matchEnd = j;
                    match = n;
                }
            }
            if (match == null && isSingleWordToken(startsToken, tokenOfWord, i)) {
                match = genitiveStem(words.get(i));
                matchEnd = i;
            }
            if (match != null) {
                int first = tokenOfWord.get(i);
                int last = tokenOfWord.get(matchEnd);
                TextSpan span = new TextSpan(tokens.get(first).span().start(), tokens.get(last).span().end());
                String surface = span.of(text);
                if (acceptable(surface, match, tokens, first)) {
                    out.add(new NamedEntityMention(span, surface, typeOf(match.key), 0.9));
                    i = matchEnd + 1;
                    continue;
                }
            }
            i++;
        }
    }

    private static boolean isSingleWordToken(List<Boolean> startsToken, List<Integer> tokenOfWord, int i) {
        return i + 1 == startsToken.size() || startsToken.get(i + 1);
    }

    /** "Kremls", "Beijings", "Chinas": a leftover genitive s on a place's one-word name (machine translation). */
    private Node genitiveStem(String word) {
        if (word.length() < 5 || !word.endsWith("s")) {
            return null;
        }
        Node n = root.next.get(word.substring(0, word.length() - 1));
        if (n == null || n.key == null || n.capsOnly) {
            return null;
        }
        for (KbEntity e : kb.byName(n.key)) {
            if (e.type() != EntityType.LOCATION && e.type() != EntityType.COUNTRY) {
                return null;
            }
        }
        return n;
    }

    private static boolean acceptable(String surface, Node match, List<Token> tokens, int first) {
        boolean hasCapital = false;
        for (String w : surface.split("[\\s\\-]+")) { // "al-Qaeda" has a capitalised word
            hasCapital |= !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
        }
        if (!hasCapital) {
            return false;
        }
        boolean allCaps = surface.equals(surface.toUpperCase(java.util.Locale.ROOT));
        if (match.capsOnly && !allCaps) {
            return false;
        }
        if (allCaps && ROMAN.contains(match.key) && first > 0) {
            String before = tokens.get(first - 1).word();
            return before.isEmpty() || !Character.isUpperCase(before.codePointAt(0));
        }
        return true;
    }

    private String typeOf(String key) {
        List<KbEntity> candidates = kb.byName(key);
        EntityType type = null;
        for (KbEntity e : candidates) {
            EntityType t = e.type() == EntityType.COUNTRY ? EntityType.LOCATION : e.type();
            if (type != null && type != t) {
                return "MISC";
            }
            type = t;
        }
        return type == null ? "MISC" : type.name();
    }

    /** A trie node: next words, and the name key ending here (null if none). */
    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        String key;
        boolean capsOnly;
    }
}
