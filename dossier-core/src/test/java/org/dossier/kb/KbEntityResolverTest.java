package org.dossier.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.MentionKind;
import org.dossier.model.NamedEntityMention;
import org.dossier.model.TextSpan;
import org.dossier.testing.Articles;
import org.junit.jupiter.api.Test;

class KbEntityResolverTest {

    private final KnowledgeBase kb = KbFixtures.small();
    private final KbEntityResolver resolver = new KbEntityResolver(kb);

    private static Entity named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + entities.stream().map(Entity::name).toList()));
    }

    private static List<String> mentionTexts(Entity e) {
        return e.mentions().stream().map(m -> m.text()).toList();
    }

    @Test
    void links_transliterated_and_case_damaged_names_to_canonical_entities() {
        AnnotatedArticle a = Articles.tokenized(
                "Wolodymyr Selenskyj spoke. The presence of XI offers a sign. Xi Jinping arrives in Moskau.",
                "Wolodymyr Selenskyj", "PERSON", "Xi Jinping", "PERSON", "Moskau", "PERSON");
        List<Entity> entities = resolver.resolve(a);
        Entity zelenskyy = named(entities, "Volodymyr Zelenskyy");
        assertEquals("UKR", zelenskyy.country());
        assertEquals("GOV", zelenskyy.sector());
        assertEquals("Volodymyr Zelenskyy", zelenskyy.wikipedia());
        assertEquals("President of Ukraine", zelenskyy.role());
        Entity xi = named(entities, "Xi Jinping");
        assertEquals(List.of("XI", "Xi Jinping"), mentionTexts(xi));
        Entity moscow = named(entities, "Moscow");
        assertEquals(EntityType.LOCATION, moscow.type());
        assertEquals("RUS", moscow.country());
    }

    @Test
    void a_name_ends_before_a_hyphen_that_runs_into_a_lowercase_word() {
        NamedEntityMention run = new NamedEntityMention(new TextSpan(4, 26), "United Nations-creates",
                "ORGANIZATION", 0.9);
        NamedEntityMention cut = KbEntityResolver.withoutLowercaseTail(run);
        assertEquals("United Nations", cut.text());
        assertEquals(18, cut.span().end());
        NamedEntityMention name = new NamedEntityMention(new TextSpan(0, 15), "Bashar al-Assad", "PERSON", 0.9);
        assertEquals(name, KbEntityResolver.withoutLowercaseTail(name));
    }

    @Test
    void a_roman_numeral_after_a_name_is_never_a_person() {
        AnnotatedArticle a = Articles.tokenized("Fans watched Super Bowl XI on Sunday.");
        assertTrue(resolver.resolve(a).isEmpty(), () -> resolver.resolve(a).toString());
    }

    @Test
    void a_description_joins_the_one_governing_person_of_its_country() {
        AnnotatedArticle a = Articles.tokenized("Xi Jinping flew in. The Chinese leader will meet Putin.",
                "Xi Jinping", "PERSON");
        Entity xi = named(resolver.resolve(a), "Xi Jinping");
        assertEquals(MentionKind.NOMINAL, xi.mentions().get(1).kind());
        assertEquals("The Chinese leader", xi.mentions().get(1).text());
    }

    @Test
    void a_preposition_joins_a_name_only_where_the_kb_has_that_name() {
        AnnotatedArticle a = Articles.tokenized("Vietnam's President to Lam is also expected.", "Vietnam", "LOCATION",
                "Lam", "PERSON");
        Entity lam = named(resolver.resolve(a), "Tô Lâm");
        assertEquals(List.of("to Lam"), mentionTexts(lam));
    }

    @Test
    void leftover_genitives_and_seats_of_power_link_to_places() {
        AnnotatedArticle a = Articles.tokenized("The rhetoric of Kremls was taken up. The Kremlin said so.",
                "Kremlin", "LOCATION");
        Entity kremlin = named(resolver.resolve(a), "Kremlin");
        assertEquals(List.of("Kremls", "Kremlin"), mentionTexts(kremlin));
        assertEquals("GOV", kremlin.sector());
    }

    @Test
    void an_organisation_named_inside_a_longer_ner_name_is_linked() {
        AnnotatedArticle a = Articles.tokenized("Troops of the Chinese People's Liberation Army marched.",
                "Chinese People's Liberation Army", "ORGANIZATION");
        Entity pla = named(resolver.resolve(a), "People's Liberation Army");
        assertEquals("MIL", pla.sector());
        assertEquals(List.of("Chinese People's Liberation Army"), mentionTexts(pla));
    }

    @Test
    void an_unknown_name_stays_unlinked_with_its_ner_type() {
        AnnotatedArticle a = Articles.tokenized("Tamás Matura said so.", "Tamás Matura", "PERSON");
        Entity matura = named(resolver.resolve(a), "Tamás Matura");
        assertEquals(EntityType.PERSON, matura.type());
        assertNull(matura.wikipedia());
        assertNull(matura.country());
    }

    @Test
    void an_unlinked_organisation_gets_its_title_from_the_anchor_index_but_a_person_does_not(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String dictionary = "Ithaca College\tIthaca_College\t0.98\nRebecca Falconer\tRebecca_Falconer_(actress)\t1.0\n";
        java.nio.file.Path out = dir.resolve("t.idx");
        WikiTitleIndex.build(new java.io.ByteArrayInputStream(dictionary.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                out, dir.resolve("tmp"));
        KbEntityResolver withTitles = new KbEntityResolver(kb, WikiTitleIndex.open(out));
        List<Entity> entities = withTitles.resolve(Articles.tokenized("Rebecca Falconer of Ithaca College said so.",
                "Rebecca Falconer", "PERSON", "Ithaca College", "ORGANIZATION"));
        assertEquals("Ithaca College", named(entities, "Ithaca College").wikipedia());
        assertNull(named(entities, "Rebecca Falconer").wikipedia());
    }

    @Test
    void gazetteer_and_ner_names_merge_longest_first() {
        NamedEntityMention ner = new NamedEntityMention(new TextSpan(0, 6), "Moskau", "PERSON", 0.6);
        NamedEntityMention gaz = new NamedEntityMention(new TextSpan(0, 6), "Moskau", "LOCATION", 0.9);
        assertEquals("LOCATION", KbEntityResolver.merge(List.of(ner), List.of(gaz)).get(0).type());
        NamedEntityMention confident = new NamedEntityMention(new TextSpan(0, 6), "Hamilton", "PERSON", 0.95);
        assertEquals("PERSON", KbEntityResolver.merge(List.of(confident), List.of(gaz)).get(0).type());
    }
}
