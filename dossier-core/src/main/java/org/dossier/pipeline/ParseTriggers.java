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
 * Selects the sentences the later stages read a parse of: those with a word the event lexicon or the speech cues
 * start from, those with a quotation mark and their neighbours (a quotation's speaker may be the subject of the
 * sentence around it), and those where a name is followed by a comma (an apposition gives a role). Thread-safe.
 */
public final class ParseTriggers implements ParseSelector {

    /** Read by the event coder outside its lexicon: "are expected at the parade". */
    private static final Set<String> CONSTRUCTIONS = Set.of("expect");

    /** What may open an apposition after a name: "Yun Sun, head of …", "Garry Knight (Flickr)". */
    private static final Set<String> APPOSITION_MARKS = Set.of(",", "(", "-", "–", "—", "-LRB-");

    private final Set<String> lemmas;

    public ParseTriggers(ActionLexicon actions) {
        Set<String> all = new HashSet<>(actions.headLemmas());
        all.addAll(SpeechCues.cueLemmas());
        all.addAll(CONSTRUCTIONS);
        this.lemmas = Set.copyOf(all);
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
            parse[i] |= triggered(s) || nameBeforeComma(s);
        }
        return parse;
    }

    private boolean triggered(SentenceWords s) {
        for (int t = 0; t < s.lemmas().size(); t++) {
            if (lemmas.contains(s.lemmas().get(t).toLowerCase(Locale.ROOT))
                    || lemmas.contains(s.words().get(t).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean quoted(SentenceWords s) {
        for (String w : s.words()) {
            if (QuotationMarks.in(w) || w.equals("``") || w.equals("''")) {
                return true;
            }
        }
        return false;
    }

    private static boolean nameBeforeComma(SentenceWords s) {
        for (int t = 0; t + 1 < s.words().size(); t++) {
            if (!"O".equals(s.nerTags().get(t)) && APPOSITION_MARKS.contains(s.words().get(t + 1))) {
                return true;
            }
        }
        return false;
    }
}
