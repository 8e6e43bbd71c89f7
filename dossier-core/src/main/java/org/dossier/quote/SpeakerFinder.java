package org.dossier.quote;

import org.dossier.entity.NameKeys;
import org.dossier.entity.RolePhrases;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Dependency;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Sentence;
import org.dossier.model.Speaker;
import org.dossier.model.TextSpan;
import org.dossier.model.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the token that names a speaker into a {@link Speaker}: the entity whose mention covers it (pronoun
 * mentions included), a person or organisation named inside the subject's phrase ("an article published by
 * Xinhua"), a proper noun the NER missed, "he"/"she" as the last person named outside quotations before the
 * quotation, else the phrase as written ("officials", "they") without an entity. Roles come from the entity or
 * an apposition. One instance per article.
 */
final class SpeakerFinder {

    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "his", "her");
    private static final int MAX_PHRASE_TOKENS = 8;
    private static final int MAX_NAME_DISTANCE = 60;
    /** Two to four capitalised words: a signature's name the NER did not tag. */
    private static final java.util.regex.Pattern SIGNED_NAME =
            java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?:[ \\u00a0]+\\p{Lu}[\\p{L}.'’-]*){1,3}");

    private final AnnotatedArticle article;
    private final List<Entity> entities;
    private final List<QuotationSpans.Quotation> quotations;

    SpeakerFinder(AnnotatedArticle article, List<Entity> entities, List<QuotationSpans.Quotation> quotations) {
        this.article = article;
        this.entities = entities;
        this.quotations = quotations;
    }

    /** The speaker named by token {@code subject} of {@code s} for words starting at {@code quoteStart}, or null. */
    Speaker ofToken(Sentence s, int subject, int cue, int quoteStart) {
        if (subject < 0) {
            return null;
        }
        Token token = s.tokens().get(subject);
        Speaker named = atSpan(token.span());
        if (named != null) {
            return named;
        }
        if (token.pos().startsWith("PRP")) {
            if (PERSONAL_PRONOUNS.contains(token.word().toLowerCase(Locale.ROOT))) {
                Speaker antecedent = lastPersonBefore(Math.min(quoteStart, token.span().start()), token.span());
                if (antecedent != null) {
                    return antecedent;
                }
            }
            return new Speaker(null, token.word(), null, token.span());
        }
        named = nameWithin(s, subject, cue);
        if (named == null && token.pos().startsWith("NNP")) {
            named = properNoun(s, subject);
        }
        return named != null ? named : phrase(s, subject, cue);
    }

    /**
     * The person or organisation mention nearest to the cue token {@code cue} at {@code offset}, outside
     * {@code quoted}; for a participle cue with none near ("Clinton told …, saying that “…”"), the sentence's first
     * one before it — the subject the participle leaves out.
     */
    Speaker nameNearCue(Sentence s, int cue, int offset, TextSpan quoted) {
        Speaker near = nearestName(s, offset, quoted);
        return near != null || cue < 0 || !s.tokens().get(cue).pos().equals("VBG") ? near : firstNameBefore(s, offset);
    }

    /** The person or organisation mention nearest to {@code offset} in {@code s}, outside {@code quoted}. */
    private Speaker nearestName(Sentence s, int offset, TextSpan quoted) {
        Speaker best = null;
        int bestDistance = MAX_NAME_DISTANCE + 1;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (!s.span().contains(m.span()) || quoted.overlaps(m.span())) {
                    continue;
                }
                int distance = Math.abs(m.span().start() - offset) + (e.type() == EntityType.ORGANIZATION ? 10 : 0);
                if (distance < bestDistance) {
                    best = speaker(e, m);
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** The first person or organisation mention of {@code s} before {@code offset}. */
    private Speaker firstNameBefore(Sentence s, int offset) {
        Speaker first = null;
        int at = offset;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (s.span().contains(m.span()) && m.span().start() < at) {
                    first = speaker(e, m);
                    at = m.span().start();
                }
            }
        }
        return first;
    }

    /** A quotation signed after its closing mark with a dash and a name, on the same line. */
    record Signature(TextSpan dash, Speaker speaker) {
    }

    /**
     * The signature after a quotation ("“… our greatest shame.” ― Sonya Herridge"): a dash, then a person or
     * organisation mention, else two to four capitalised words, before the line ends; null without one.
     */
    Signature signedAfter(TextSpan marks) {
        String text = article.text();
        int i = afterBlanks(text, marks.end());
        if (i >= text.length() || "―—–".indexOf(text.charAt(i)) < 0) {
            return null;
        }
        TextSpan dash = new TextSpan(i, i + 1);
        int nameStart = afterBlanks(text, i + 1);
        int lineEnd = text.indexOf('\n', nameStart);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.span().start() == nameStart && m.span().end() <= lineEnd) {
                    return new Signature(dash, speaker(e, m));
                }
            }
        }
        java.util.regex.Matcher name = SIGNED_NAME.matcher(text).region(nameStart, lineEnd);
        if (name.lookingAt()) {
            TextSpan span = new TextSpan(nameStart, name.end());
            return new Signature(dash, new Speaker(null, span.of(text), null, span));
        }
        return null;
    }

    /** The first offset from {@code i} that is not a space or a no-break space. */
    private static int afterBlanks(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
            i++;
        }
        return i;
    }

    /** The speaker whose mention covers {@code span} or lies inside it, or null. */
    private Speaker atSpan(TextSpan span) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.span().contains(span) || span.contains(m.span())) {
                    return speaker(e, m);
                }
            }
        }
        return null;
    }

    /** A proper-noun subject the NER missed ("said Xi"): the person it names in part, else the name as written. */
    private Speaker properNoun(Sentence s, int subject) {
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
    private Speaker nameWithin(Sentence s, int subject, int cue) {
        TextSpan phrase = s.subtreeSpan(subject, cue);
        Speaker best = null;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (phrase.contains(m.span()) && (best == null || m.span().start() < best.span().start())) {
                    best = speaker(e, m);
                }
            }
        }
        return best;
    }

    /** The subject's words up to its head ("the state news agency", "officials"), without an entity. */
    private Speaker phrase(Sentence s, int subject, int cue) {
        TextSpan whole = s.subtreeSpan(subject, cue);
        int lo = s.tokenAt(whole.start());
        lo = Math.max(lo, subject - MAX_PHRASE_TOKENS + 1);
        TextSpan span = s.trimmed(new TextSpan(s.tokens().get(lo).span().start(),
                s.tokens().get(subject).span().end()));
        if (span == null) {
            span = s.tokens().get(subject).span();
        }
        return new Speaker(null, span.of(article.text()), null, span);
    }

    /** The last person named before {@code offset} outside quotation marks, speaking through {@code pronoun}. */
    private Speaker lastPersonBefore(int offset, TextSpan pronoun) {
        Entity best = null;
        int bestEnd = -1;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.span().end() <= offset && m.span().end() > bestEnd
                        && !ReportedSpeech.insideQuotation(quotations, m.span())) {
                    best = e;
                    bestEnd = m.span().end();
                }
            }
        }
        return best == null ? null : new Speaker(best.id(), best.name(), best.role(), pronoun);
    }

    private Speaker speaker(Entity e, Mention m) {
        String role = e.role();
        if (role == null) {
            Sentence s = article.sentenceContaining(m.span());
            TextSpan appos = s == null ? null : RolePhrases.of(s, m.span());
            role = appos == null ? null : appos.of(article.text());
        }
        return new Speaker(e.id(), e.name(), role, m.span());
    }
}
