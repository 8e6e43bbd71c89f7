package org.dossier.quote;

import org.dossier.entity.RolePhrases;
import org.dossier.entity.NameKeys;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Cue;
import org.dossier.model.Dependency;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Quote;
import org.dossier.model.Sentence;
import org.dossier.model.Speaker;
import org.dossier.model.TextSpan;
import org.dossier.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Direct quotations from quotation marks; the cue is the nearest speech verb outside the quote in the
 * sentences it touches, the speaker the cue's grammatical subject (a pronoun goes to the last person named
 * before it), else a name inside the subject's phrase, else the nearest name beside the cue. Quotations under
 * six words are kept only with a cue, as partial quotes; a quotation that opens a paragraph without a cue
 * continues the quotation that closed the paragraph before, and takes its speaker. Stateless.
 */
public final class QuotationMarkQuoteExtractor implements QuoteExtractor {

    private static final Set<String> CUE_LEMMAS = Set.of(
            "say", "tell", "add", "claim", "state", "warn", "insist", "argue", "write", "explain", "note", "ask",
            "declare", "announce", "remark", "reply", "respond", "comment", "conclude", "stress", "emphasize",
            "emphasise", "suggest", "acknowledge", "admit", "predict", "urge", "describe", "call", "deny", "report",
            "tweet", "post", "quote", "recall", "allege", "assert", "contend", "confirm", "vow",
            "promise", "pledge", "threaten", "demand", "observe", "caution", "answer", "believe");
    private static final Set<String> SUBJECT_RELATIONS = Set.of("nsubj", "nsubj:pass", "nsubjpass");
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she");
    private static final int MIN_FULL_QUOTE_WORDS = 6;
    private static final int MAX_NAME_DISTANCE = 60;

    @Override
    public List<Quote> extract(AnnotatedArticle article, List<Entity> entities) {
        String text = article.text();
        List<Quote> quotes = new ArrayList<>();
        Quote previous = null;
        TextSpan previousBlock = null;
        TextSpan lastBlock = null;
        for (TextSpan block : article.article().structure().paragraphs()) {
            for (QuotationSpans.Quotation q : QuotationSpans.find(text, block)) {
                Quote quote = attribute(article, entities, q, "Q" + (quotes.size() + 1));
                if (quote == null) {
                    continue;
                }
                if (quote.cue() == null && q.marks().start() == block.start() && previous != null
                        && previous.speaker() != null && previousBlock == lastBlock) {
                    quote = new Quote(quote.id(), quote.span(), quote.text(), true, false, previous.cue(),
                            previous.speaker(), Math.round((previous.confidence() - 0.1) * 100) / 100.0);
                }
                quotes.add(quote);
                previous = quote;
                previousBlock = block;
            }
            lastBlock = block;
        }
        return quotes;
    }

    private Quote attribute(AnnotatedArticle article, List<Entity> entities, QuotationSpans.Quotation q, String id) {
        String text = article.text();
        TextSpan content = q.content();
        boolean full = words(content.of(text)) >= MIN_FULL_QUOTE_WORDS;
        CueHit cue = findCue(article, q);
        if (!full && cue == null) {
            return null;
        }
        Speaker speaker = cue == null ? null : findSpeaker(article, entities, cue, q);
        double confidence = 0.4 + (cue != null ? 0.25 : 0) + (speaker != null ? 0.15 : 0)
                + (speaker != null && speaker.entityId() != null ? 0.1 : 0) - (q.closed() ? 0 : 0.15);
        Cue cueOut = cue == null ? null : new Cue(cue.token().span(), cue.token().span().of(text));
        return new Quote(id, content, content.of(text), true, !full, cueOut, speaker,
                Math.round(confidence * 100) / 100.0);
    }

    /** A cue token and the sentence that holds it. */
    private record CueHit(Sentence sentence, int index) {
        Token token() {
            return sentence.tokens().get(index);
        }
    }

