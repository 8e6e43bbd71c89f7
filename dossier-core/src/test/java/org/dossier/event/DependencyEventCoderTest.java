package org.dossier.event;

import static org.dossier.testing.EventChecks.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.kb.ActorResolver;
import org.dossier.kb.KbEntityResolver;
import org.dossier.kb.KnowledgeBase;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Event;
import org.dossier.model.EventStatus;
import org.dossier.testing.Parsed;
import org.junit.jupiter.api.Test;

/**
 * The coder on parses written by hand in the shapes the parser really produces, its errors included (a participle
 * hung loosely on a verb, a finite verb read as a noun's modifier), with the shipped knowledge base and lexicon.
 */
class DependencyEventCoderTest {

    private static final KnowledgeBase KB = KnowledgeBase.load(List.of());
    private static final DependencyEventCoder CODER = new DependencyEventCoder(ActionLexicon.load(List.of()),
            new ActorResolver(KB));

    private static List<Event> code(AnnotatedArticle article) {
        return CODER.code(article, new KbEntityResolver(KB).resolve(article), List.of(), List.of());
    }

    @Test
    void a_participle_hung_loosely_on_a_verb_takes_the_clause_subject() {
        Event e = only(code(Parsed.sentence(List.of(
                "The DT - det 2", "Syrian JJ - amod 2", "army NN - nsubj 3", "prepared VBD prepare root -1",
                "to TO - mark 5", "resume VB - xcomp 3", "shelling VBG shell dep 5", "rebel NN - compound 8",
                "positions NNS position obj 6", ". . - punct 3"))), "ASSAULT");
        assertEquals("SYR", e.source().country());
        assertEquals("MIL", e.source().sector());
    }

    @Test
    void what_someone_is_accused_of_doing_is_done_by_the_accused_and_only_claimed() {
        List<Event> all = code(Parsed.sentence(List.of(
                "Amnesty NNP - compound 1", "International NNP - nsubj 2", "accused VBD accuse root -1",
                "Egypt NNP - obj 2", "of IN - mark 5", "violating VBG violate dep 2", "international JJ - amod 7",
                "law NN - obj 5", ". . - punct 2"), "Amnesty International", "ORGANIZATION", "Egypt", "LOCATION"));
        Event violation = only(all, "REJECT");
        assertEquals("EGY", violation.source().country());
        assertEquals(EventStatus.REPORTED, violation.status());
    }

    @Test
    void a_finite_verb_read_as_a_modifier_of_a_noun_has_that_noun_as_subject() {
        Event e = only(code(Parsed.sentence(List.of(
                "Serbia NNP - nsubj 1", "lifted VBD lift root -1", "the DT - det 3", "curfew NN - obj 1",
                "as IN - case 5", "police NNS - obl 1", "in IN - case 7", "Croatia NNP - nmod 5",
                "cracked VBD crack acl 5", "down RP - compound:prt 8", "on IN - case 11",
                "protesters NNS protester obl 8", ". . - punct 1"), "Serbia", "LOCATION", "Croatia", "LOCATION")),
                "COERCE");
        assertEquals("HRV", e.source().country());
        assertEquals("COP", e.source().sector());
    }

    @Test
    void a_clause_joined_further_on_names_no_target() {
        List<Event> truce = code(Parsed.sentence(List.of(
                "Armenia NNP - nsubj 3", "and CC - cc 2", "Azerbaijan NNP - conj 0", "agreed VBD agree root -1",
                "to IN - case 6", "a DT - det 6", "ceasefire NN - obl 3", "after IN - case 9", "two CD - nummod 9",
                "days NNS day obl 3", "of IN - case 11", "fighting NN - nmod 9", "but CC - cc 15",
                "media NN - compound 14", "reports NNS report nsubj 15", "said VBD say conj 11",
                "clashes NNS clash nsubj 17", "continued VBD continue ccomp 15", ". . - punct 3"),
                "Armenia", "LOCATION", "Azerbaijan", "LOCATION")).stream().filter(e -> e.cameo().equals("0871")).toList();
        assertEquals(2, truce.size(), truce.toString());
        assertTrue(truce.stream().allMatch(e -> e.target() != null && !e.target().name().contains("media")),
                "each side is the other's target, not the media: " + truce);
    }

    @Test
    void an_x_backed_compound_read_as_a_clause_gives_its_object_as_subject() {
        Event e = only(code(Parsed.sentence(List.of(
                "Kremlin NNP - nsubj 1", "backed VBD back csubj 3", "separatists NNS separatist obj 1",
                "shelled VBD shell root -1", "the DT - det 5", "city NN - obj 3", "of IN - case 7",
                "Donetsk NNP - nmod 5", ". . - punct 3"), "Donetsk", "LOCATION")), "ASSAULT");
        assertEquals("REB", e.source().sector(), e.toString());
    }

    @Test
    void a_participle_with_an_object_hung_on_a_noun_has_that_noun_as_subject_but_not_an_ing_form() {
        Event aid = only(code(Parsed.sentence(List.of(
                "Volunteers NNS volunteer root -1", "from IN - case 4", "two CD - nummod 4", "Canadian JJ - amod 4",
                "charities NNS charity nmod 0", "donated VBN donate acl 4", "medicine NN - obj 5", "to IN - case 9",
                "a DT - det 9", "hospital NN - obl 5", "in IN - case 11", "Mosul NNP - nmod 9", ". . - punct 0"),
                "Mosul", "LOCATION")), "AID");
        assertEquals("CAN", aid.source().country());
        List<Event> offer = code(Parsed.sentence(List.of(
                "The DT - det 2", "charity NN - compound 2", "auction NN - nsubj 5", "offering VBG offer acl 2",
                "artwork NN - obj 3", "raised VBD raise root -1", "funds NNS fund obj 5", "in IN - case 8",
                "Canada NNP - obl 5", ". . - punct 5"), "Canada", "LOCATION"));
        assertTrue(offer.stream().noneMatch(e -> e.source() != null && e.source().name().contains("auction")),
                "an auction offering artwork offers nothing: " + offer);
    }

    @Test
    void an_object_hung_on_the_day_between_it_and_its_verb_is_the_verb_s_object() {
        Event e = only(code(Parsed.sentence(List.of(
                "Moscow NNP - nsubj 1", "rejected VBD reject root -1", "Thursday NNP - obl:tmod 1", "a DT - det 5",
                "NATO NNP - compound 5", "proposal NN - dep 2", "for IN - case 7", "talks NNS talk nmod 5",
                ". . - punct 1"), "Moscow", "LOCATION", "NATO", "ORGANIZATION")), "REJECT");
        assertEquals("NATO", e.target().name(), e.toString());
    }
}
