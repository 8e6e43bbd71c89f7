package org.dossier.kb;

import org.dossier.model.EntityType;

/**
 * What a standalone actor name resolves to: canonical name, type, Wikipedia title, country, sector (nullable
 * each) and the rule that decided it (which KB line or which pattern).
 */
public record ResolvedActor(String name, EntityType type, String wikipedia, String country, String sector,
                            String role, String rule) {
}
