package org.dossier.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Entity;
import org.dossier.model.MentionKind;
import org.dossier.model.Sentence;
import org.dossier.model.Token;
import org.dossier.testing.Articles;
import org.junit.jupiter.api.Test;

class PronounLinkerTest {

    /** The tokenised article with "He"/"he"/"She" tagged as pronouns, as a tagger would. */
    private static AnnotatedArticle article(String text, String... names) {
        AnnotatedArticle a = Articles.tokenized(text, names);
        List<Sentence> sentences = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            List<Token> tokens = new ArrayList<>();
            for (Token t : s.tokens()) {
                boolean pronoun = t.word().equalsIgnoreCase("he") || t.word().equalsIgnoreCase("she");
                tokens.add(pronoun ? new Token(t.span(), t.word(), "PRP", t.lemma(), "O") : t);
            }
            sentences.add(new Sentence(s.span(), tokens, List.of()));
        }
        return new AnnotatedArticle(a.article(), sentences, a.names(), List.of(), List.of());
    }

    private static List<Entity> resolve(AnnotatedArticle a) {
        return PronounLinker.attach(a, new NameGroupingResolver().resolve(a));
    }

    @Test
    void links_he_to_the_one_person_of_the_sentence_before() {
        List<Entity> entities = resolve(article("Putin spoke in Moscow. He said the war goes on.", "Putin", "PERSON",
                "Moscow", "LOCATION"));
        Entity putin = entities.get(0);
        assertEquals(MentionKind.PRONOUN, putin.mentions().get(1).kind());
        assertEquals("He", putin.mentions().get(1).text());
    }

    @Test
    void leaves_the_pronoun_alone_when_two_people_could_be_meant() {
        List<Entity> entities = resolve(article("Putin met Xi Jinping. He said little.", "Putin", "PERSON",
                "Xi Jinping", "PERSON"));
        entities.forEach(e -> assertEquals(1, e.mentions().size(), e.toString()));
    }

    @Test
    void leaves_the_pronoun_alone_when_its_own_sentence_names_a_person_first() {
        List<Entity> entities = resolve(article("Putin spoke. Then Lavrov said he agreed.", "Putin", "PERSON",
                "Lavrov", "PERSON"));
        entities.forEach(e -> assertEquals(1, e.mentions().size(), e.toString()));
    }

    @Test
    void leaves_a_pronoun_inside_quoted_speech_alone() {
        List<Entity> entities = resolve(article("Goel spoke. \"He was an excellent politician\", a colleague said.",
                "Goel", "PERSON"));
        assertEquals(1, entities.get(0).mentions().size());
    }
    @Test
    void an_object_pronoun_is_the_one_other_person_not_its_clause_subject() {
        AnnotatedArticle a = org.dossier.testing.Parsed.sentence(List.of("Trump NNP - nsubj 1",
                "criticised VBD criticise root -1", "Bowser NNP - obj 1", ", , - punct 1", "accusing VBG accuse advcl 1",
                "her PRP - obj 4", ". . - punct 1"), "Trump", "PERSON", "Bowser", "PERSON");
        List<Entity> entities = resolve(a);
        Entity bowser = entities.stream().filter(e -> e.name().equals("Bowser")).findFirst().orElseThrow();
        assertEquals(2, bowser.mentions().size(), bowser.toString());
        assertEquals("her", bowser.mentions().get(1).text());
        Entity trump = entities.stream().filter(e -> e.name().equals("Trump")).findFirst().orElseThrow();
        assertEquals(1, trump.mentions().size(), "never the subject of its own clause");
    }

    @Test
    void an_object_pronoun_with_two_other_people_before_it_is_left_alone() {
        AnnotatedArticle a = org.dossier.testing.Parsed.sentence(List.of("Trump NNP - nsubj 3", "and CC - cc 2",
                "Biden NNP - conj 0", "thanked VBD thank root -1", "Obama NNP - obj 3", "after IN - mark 7",
                "Putin NNP - nsubj 7", "called VBD call advcl 3", "him PRP - obj 7", ". . - punct 3"),
                "Trump", "PERSON", "Biden", "PERSON", "Obama", "PERSON", "Putin", "PERSON");
        resolve(a).forEach(e -> assertEquals(1, e.mentions().size(), e.toString()));
    }
}
