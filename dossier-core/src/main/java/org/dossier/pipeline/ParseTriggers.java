package org.dossier.pipeline;

import org.dossier.annotate.ParseSelector;
import org.dossier.event.ActionLexicon;
import org.dossier.model.QuotationMarks;
import org.dossier.quote.SpeechCues;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Selects the sentences the later stages read a parse of: those where an entry of the event lexicon may match
 * or a verb reports speech without quotation marks; those with a quotation mark, their neighbours and a sentence
 * ending in a colon (a quotation's speaker may be the subject of the sentence that introduces it); and those
 * where a comma, a bracket or a dash follows a person's name (an apposition gives a person's role). Thread-safe.
 */
public final class ParseTriggers implements ParseSelector {

    /** Read by the event coder outside its lexicon: "are expected at the parade". */
    private static final Set<String> CONSTRUCTIONS = Set.of("expect");
    /** What may open an apposition after a person's name: "Yun Sun, head of …", "Garry Knight (Flickr)". */
    private static final Set<String> APPOSITION_MARKS = Set.of(",", "(", "-", "–", "—", "-LRB-");

    private final ActionLexicon actions;
    private final Set<String> cues;

    public ParseTriggers(ActionLexicon actions) {
        this.actions = actions;
        Set<String> all = new HashSet<>(SpeechCues.unquotedCueLemmas());
        all.addAll(CONSTRUCTIONS);
        this.cues = Set.copyOf(all);
    }

    @Override
    public boolean[] select(List<SentenceWords> sentences) {
        boolean[] parse = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            SentenceWords s = sentences.get(i);
            if (quoted(s)) {
                parse[i] = true;
                if (i > 0) {
                    parse[i - 1] = true;
                }
                if (i + 1 < parse.length) {
                    parse[i + 1] = true;
                }
            }
            parse[i] |= introducesWithColon(s) || triggered(s) || nameBeforeApposition(s);
        }
        return parse;
    }

    private boolean triggered(SentenceWords s) {
        Set<String> seen = new HashSet<>();
        for (int t = 0; t < s.lemmas().size(); t++) {
            seen.add(s.lemmas().get(t).toLowerCase(Locale.ROOT));
            seen.add(s.words().get(t).toLowerCase(Locale.ROOT));
        }
        for (String w : seen) {
            if (cues.contains(w)) {
                return true;
            }
        }
        return actions.mayMatch(seen);
    }

    private static boolean quoted(SentenceWords s) {
        for (String w : s.words()) {
            if (QuotationMarks.in(w) || w.equals("``") || w.equals("''")) {
                return true;
            }
        }
        return false;
    }

    /** "The statement read:" may introduce the quotation of the next paragraph. */
    private static boolean introducesWithColon(SentenceWords s) {
        return !s.words().isEmpty() && s.words().get(s.words().size() - 1).equals(":");
    }

    private static boolean nameBeforeApposition(SentenceWords s) {
        for (int t = 0; t + 1 < s.words().size(); t++) {
            if ("PERSON".equals(s.nerTags().get(t)) && APPOSITION_MARKS.contains(s.words().get(t + 1))) {
                return true;
            }
        }
        return false;
    }
}
