package org.dossier.model;

/** The kind of real-world thing an entity is. */
public enum EntityType {
    PERSON, ORGANIZATION, COUNTRY, LOCATION, MISC;

    /** Maps a coarse NER label to a type; unknown labels become MISC. */
    public static EntityType fromNer(String label) {
        return switch (label) {
            case "PERSON" -> PERSON;
            case "ORGANIZATION" -> ORGANIZATION;
            case "COUNTRY" -> COUNTRY;
            case "LOCATION", "CITY", "STATE_OR_PROVINCE" -> LOCATION;
            default -> MISC;
        };
    }
}
