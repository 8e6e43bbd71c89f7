package org.dossier.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.model.Event;

/** Assertions on coded events shared by the coder's tests and the pipeline's. */
public final class EventChecks {

    private EventChecks() {
    }

    /** The one event of this PLOVER type; fails, listing all events, when there is none or more than one. */
    public static Event only(List<Event> events, String plover) {
        List<Event> of = events.stream().filter(e -> e.plover().equals(plover)).toList();
        assertEquals(1, of.size(), () -> plover + " events: " + events);
        return of.get(0);
    }
}
