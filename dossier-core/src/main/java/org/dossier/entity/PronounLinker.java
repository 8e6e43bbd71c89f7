package org.dossier.entity;

import org.dossier.model.QuotationMarks;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Dependency;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.MentionKind;
import org.dossier.model.Sentence;
import org.dossier.model.TextSpan;
import org.dossier.model.Token;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Adds "he" and "she" as pronoun mentions where that is cheap and reliable: the pronoun's sentence names no
 * person and opens no quotation before it, and the sentence before names exactly one person; and "him"/"her" as
 * objects where only one person other than their clause's subject can be meant (see objectAntecedent). Anything less
 * certain is left alone (measured on Wikinews: 22 of 25 right before the quotation rule; see docs/EVALUATION.md).
 * Stateless.
 */
public final class PronounLinker {

    private static final Set<String> PRONOUNS = Set.of("he", "she");
    /** Object pronouns, linked by {@link #objectAntecedent}. */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her");
    /** Subjects of first- and second-person speech. */
    private static final Set<String> SPEAKERS = Set.of("i", "we", "you");

    private PronounLinker() {
    }

    /** The entities with the pronoun mentions that refer to them added. */
    public static List<Entity> attach(AnnotatedArticle article, List<Entity> entities) {
        Map<Entity, List<Mention>> extra = new IdentityHashMap<>();
        List<Sentence> sentences = article.sentences();
        for (int i = 1; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            for (Token t : s.tokens()) {
                if (!PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT)) || !t.pos().startsWith("PRP")) {
                    continue;
                }
                TextSpan before = new TextSpan(s.span().start(), t.span().start());
                // after a quotation mark opens, "he" is in someone's quoted speech
                if (!persons(entities, before).isEmpty() || QuotationMarks.in(before.of(article.text()))) {
                    break;
                }
                List<Entity> previous = persons(entities, sentences.get(i - 1).span());
                if (previous.size() == 1) {
                    extra.computeIfAbsent(previous.get(0), k -> new ArrayList<>())
                            .add(new Mention(t.span(), t.span().of(article.text()), MentionKind.PRONOUN));
                }
                break;
            }
        }
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            for (int k = 0; k < s.tokens().size(); k++) {
                Token t = s.tokens().get(k);
                if (!OBJECT_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT)) || !t.pos().equals("PRP")) {
                    continue;
                }
                Entity antecedent = objectAntecedent(article, entities, i, k);
                if (antecedent != null) {
                    extra.computeIfAbsent(antecedent, x -> new ArrayList<>())
                            .add(new Mention(t.span(), t.span().of(article.text()), MentionKind.PRONOUN));
                }
            }
        }
        return ExtraMentions.addTo(entities, extra);
    }

    /**
     * The one person "him"/"her" (token {@code k} of sentence {@code i}) can stand for, or null: never the named
     * subject of its own clause (who "shot him" is not him); of the people named before it in its sentence, the
     * only other one ("Trump lashed out at Muriel Bowser, accusing her"); else, when the clause's subject is a named
     * person and nobody else is named before it, the one other person the sentence before names ("Sirhan shot him").
     * Never inside quoted speech.
     */
    private static Entity objectAntecedent(AnnotatedArticle article, List<Entity> entities, int i, int k) {
        Sentence s = article.sentences().get(i);
        TextSpan before = new TextSpan(s.span().start(), s.tokens().get(k).span().start());
        int subject = clauseSubject(s, k);
        if (QuotationMarks.in(before.of(article.text())) || subject >= 0
                && SPEAKERS.contains(s.tokens().get(subject).word().toLowerCase(Locale.ROOT))) {
            return null; // quoted or first-person speech ("the more I got to know him"): someone else is meant
        }
        // the subject's whole phrase: "Day's son, Terry Melcher, predeceased her" is neither of them
        List<Entity> own = subject < 0 ? List.of() : persons(entities, s.subtreeSpan(subject, -1));
        List<Entity> others = persons(entities, before);
        others.removeAll(own);
        if (others.size() == 1) {
            return others.get(0);
        }
        if (!others.isEmpty() || own.isEmpty() || i == 0) {
            return null;
        }
        List<Entity> previous = persons(entities, article.sentences().get(i - 1).span());
        previous.removeAll(own);
        return previous.size() == 1 ? previous.get(0) : null;
    }

    /**
     * The subject of the nearest clause over token {@code k} that has one, or -1; for an open clause, the object
     * that controls it ("paid Joe Shapiro to take the SAT for him": Shapiro takes it).
     */
    private static int clauseSubject(Sentence s, int k) {
        for (Dependency up = s.governorOf(k); up != null; up = s.governorOf(up.governor())) {
            for (String relation : new String[] {"nsubj", "nsubj:pass"}) {
                int subject = s.dependent(up.governor(), relation);
                if (subject >= 0) {
                    return subject;
                }
            }
            Dependency open = s.governorOf(up.governor());
            if (open != null && open.relation().equals("xcomp") && s.dependent(open.governor(), "obj") >= 0) {
                return s.dependent(open.governor(), "obj");
            }
        }
        return -1;
    }

    /** The distinct person entities with a name or description inside {@code span}. */
    private static List<Entity> persons(List<Entity> entities, TextSpan span) {
        List<Entity> found = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.PERSON && e.mentions().stream()
                    .anyMatch(m -> m.kind() != MentionKind.PRONOUN && span.contains(m.span()))) {
                found.add(e);
            }
        }
        return found;
    }
}
