package org.dossier.model;

import java.util.Objects;

/** A source, target or location of an event: the entity id (nullable), the name, and actor codes (nullable). */
public record EventActor(String entityId, String name, String actor, String country, String sector) {

    public EventActor {
        Objects.requireNonNull(name, "name");
    }
}
