package org.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world entity of an article with all its mentions. {@code wikipedia}, {@code country},
 * {@code sector} and {@code role} are null until something links them; {@code roleEvidence} is the span the
 * role was read from (null when the role comes from the knowledge base or is unknown).
 */
public record Entity(String id, String name, EntityType type, String wikipedia, String country, String sector,
                     String role, TextSpan roleEvidence, double confidence, List<Mention> mentions) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("entity " + id + " has no mention");
        }
    }

    public Entity withId(String newId) {
        return new Entity(newId, name, type, wikipedia, country, sector, role, roleEvidence, confidence, mentions);
    }

    public Entity withMentions(List<Mention> newMentions) {
        return new Entity(id, name, type, wikipedia, country, sector, role, roleEvidence, confidence, newMentions);
    }

    /** This entity with {@code more} mentions added, all in text order. */
    public Entity withMoreMentions(List<Mention> more) {
        List<Mention> all = new java.util.ArrayList<>(mentions);
        all.addAll(more);
        all.sort(java.util.Comparator.comparing(Mention::span));
        return withMentions(all);
    }

    public Entity withWikipedia(String title) {
        return new Entity(id, name, type, title, country, sector, role, roleEvidence, confidence, mentions);
    }

    /** The organisations of {@code entities} named inside this entity's role phrase ("Yun Sun" → Stimson Center). */
    public List<String> affiliations(List<Entity> entities) {
        if (roleEvidence == null) {
            return List.of();
        }
        List<String> ids = new java.util.ArrayList<>();
        for (Entity e : entities) {
            if (e != this && e.type() == EntityType.ORGANIZATION
                    && e.mentions().stream().anyMatch(m -> roleEvidence.contains(m.span()))) {
                ids.add(e.id());
            }
        }
        return ids;
    }
}