    /** The speech verb nearest to the quotation, outside it, in the sentences it touches or the one right after. */
    private static CueHit findCue(AnnotatedArticle article, QuotationSpans.Quotation q) {
        TextSpan quoted = q.marks();
        CueHit best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Sentence s : candidateSentences(article, quoted)) {
            for (int i = 0; i < s.tokens().size(); i++) {
                Token t = s.tokens().get(i);
                if (quoted.overlaps(t.span()) || !isCue(t)) {
                    continue;
                }
                int distance = t.span().start() >= quoted.end() ? t.span().start() - quoted.end()
                        : quoted.start() - t.span().end();
                if (distance < bestDistance) {
                    best = new CueHit(s, i);
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    private static boolean isCue(Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        return t.pos().startsWith("VB") && CUE_LEMMAS.contains(lemma)
                || lemma.equals("accord") && t.word().equalsIgnoreCase("according");
    }

    private static List<Sentence> candidateSentences(AnnotatedArticle article, TextSpan quoted) {
        List<Sentence> out = new ArrayList<>();
        List<Sentence> all = article.sentences();
        for (int i = 0; i < all.size(); i++) {
            Sentence s = all.get(i);
            if (s.span().overlaps(quoted)) {
                out.add(s);
            } else if (s.span().start() >= quoted.end()) {
                boolean adjacent = article.text().substring(quoted.end(), s.span().start()).isBlank()
                        && !s.tokens().isEmpty() && !out.isEmpty() && s.span().start() - quoted.end() <= 3
                        && article.text().substring(quoted.end(), s.span().start()).indexOf('\n') < 0;
                if (adjacent) {
                    out.add(s);
                }
                break;
            }
        }
        return out;
    }

    private static Speaker findSpeaker(AnnotatedArticle article, List<Entity> entities, CueHit cue,
                                       QuotationSpans.Quotation q) {
        Sentence s = cue.sentence();
        Token cueToken = cue.token();
        if (cueToken.word().equalsIgnoreCase("according")) {
            return nearestName(article, entities, s, cueToken.span().end(), q, true);
        }
        for (Dependency d : s.dependentsOf(cue.index())) {
            if (!SUBJECT_RELATIONS.contains(d.relation())) {
                continue;
            }
            Token subject = s.tokens().get(d.dependent());
            if (PERSONAL_PRONOUNS.contains(subject.word().toLowerCase(Locale.ROOT))) {
                Speaker antecedent = lastPersonBefore(article, entities, subject.span());
                if (antecedent != null) {
                    return antecedent;
                }
                continue;
            }
            Speaker named = speakerAt(article, entities, subject.span());
            if (named == null) {
                named = nameWithin(article, entities, s, d.dependent(), cue.index());
            }
            if (named == null && subject.pos().startsWith("NNP")) {
                named = properNoun(article, entities, s, d.dependent());
            }
            if (named != null) {
                return named;
            }
        }
        return nearestName(article, entities, s, cueToken.span().start(), q, false);
    }

    /** The speaker whose name mention covers {@code span}, or null. */
    private static Speaker speakerAt(AnnotatedArticle article, List<Entity> entities, TextSpan span) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.span().contains(span) || span.contains(m.span())) {
                    return speaker(article, e, m);
                }
            }
        }
        return null;
    }

    /**
     * A proper-noun subject the NER missed ("said Xi"): the person entity whose first or last name it is,
     * else the name as written, without an entity.
     */
    private static Speaker properNoun(AnnotatedArticle article, List<Entity> entities, Sentence s, int subject) {
        int lo = subject;
        int hi = subject;
        for (Dependency d : s.dependentsOf(subject)) {
            if (d.relation().equals("compound") || d.relation().startsWith("flat")) {
                lo = Math.min(lo, d.dependent());
                hi = Math.max(hi, d.dependent());
            }
        }
        TextSpan span = new TextSpan(s.tokens().get(lo).span().start(), s.tokens().get(hi).span().end());
        String key = NameKeys.of(span.of(article.text()));
        for (Entity e : entities) {
            String[] words = NameKeys.of(e.name()).split(" ");
            if (e.type() == EntityType.PERSON && (words[0].equals(key) || words[words.length - 1].equals(key)
                    || String.join(" ", words).equals(key))) {
                return new Speaker(e.id(), e.name(), e.role(), span);
            }
        }
        return new Speaker(null, NameKeys.stripPossessive(span.of(article.text())), null, span);
    }

    /** The first person or organisation named inside the subject's phrase ("an article published by Xinhua"). */
    private static Speaker nameWithin(AnnotatedArticle article, List<Entity> entities, Sentence s, int subject, int cue) {
        TextSpan phrase = s.subtreeSpan(subject, cue);
        Speaker best = null;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (phrase.contains(m.span()) && (best == null || m.span().start() < best.span().start())) {
                    best = speaker(article, e, m);
                }
            }
        }
        return best;
    }

    /** The person or organisation mention nearest to {@code offset} in the cue's sentence, outside the quote. */
    private static Speaker nearestName(AnnotatedArticle article, List<Entity> entities, Sentence s, int offset,
                                       QuotationSpans.Quotation q, boolean forwardOnly) {
        Speaker best = null;
        int bestDistance = MAX_NAME_DISTANCE + 1;
        TextSpan quoted = q.marks();
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (!s.span().contains(m.span()) || quoted.overlaps(m.span()) || forwardOnly && m.span().start() < offset) {
                    continue;
                }
                int distance = Math.abs(m.span().start() - offset);
                if (e.type() == EntityType.ORGANIZATION) {
                    distance += 10;
                }
                if (distance < bestDistance) {
                    best = speaker(article, e, m);
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    private static Speaker lastPersonBefore(AnnotatedArticle article, List<Entity> entities, TextSpan pronoun) {
        Entity best = null;
        int bestEnd = -1;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.span().end() <= pronoun.start() && m.span().end() > bestEnd) {
                    best = e;
                    bestEnd = m.span().end();
                }
            }
        }
        return best == null ? null : new Speaker(best.id(), best.name(), best.role(), pronoun);
    }

    private static Speaker speaker(AnnotatedArticle article, Entity e, Mention m) {
        String role = e.role();
        if (role == null) {
            Sentence s = article.sentenceContaining(m.span());
            TextSpan appos = s == null ? null : RolePhrases.of(s, m.span());
            role = appos == null ? null : appos.of(article.text());
        }
        return new Speaker(e.id(), e.name(), role, m.span());
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
