package org.dossier.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActorResolverTest {

    private final ActorResolver resolver = new ActorResolver(KbFixtures.small());

    @Test
    void a_known_name_resolves_with_the_position_at_the_date() {
        ResolvedActor p = resolver.resolve("Wladimir Putin", LocalDate.of(2010, 3, 1), null);
        assertEquals("Vladimir Putin", p.wikipedia());
        assertEquals("Prime Minister of Russia", p.role());
        assertEquals("RUS", p.country());
        assertEquals("President of Russia", resolver.resolve("Putin", LocalDate.of(2025, 5, 7), null).role());
    }

    @Test
    void a_title_before_a_known_name_is_skipped() {
        ResolvedActor z = resolver.resolve("Ukrainian President Volodymyr Zelenskyy", null, null);
        assertEquals("Volodymyr Zelenskyy", z.wikipedia());
    }

    @Test
    void a_demonym_and_an_agent_word_give_country_and_sector() {
        ResolvedActor planes = resolver.resolve("two Chinese warplanes", null, null);
        assertEquals("CHN", planes.country());
        assertEquals("MIL", planes.sector());
        ResolvedActor ministry = resolver.resolve("Chile's Defense Ministry", null, null);
        assertEquals("CHL", ministry.country());
        assertEquals("GOV", ministry.sector());
    }

    @Test
    void the_context_gives_the_country_when_the_phrase_has_none() {
        ResolvedActor soldier = resolver.resolve("soldiers", null, "Russian");
        assertEquals("RUS", soldier.country());
        assertEquals("MIL", soldier.sector());
    }

    @Test
    void a_title_in_the_phrase_names_the_office_the_date_would_have_ended() {
        ResolvedActor titled = resolver.resolve("Prime Minister Tony Blair", LocalDate.of(2015, 1, 1), null);
        assertEquals("GOV", titled.sector());
        assertEquals("Prime Minister of the United Kingdom", titled.role());
        assertEquals("ELI", resolver.resolve("Tony Blair", LocalDate.of(2015, 1, 1), null).sector());
        assertEquals("ELI", resolver.resolve("former Prime Minister Tony Blair", LocalDate.of(2015, 1, 1), null).sector(),
                "a former office stays former");
    }

    @Test
    void an_ethnic_group_is_not_the_state_of_its_name() {
        ResolvedActor people = resolver.resolve("ethnic Russians", null, null);
        assertNull(people.country(), "a people, not Russia");
        assertEquals("CVL", people.sector(), "an ethnic people is a civilian actor");
        assertEquals("MIL", resolver.resolve("ethnic Russian soldiers", null, null).sector());
        assertNull(resolver.resolve("ethnic Russian soldiers", null, null).country());
    }

    @Test
    void a_demonym_misspelled_by_one_letter_still_gives_the_country() {
        assertEquals("RUS", resolver.resolve("Russains", null, null).country());
        assertEquals("CHN", resolver.resolve("angry Chinnese", null, null).country());
        assertNull(resolver.resolve("Ruissans", null, null), "two letters off is not guessed");
        assertNull(resolver.resolve("Russ", null, null), "short words are not guessed");
    }

    @Test
    void one_edit_means_one_letter_added_dropped_changed_or_swapped() {
        assertEquals(true, KnowledgeBase.withinOneEdit("kazahks", "kazakhs"));
        assertEquals(true, KnowledgeBase.withinOneEdit("kazaks", "kazakhs"));
        assertEquals(true, KnowledgeBase.withinOneEdit("kazakhz", "kazakhs"));
        assertEquals(true, KnowledgeBase.withinOneEdit("kazakhs", "kazakhs"));
        assertEquals(false, KnowledgeBase.withinOneEdit("kzahks", "kazakhs"));
    }

    @Test
    void an_unknown_name_resolves_to_nothing() {
        assertNull(resolver.resolve("Sayma Syrenius Cephus", null, null));
        assertNull(resolver.resolve("a cat named Frank who recently obtained a ball of string", null, null));
    }
    @Test
    void a_place_named_the_x_is_not_found_inside_a_longer_name() {
        ActorResolver shipped = new ActorResolver(KnowledgeBase.load(java.util.List.of()));
        ResolvedActor police = shipped.resolve("Thames Valley Police", null, null);
        assertNull(police.country(), "not in The Valley, Anguilla");
        assertEquals("COP", police.sector());
        assertEquals("AIA", shipped.resolve("police in the Valley", null, null).country());
        assertEquals("NLD", shipped.resolve("police in the Hague", null, null).country());
    }
}
