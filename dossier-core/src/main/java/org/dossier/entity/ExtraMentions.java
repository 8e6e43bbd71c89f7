package org.dossier.entity;

import org.dossier.model.Entity;
import org.dossier.model.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Adds mentions found by a later pass (descriptions, pronouns) to the entities they belong to. Stateless. */
public final class ExtraMentions {

    private ExtraMentions() {
    }

    /** {@code entities} in the same order, each with its {@code extra} mentions (keyed by identity) added. */
    public static List<Entity> addTo(List<Entity> entities, Map<Entity, List<Mention>> extra) {
        if (extra.isEmpty()) {
            return entities;
        }
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            List<Mention> add = extra.get(e);
            out.add(add == null ? e : e.withMoreMentions(add));
        }
        return out;
    }
}
