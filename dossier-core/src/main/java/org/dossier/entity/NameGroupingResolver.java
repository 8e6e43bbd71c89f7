package org.dossier.entity;

import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.MentionKind;
import org.dossier.model.NamedEntityMention;
import org.dossier.model.Sentence;
import org.dossier.model.TextSpan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups NER names within one article: the same name in any case, accents or possessive form; a person's
 * surname or given name alone after the full name ("Matura" → "Tamás Matura"); a leftover genitive "s"
 * ("Beijings" → "Beijing"). The role is the first apposition found, else a title before the name. No
 * knowledge base; stateless.
 */
public final class NameGroupingResolver implements EntityResolver {

    @Override
    public List<Entity> resolve(AnnotatedArticle article) {
        return group(article, article.names());
    }

    /** Groups the given names of {@code article} (NER's, or NER's merged with others) into entities. */
    public List<Entity> group(AnnotatedArticle article, List<NamedEntityMention> mentions) {
        List<NamedEntityMention> names = new ArrayList<>(mentions);
        names.sort(Comparator.comparingInt((NamedEntityMention m) -> -NameKeys.of(m.text()).length())
                .thenComparingInt(m -> m.span().start()));
        Map<String, Group> byKey = new LinkedHashMap<>();
        List<Group> groups = new ArrayList<>();
        for (NamedEntityMention m : names) {
            String key = NameKeys.of(m.text());
            if (key.isEmpty()) {
                continue;
            }
            Group g = byKey.get(key);
            if (g == null) {
                g = partOfPersonName(key, m.type(), groups);
            }
            if (g == null) {
                g = new Group();
                groups.add(g);
            }
            byKey.putIfAbsent(key, g);
            g.add(m);
        }
        mergeGenitives(byKey, groups);
        groups.sort(Comparator.comparingInt(Group::firstOffset));
        List<Entity> entities = new ArrayList<>(groups.size());
        for (Group g : groups) {
            entities.add(g.toEntity("E" + (entities.size() + 1), article));
        }
        return entities;
    }

    /** Folds "Beijings" into "Beijing" (whose name stays): a group named like another plus a leftover genitive "s". */
    private static void mergeGenitives(Map<String, Group> byKey, List<Group> groups) {
        for (Group g : new ArrayList<>(groups)) {
            String key = g.longestKey;
            Group base = key.endsWith("s") && key.length() > 4 ? byKey.get(key.substring(0, key.length() - 1)) : null;
            if (base != null && base != g && base.type() == g.type()) {
                base.mentions.addAll(g.mentions);
                groups.remove(g);
            }
        }
    }

    /** A multi-word person group whose first or last word is {@code key}, when exactly one such group exists. */
    private static Group partOfPersonName(String key, String type, List<Group> groups) {
        if (key.indexOf(' ') >= 0 || !(type.equals("PERSON") || type.equals("MISC"))) {
            return null;
        }
        Group found = null;
        for (Group g : groups) {
            if (g.type() != EntityType.PERSON) {
                continue;
            }
            String[] words = g.longestKey.split(" ");
            if (words.length > 1 && (words[words.length - 1].equals(key) || words[0].equals(key))) {
                if (found != null && found != g) {
                    return null;
                }
                found = g;
            }
        }
        return found;
    }

    /** The mentions of one entity being collected. */
    private static final class Group {
        private final List<NamedEntityMention> mentions = new ArrayList<>();
        private String longestKey = "";

        void add(NamedEntityMention m) {
            mentions.add(m);
            String key = NameKeys.of(m.text());
            if (key.length() > longestKey.length()) {
                longestKey = key;
            }
        }

        int firstOffset() {
            return mentions.stream().mapToInt(m -> m.span().start()).min().orElse(0);
        }

        /** The type most of the confidence mass says. */
        EntityType type() {
            Map<EntityType, Double> votes = new EnumMap<>(EntityType.class);
            for (NamedEntityMention m : mentions) {
                votes.merge(EntityType.fromNer(m.type()), m.confidence(), Double::sum);
            }
            return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse(EntityType.MISC);
        }

        /** The canonical name: the longest form, preferring one not written in capitals, possessive stripped. */
        String name() {
            Map<String, Integer> counts = new HashMap<>();
            for (NamedEntityMention m : mentions) {
                if (NameKeys.of(m.text()).equals(longestKey)) {
                    counts.merge(NameKeys.stripPossessive(m.text().strip()), 1, Integer::sum);
                }
            }
            return counts.entrySet().stream()
                    .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> capitalsPenalty(e.getKey()))
                            .thenComparingInt(Map.Entry::getValue))
                    .map(Map.Entry::getKey).orElseThrow();
        }

        private static int capitalsPenalty(String s) {
            int upperRuns = 0;
            for (String w : s.split("\\s+")) {
                if (w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT)) && w.chars().anyMatch(Character::isLetter)) {
                    upperRuns++;
                }
                if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                    upperRuns++;
                }
            }
            return -upperRuns;
        }

        Entity toEntity(String id, AnnotatedArticle article) {
            List<NamedEntityMention> ordered = new ArrayList<>(mentions);
            ordered.sort(Comparator.comparing(NamedEntityMention::span));
            List<Mention> out = new ArrayList<>(ordered.size());
            double miss = 1.0;
            for (NamedEntityMention m : ordered) {
                out.add(new Mention(m.span(), m.text(), MentionKind.NAME));
                miss *= 1.0 - m.confidence();
            }
            double confidence = Math.round(Math.min(0.99, 1.0 - miss) * 100) / 100.0;
            EntityType type = type();
            TextSpan role = type == EntityType.PERSON ? role(ordered, article) : null;
            return new Entity(id, name(), type, null, null, null, role == null ? null : role.of(article.text()), role,
                    confidence, out);
        }

        /** The span of the first apposition of any mention, else of the first title before a mention, else null. */
        private static TextSpan role(List<NamedEntityMention> ordered, AnnotatedArticle article) {
            TextSpan title = null;
            for (NamedEntityMention m : ordered) {
                Sentence s = article.sentenceContaining(m.span());
                if (s != null) {
                    TextSpan appos = RolePhrases.of(s, m.span());
                    if (appos != null) {
                        return appos;
                    }
                    if (title == null) {
                        title = RolePhrases.titleBefore(s, m.span());
                    }
                }
            }
            return title;
        }
    }
}
