package org.dossier.kb;

import org.dossier.model.EntityType;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** One real-world thing the knowledge base knows: canonical name, type, Wikipedia title, names, and positions over time. */
public record KbEntity(String name, EntityType type, String wikipedia, List<String> aliases, List<KbPosition> positions) {

    public KbEntity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        positions = List.copyOf(positions);
        if (positions.isEmpty()) {
            throw new IllegalArgumentException(name + " has no position");
        }
    }

    /**
     * The position at {@code date} (null: today): a dated one covering it (the latest-starting), else the undated
     * default (an elite, "former" one only once a dated position has ended), else, for a person whose last position
     * ended before {@code date} was in government, an elite position ("former …") in its country, also between terms.
     */
    public KbPosition at(LocalDate date) {
        if (date == null) {
            return at(LocalDate.now());
        }
        KbPosition lastEnded = positions.stream().filter(p -> p.end() != null && p.end().isBefore(date))
                .max(Comparator.comparing(KbPosition::end)).orElse(null);
        boolean formerYet = lastEnded != null || positions.stream().noneMatch(KbPosition::isDated);
        KbPosition undated = positions.stream().filter(p -> !p.isDated())
                .filter(p -> formerYet || !"ELI".equals(p.sector())).findFirst().orElse(null);
        KbPosition covering = positions.stream().filter(p -> p.isDated() && p.covers(date))
                .max(Comparator.comparing(p -> p.start() == null ? LocalDate.MIN : p.start())).orElse(null);
        if (covering != null) {
            return covering;
        }
        if (undated != null) {
            return undated;
        }
        if (type == EntityType.PERSON && lastEnded != null && "GOV".equals(lastEnded.sector())) {
            return new KbPosition(lastEnded.country(), "ELI", "former " + lastEnded.role(), null, null,
                    lastEnded.source());
        }
        KbPosition last = latest();
        return new KbPosition(last.country(), type == EntityType.PERSON ? null : last.sector(), null, null, null,
                last.source());
    }

    private KbPosition latest() {
        return positions.stream().max(Comparator.comparing(p -> p.start() == null ? LocalDate.MIN : p.start()))
                .orElseThrow();
    }
}
