package org.dossier.entity;

import org.dossier.model.QuotationMarks;
import org.dossier.model.AnnotatedArticle;
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
 * person and opens no quotation before it, and the sentence before names exactly one person. Anything less
 * certain is left alone (measured on Wikinews: 22 of 25 right before the quotation rule; see docs/EVALUATION.md).
 * Stateless.
 */
public final class PronounLinker {

    private static final Set<String> PRONOUNS = Set.of("he", "she");

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
        return ExtraMentions.addTo(entities, extra);
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
