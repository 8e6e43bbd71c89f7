package org.dossier.quote;

import org.dossier.model.QuotationMarks;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Dependency;
import org.dossier.model.Sentence;
import org.dossier.model.TextSpan;
import org.dossier.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reported speech read off the dependency parse: "X said (that) …", "“…,” X said", "X called it a “…”",
 * "according to X, …", "…, as X put it". Each attribution is a cue, the token of the one who speaks, and the span
 * of what is reported. Cues inside quotation marks are the quoted speaker's own words and are skipped. Stateless.
 */
final class ReportedSpeech {

    private static final Set<String> CLAUSE_RELATIONS = Set.of("ccomp", "parataxis");
    private static final Set<String> COMPLEMENT_RELATIONS = Set.of("obj", "iobj", "xcomp", "obl", "ccomp", "advcl", "dep");
    private static final Set<String> SUBJECT_INHERITING = Set.of("xcomp", "advcl", "conj");
    /** "…," added Wang: the parser sometimes hangs a subject after the verb as a complement. */
    private static final Set<String> POSTPOSED_SUBJECT_RELATIONS = Set.of("xcomp", "dep", "obj");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "that", "which");
    private static final int MIN_CONTENT_TOKENS = 3;

    /** A cue (token index), the speaker's token (-1 when the parse names none) and the reported content. */
    record Attribution(Sentence sentence, int cue, TextSpan cueSpan, int speaker, TextSpan content) {
    }

    private ReportedSpeech() {
    }

    /** The attributions of the article in text order; {@code quotations} tells quoted text from narrative. */
    static List<Attribution> find(AnnotatedArticle article, List<QuotationSpans.Quotation> quotations) {
        List<Attribution> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            for (int i = 0; i < s.tokens().size(); i++) {
                Token t = s.tokens().get(i);
                if (insideQuotation(quotations, t.span())) {
                    continue;
                }
                int as = asOfPutIt(s, i);
                Attribution a = SpeechCues.isAccording(t) ? accordingTo(s, i)
                        : as >= 0 ? asPutIt(s, i, as) : verbCue(article, s, i);
                if (a != null && tokensIn(s, a.content()) >= MIN_CONTENT_TOKENS) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    /** "X said (that) …", "… , X said", "X called it a “…”". */
    private static Attribution verbCue(AnnotatedArticle article, Sentence s, int cue) {
        Token t = s.tokens().get(cue);
        if (!SpeechCues.isNamingVerb(t)) {
            return null;
        }
        TextSpan after = null;
        TextSpan before = null;
        if (SpeechCues.isClauseVerb(t)) {
            for (Dependency d : s.dependentsOf(cue)) {
                if (CLAUSE_RELATIONS.contains(d.relation())) {
                    TextSpan part = s.trimmed(s.subtreeSpan(d.dependent(), cue));
                    if (d.dependent() > cue) {
                        after = union(after, part);
                    } else {
                        before = union(before, part);
                    }
                }
            }
        }
        TextSpan content = after != null ? after : before;
        if (content == null) {
            content = quotedComplement(article, s, cue);
        }
        return content == null ? null : new Attribution(s, cue, t.span(), subjectOf(s, cue, 0), content);
    }

    /**
     * For a verb that reports words only by quoting them: from the word after the verb to the end of the last
     * complement that holds a quotation mark ("called the senator a “nasty guy,” an “anchor baby”").
     */
    private static TextSpan quotedComplement(AnnotatedArticle article, Sentence s, int cue) {
        TextSpan last = null;
        for (Dependency d : s.dependentsOf(cue)) {
            if (d.dependent() > cue && COMPLEMENT_RELATIONS.contains(d.relation())) {
                TextSpan part = s.subtreeSpan(d.dependent(), cue);
                if (QuotationMarks.in(part.of(article.text())) && (last == null || part.end() > last.end())) {
                    last = part;
                }
            }
        }
        if (last == null || cue + 1 >= s.tokens().size()) {
            return null;
        }
        TextSpan content = s.trimmed(new TextSpan(s.tokens().get(cue + 1).span().start(), last.end()));
        return content == null ? null : s.trimmed(QuotationSpans.labelPhrase(article.text(), content));
    }

    /** "put" of "as X put it", read off the words (the parser rarely sees the clause): the index of "as", or -1. */
    private static int asOfPutIt(Sentence s, int i) {
        List<Token> tokens = s.tokens();
        if (!tokens.get(i).word().equalsIgnoreCase("put") || i + 1 >= tokens.size()
                || !tokens.get(i + 1).word().equalsIgnoreCase("it")) {
            return -1;
        }
        for (int j = i - 2; j >= Math.max(0, i - 8); j--) {
            Token t = tokens.get(j);
            if (t.word().equalsIgnoreCase("as")) {
                return j;
            }
            if (t.pos().startsWith("VB") || t.isPunctuation()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "…, as X put it": X (the word before "put") speaks; the content is the clause that ends before "as" (from
     * its subject on), or the rest of the sentence when "as" opens it.
     */
    private static Attribution asPutIt(Sentence s, int put, int as) {
        TextSpan content = as > 0 ? clauseEndingAt(s, as)
                : s.trimmed(new TextSpan(s.tokens().get(put + 1).span().end(), s.span().end()));
        TextSpan cueSpan = s.tokens().get(put).span().union(s.tokens().get(put + 1).span());
        return content == null ? null : new Attribution(s, put, cueSpan, put - 1, content);
    }

    /** The clause before token {@code end}: its predicate's subject (or predicate) up to {@code end}; null if none. */
    private static TextSpan clauseEndingAt(Sentence s, int end) {
        int head = end - 1;
        while (head > 0 && s.tokens().get(head).isPunctuation()) {
            head--;
        }
        for (int step = 0; head >= 0 && step < 8 && s.dependent(head, "nsubj") < 0; step++) {
            Dependency up = s.governorOf(head);
            if (up == null || up.governor() >= end) {
                break;
            }
            head = up.governor();
        }
        int subject = s.dependent(head, "nsubj");
        int from = subject >= 0 && subject < head ? s.subtreeSpan(subject, head).start() : s.subtreeSpan(head, -1).start();
        return head < 0 ? null : s.trimmed(new TextSpan(Math.min(from, s.tokens().get(head).span().start()),
                s.tokens().get(end).span().start()));
    }

    /** "According to X, …": X speaks, the rest of X's clause is the content. */
    private static Attribution accordingTo(Sentence s, int according) {
        Dependency toSource = s.governorOf(according);
        if (toSource == null) {
            return null;
        }
        int source = toSource.governor();
        Dependency toHead = s.governorOf(source);
        if (toHead == null) {
            return null;
        }
        int head = toHead.governor();
        TextSpan clause = s.subtreeSpan(head, -1);
        TextSpan cited = s.subtreeSpan(source, -1);
        boolean citedFirst = cited.start() < s.tokens().get(head).span().start();
        if (citedFirst ? cited.end() >= clause.end() : clause.start() >= cited.start()) {
            return null;
        }
        TextSpan content = s.trimmed(citedFirst ? new TextSpan(cited.end(), clause.end())
                : new TextSpan(clause.start(), cited.start()));
        if (content == null) {
            return null;
        }
        int last = according + 1 < s.tokens().size() && s.tokens().get(according + 1).word().equalsIgnoreCase("to")
                ? according + 1 : according;
        TextSpan cueSpan = new TextSpan(s.tokens().get(according).span().start(), s.tokens().get(last).span().end());
        return new Attribution(s, according, cueSpan, source, content);
    }

    /**
     * The token that names who speaks: the cue's subject; for "…, adding" or "to say" the subject of the verb it
     * hangs from; for "who said" the noun the clause describes; for "a statement saying" the noun itself (a noun of speech or a name); a
     * proper noun right after a verb without subject ("…," added Wang).
     */
    static int subjectOf(Sentence s, int verb, int depth) {
        for (Dependency d : s.dependentsOf(verb)) {
            if (d.relation().equals("nsubj")) {
                Token subject = s.tokens().get(d.dependent());
                Dependency relative = s.governorOf(verb);
                if (RELATIVE_PRONOUNS.contains(subject.word().toLowerCase(java.util.Locale.ROOT))
                        && relative != null && relative.relation().startsWith("acl")) {
                    return relative.governor();
                }
                return d.dependent();
            }
        }
        for (Dependency d : s.dependentsOf(verb)) {
            if (d.dependent() > verb && POSTPOSED_SUBJECT_RELATIONS.contains(d.relation())
                    && s.tokens().get(d.dependent()).pos().startsWith("NNP")) {
                return d.dependent();
            }
        }
        Dependency up = s.governorOf(verb);
        if (up == null || depth >= 3) {
            return -1;
        }
        if (up.relation().equals("acl")) {
            Token noun = s.tokens().get(up.governor());
            return SpeechCues.isSpeechNoun(noun) || noun.pos().startsWith("NNP") ? up.governor() : -1;
        }
        Dependency reported = s.governorOf(up.governor());
        if (up.relation().equals("conj") && SpeechCues.isClauseVerb(s.tokens().get(verb)) && reported != null
                && CLAUSE_RELATIONS.contains(reported.relation())
                && SpeechCues.isClauseVerb(s.tokens().get(reported.governor()))) {
            return subjectOf(s, reported.governor(), depth + 1); // "X said that A and said that B", B hung from A
        }
        return SUBJECT_INHERITING.contains(up.relation()) ? subjectOf(s, up.governor(), depth + 1) : -1;
    }

    private static int tokensIn(Sentence s, TextSpan span) {
        int n = 0;
        for (Token t : s.tokens()) {
            if (span.contains(t.span()) && !t.isPunctuation()) {
                n++;
            }
        }
        return n;
    }

    private static TextSpan union(TextSpan a, TextSpan b) {
        if (b == null) {
            return a;
        }
        return a == null ? b : a.union(b);
    }

    /** True when {@code span} lies inside the quoted words of one of {@code quotations}. */
    static boolean insideQuotation(List<QuotationSpans.Quotation> quotations, TextSpan span) {
        for (QuotationSpans.Quotation q : quotations) {
            if (q.content().contains(span)) {
                return true;
            }
        }
        return false;
    }
}
