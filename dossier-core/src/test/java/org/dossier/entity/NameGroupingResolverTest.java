package org.dossier.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.testing.Articles;
import org.junit.jupiter.api.Test;

class NameGroupingResolverTest {

    private final NameGroupingResolver resolver = new NameGroupingResolver();

    private static Entity named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + entities.stream().map(Entity::name).toList()));
    }

    @Test
    void groups_case_damaged_and_partial_forms_of_one_person() {
        String text = "XI Jinping arrived. Xi Jinping met Putin. Later Jinping left; Putin's aides stayed.";
        List<Entity> entities = resolver.resolve(Articles.withNames(text,
                "XI Jinping", "PERSON", "Xi Jinping", "PERSON", "Jinping", "PERSON", "Putin", "PERSON"));
        assertEquals(2, entities.size(), entities::toString);
        Entity xi = named(entities, "Xi Jinping");
        assertEquals(3, xi.mentions().size());
        assertEquals("E1", xi.id());
        assertEquals(EntityType.PERSON, xi.type());
        assertEquals(2, named(entities, "Putin").mentions().size());
    }

    @Test
    void a_surname_joins_the_full_name_mentioned_before() {
        String text = "said Tamás Matura, a fellow. Matura added that Europe watches.";
        List<Entity> entities = resolver.resolve(Articles.withNames(text, "Tamás Matura", "PERSON", "Matura", "PERSON",
                "Europe", "LOCATION"));
        assertEquals(2, named(entities, "Tamás Matura").mentions().size());
    }

    @Test
    void an_ambiguous_surname_stays_apart() {
        String text = "Ed Miliband and David Miliband spoke. Miliband left.";
        List<Entity> entities = resolver.resolve(Articles.withNames(text, "Ed Miliband", "PERSON",
                "David Miliband", "PERSON", "Miliband", "PERSON"));
        assertEquals(3, entities.size(), entities::toString);
    }

    @Test
    void a_leftover_genitive_s_joins_the_place() {
        String text = "Beijing said no. At the expense of Beijings, Moscow gained.";
        List<Entity> entities = resolver.resolve(Articles.withNames(text, "Beijings", "LOCATION", "Beijing", "LOCATION",
                "Moscow", "LOCATION"));
        assertEquals(2, named(entities, "Beijing").mentions().size());
    }

    @Test
    void lower_cased_and_upper_cased_forms_join_the_proper_form() {
        String text = "china and the USA. China trades. CHINA answers.";
        List<Entity> entities = resolver.resolve(Articles.withNames(text, "china", "LOCATION", "China", "LOCATION",
                "CHINA", "LOCATION", "USA", "LOCATION"));
        assertEquals("China", named(entities, "China").name());
        assertEquals(3, named(entities, "China").mentions().size());
    }

    @Test
    void a_title_before_the_name_is_the_role_when_there_is_no_apposition() {
        String text = "U.S. District Judge Gray Miller ruled on Friday.";
        org.dossier.model.AnnotatedArticle a = Articles.tokenized(text, "Gray Miller", "PERSON");
        assertEquals("U.S. District Judge", named(resolver.resolve(a), "Gray Miller").role());
    }

    @Test
    void a_possessive_or_a_name_right_before_is_not_a_title() {
        String text = "BBC's Jonathan Marcus said so.";
        org.dossier.model.AnnotatedArticle a = Articles.tokenized(text, "Jonathan Marcus", "PERSON", "BBC", "ORGANIZATION");
        assertEquals(null, named(resolver.resolve(a), "Jonathan Marcus").role());
        String dated = "On Tuesday Donald Trump spoke.";
        assertEquals(null, named(resolver.resolve(Articles.tokenized(dated, "Donald Trump", "PERSON")), "Donald Trump").role());
    }
}
