package org.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world entity of an article with all its mentions. {@code wikipedia}, {@code country},
 * {@code sector} and {@code role} are null until something links them.
 */
public record Entity(String id, String name, EntityType type, String wikipedia, String country, String sector,
                     String role, double confidence, List<Mention> mentions) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("entity " + id + " has no mention");
        }
    }
}
