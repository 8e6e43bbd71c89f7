package org.dossier.event;

import static org.dossier.testing.EventChecks.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
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

    /** Two events, one each way between the two countries. */
    private static void assertEachOthersTarget(List<Event> events, String one, String other) {
        assertEquals(2, events.size(), events.toString());
        assertTrue(events.stream().allMatch(e -> Set.of(one, other).equals(Set.of(e.source().country(),
                e.target().country()))), events.toString());
    }

    private static List<Event> code(AnnotatedArticle article) {
        return CODER.code(article, new KbEntityResolver(KB).resolve(article), List.of(), List.of());
    }

    @Test
    void a_participle_hung_loosely_on_a_verb_takes_the_clause_subject_and_an_attack_prepared_is_a_show_of_force() {
        List<Event> prepared = code(Parsed.sentence(List.of(
                "The DT - det 2", "Syrian JJ - amod 2", "army NN - nsubj 3", "prepared VBD prepare root -1",
                "to TO - mark 5", "resume VB - xcomp 3", "shelling VBG shell dep 5", "rebel NN - compound 8",
                "positions NNS position obj 6", ". . - punct 3")));
        Event e = only(prepared, "MOBILIZE");
        assertEquals("150", e.cameo());
        assertEquals("SYR", e.source().country());
        assertEquals("MIL", e.source().sector());
        assertTrue(prepared.stream().noneMatch(x -> x.plover().equals("ASSAULT")), prepared.toString());
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
    void an_object_hung_on_a_day_or_an_as_phrase_between_it_and_its_verb_is_the_verb_s_object() {
        Event rejected = only(code(Parsed.sentence(List.of(
                "Moscow NNP - nsubj 1", "rejected VBD reject root -1", "Thursday NNP - obl:tmod 1", "a DT - det 5",
                "NATO NNP - compound 5", "proposal NN - dep 2", "for IN - case 7", "talks NNS talk nmod 5",
                ". . - punct 1"), "Moscow", "LOCATION", "NATO", "ORGANIZATION")), "REJECT");
        assertEquals("NATO", rejected.target().name(), rejected.toString());
        Event denounced = only(code(Parsed.sentence(List.of(
                "Albania NNP - nsubj 1", "denounced VBD denounce root -1", "as IN - case 4", "a DT - det 4",
                "crime NN - obl 1", "Serbia NNP - nmod:poss 7", "'s POS - case 5", "crackdown NN - dep 4",
                ". . - punct 1"), "Albania", "LOCATION", "Serbia", "LOCATION")), "ACCUSE");
        assertEquals("SRB", denounced.target().country(), denounced.toString());
    }

    @Test
    void a_gerund_hung_loosely_on_its_verb_takes_that_verb_s_tense() {
        // "will resume shelling": the shelling is to come, a threat of force, not an attack done
        Event e = only(code(Parsed.sentence(List.of("The DT - det 2", "Serbian JJ - amod 2", "army NN - nsubj 4",
                "will MD - aux 4", "resume VB - root -1", "shelling VBG shell dep 4", "rebel NN - compound 7",
                "positions NNS position obj 5", ". . - punct 4"))), "THREATEN");
        assertEquals(EventStatus.EXPECTED, e.status());
    }

    @Test
    void a_participle_with_a_by_agent_is_passive_whatever_the_parser_calls_its_noun() {
        // "the demonstration staged by students", the demonstration read as the participle's subject
        Event e = only(code(Parsed.sentence(List.of("Police NNS police nsubj 1", "watched VBD watch root -1",
                "a DT - det 3", "demonstration NN - nsubj 4", "staged VBN stage dep 1", "by IN - case 7",
                "Iraqi JJ - amod 7", "students NNS student obl 4", ". . - punct 1"))), "PROTEST");
        assertEquals("IRQ", e.source().country(), e.toString());
        assertEquals("EDU", e.source().sector(), e.toString());
    }

    @Test
    void an_act_repeated_by_a_word_below_its_own_is_one_event() {
        // "opened fire on protesters, killing one person": one attack, not a second one without a target
        List<Event> fired = code(Parsed.sentence(List.of("Syrian JJ - amod 1", "police NN - nsubj 2",
                "opened VBD open root -1", "fire NN - obj 2", "on IN - case 5", "protesters NNS protester obl 2",
                ", , - punct 7", "killing VBG kill advcl 2", "one CD - nummod 9", "person NN - obj 7", ". . - punct 2")));
        assertEquals(1, fired.stream().filter(e -> e.plover().equals("ASSAULT")).count(), fired.toString());
        assertEquals("V1", fired.get(0).id());
    }

    @Test
    void a_bare_infinitive_joined_to_another_shares_its_clause() {
        // "aims to tighten sanctions and impose a blockade": the blockade is as much to come as the sanctions
        List<Event> aims = code(Parsed.sentence(List.of("Britain NNP - nsubj 1", "aims VBZ aim root -1",
                "to TO - mark 3", "tighten VB - xcomp 1", "sanctions NNS sanction obj 3", "and CC - cc 6",
                "impose VB - conj 3", "a DT - det 8", "blockade NN - obj 6", "on IN - case 10", "Serbia NNP - nmod 8",
                ". . - punct 1"), "Britain", "LOCATION", "Serbia", "LOCATION"));
        assertTrue(aims.stream().noneMatch(e -> e.plover().equals("ASSAULT")), aims.toString());
        assertTrue(aims.stream().filter(e -> e.target() != null && "SRB".equals(e.target().country()))
                .allMatch(e -> e.status() == EventStatus.EXPECTED), aims.toString());
    }

    @Test
    void who_invades_a_place_is_not_placed_in_it() {
        Event e = only(code(Parsed.sentence(List.of("Putin NNP - nsubj 1", "spoke VBD speak root -1",
                "after IN - case 4", "the DT - det 4", "invasion NN - obl 1", "of IN - case 6", "Dagestan NNP - nmod 4",
                ". . - punct 1"), "Putin", "PERSON", "Dagestan", "LOCATION")), "ASSAULT");
        assertNull(e.source(), e.toString());
    }

    @Test
    void a_title_s_to_name_belongs_to_the_title_s_phrase() {
        // "Vietnam's President to Lam": a machine translation's "Tô Lâm", which the entities stage reads as a name
        AnnotatedArticle article = Parsed.sentence(List.of("Vietnam NNP - nmod:poss 2", "'s POS - case 0",
                "President NNP - nsubj 5", "to IN - case 4", "Lam NNP - nmod 2", "visited VBD visit root -1",
                "Moscow NNP - obj 5", ". . - punct 5"), "Vietnam", "LOCATION", "to Lam", "PERSON", "Moscow", "LOCATION");
        Event e = only(code(article), "CONSULT");
        assertEquals("Tô Lâm", e.source().name(), e.toString());
    }

    @Test
    void a_resignation_for_family_reasons_and_destroying_growth_are_no_political_events() {
        List<String> family = List.of("The DT - det 2", "British JJ - amod 2", "minister NN - nsubj 3",
                "resigned VBD resign root -1", "for IN - case 6", "family NN - compound 6", "reasons NNS reason obl 3",
                ". . - punct 3");
        assertTrue(code(Parsed.sentence(family)).isEmpty());
        assertEquals("GBR", only(code(Parsed.sentence(List.of("The DT - det 2", "British JJ - amod 2",
                "minister NN - nsubj 3", "resigned VBD resign root -1", ". . - punct 3"))), "RETREAT").source().country());
        assertTrue(code(Parsed.sentence(List.of("Biden NNP - nsubj 2", "could MD - aux 2", "destroy VB - root -1",
                "the DT - det 4", "growth NN - obj 2", ". . - punct 2"), "Biden", "PERSON")).isEmpty());
        assertEquals("ASSAULT", only(code(Parsed.sentence(List.of("Syrian JJ - amod 1", "rebels NNS rebel nsubj 2",
                "destroyed VBD destroy root -1", "the DT - det 4", "bridge NN - obj 2", ". . - punct 2"))), "ASSAULT").plover());
    }

    @Test
    void a_conviction_overturned_is_no_conviction() {
        List<Event> overturned = code(Parsed.sentence(List.of("The DT - det 2", "Supreme NNP - compound 2",
                "Court NNP - nsubj 3", "overturned VBD overturn root -1", "the DT - det 5", "convictions NNS conviction obj 3",
                "of IN - case 7", "Kelly NNP - nmod 5", ". . - punct 3"), "Supreme Court", "ORGANIZATION", "Kelly", "PERSON"));
        assertTrue(overturned.stream().noneMatch(e -> e.plover().equals("ACCUSE")), overturned.toString());
    }

    @Test
    void who_an_act_is_reported_by_is_not_its_target() {
        // "Seventeen rockets struck near the base, according to the Iraqi military": the military tells of it
        List<Event> struck = code(Parsed.sentence(List.of("Rockets NNS rocket nsubj 1", "struck VBD strike root -1",
                "near IN - case 3", "base NN - obl 1", ", , - punct 1", "according VBG accord case 8", "to IN - fixed 5",
                "Iraqi JJ - amod 8", "military NN - obl 1", ". . - punct 1")));
        assertTrue(struck.stream().noneMatch(e -> e.target() != null && "MIL".equals(e.target().sector())),
                struck.toString());
    }

    @Test
    void the_possessor_of_an_arrest_is_the_one_arrested() {
        Event e = only(code(Parsed.sentence(List.of("Germany NNP - nsubj 1", "condemned VBD condemn root -1",
                "Navalny NNP - nmod:poss 4", "'s POS - case 2", "arrest NN - obj 1", ". . - punct 1"),
                "Germany", "LOCATION", "Navalny", "PERSON")), "COERCE");
        assertEquals("Navalny", e.target().name().replaceAll(".* ", ""), e.toString());
        assertTrue(e.source() == null || !e.source().name().contains("Navalny"), e.toString());
    }

    @Test
    void what_happened_before_or_after_an_act_names_no_target_of_it() {
        // "condemned anti-semitism after vandalism against a synagogue": the synagogue is not condemned
        List<Event> condemned = code(Parsed.sentence(List.of("Duda NNP - nsubj 1", "condemned VBD condemn root -1",
                "anti-semitism NN - obj 1", "after IN - case 4", "vandalism NN - obl 1", "against IN - case 7",
                "a DT - det 7", "synagogue NN - nmod 4", ". . - punct 1"), "Duda", "PERSON"));
        assertTrue(condemned.stream().filter(e -> e.plover().equals("ACCUSE"))
                .allMatch(e -> e.target() == null), condemned.toString());
    }

    @Test
    void where_a_march_sets_out_from_is_no_target_nor_is_a_city_inside_a_park_s_name() {
        List<Event> marched = code(Parsed.sentence(List.of("Protesters NNS protester nsubj 1", "marched VBD march root -1",
                "from IN - case 4", "Victoria NNP - compound 4", "Park NNP - obl 1", ". . - punct 1"),
                "Victoria Park", "LOCATION"));
        assertTrue(marched.stream().noneMatch(e -> e.target() != null && "SYC".equals(e.target().country())),
                marched.toString());
        assertTrue(marched.stream().noneMatch(e -> e.source() != null && "SYC".equals(e.source().country())),
                marched.toString());
    }

    @Test
    void hailing_from_a_place_and_hosting_a_show_are_no_events() {
        assertTrue(code(Parsed.sentence(List.of("Kokesh NNP - nsubj 1", "hails VBZ hail root -1", "from IN - case 3",
                "Arizona NNP - obl 1", ". . - punct 1"), "Kokesh", "PERSON", "Arizona", "LOCATION")).isEmpty());
        assertTrue(code(Parsed.sentence(List.of("Kokesh NNP - nsubj 1", "hosts VBZ host root -1", "a DT - det 3",
                "show NN - obj 1", "on IN - case 5", "RT NNP - nmod 3", ". . - punct 1"), "Kokesh", "PERSON", "RT",
                "ORGANIZATION")).isEmpty());
    }

    @Test
    void an_action_noun_inside_a_name_is_no_act() {
        List<Event> endorsed = code(Parsed.sentence(List.of("Hawkins NNP - nsubj 1", "endorsed VBD endorse root -1",
                "the DT - det 5", "Green NNP - compound 5", "New NNP - compound 5", "Deal NNP - obj 1", ". . - punct 1"),
                "Hawkins", "PERSON", "Green New Deal", "ORGANIZATION"));
        assertTrue(endorsed.stream().noneMatch(e -> e.plover().equals("AGREE")), endorsed.toString());
    }

    @Test
    void unnamed_citizens_travelling_make_no_visit() {
        assertTrue(code(Parsed.sentence(List.of("Many JJ - amod 1", "citizens NNS citizen nsubj 3",
                "have VBP - aux 3", "travelled VBN travel root -1", "to IN - case 5", "China NNP - obl 3",
                ". . - punct 3"), "China", "LOCATION")).isEmpty());
    }

    @Test
    void what_causes_a_protest_does_not_protest() {
        // "the police shooting of Jacob Blake led to protests": the police did not protest
        List<Event> led = code(Parsed.sentence(List.of("The DT - det 2", "police NN - compound 2",
                "shooting NN - nsubj 6", "of IN - case 5", "Jacob NNP - compound 5", "Blake NNP - nmod 2",
                "led VBD lead root -1", "to IN - case 8", "protests NNS protest obl 6", ". . - punct 6"),
                "Jacob Blake", "PERSON"));
        assertTrue(led.stream().filter(e -> e.plover().equals("PROTEST"))
                .allMatch(e -> e.source() == null || !"COP".equals(e.source().sector())), led.toString());
    }

    @Test
    void recognising_is_support_only_for_an_actor_or_an_act() {
        assertTrue(code(Parsed.sentence(List.of("The DT - det 1", "disease NN - nsubj:pass 3", "was VBD be aux:pass 3",
                "recognized VBN recognize root -1", "in IN - case 5", "China NNP - obl 3", ". . - punct 3"),
                "China", "LOCATION")).stream().noneMatch(e -> e.plover().equals("SUPPORT")));
        assertEquals("XKX", only(code(Parsed.sentence(List.of("Germany NNP - nsubj 1", "recognized VBD recognize root -1",
                "Kosovo NNP - obj 1", ". . - punct 1"), "Germany", "LOCATION", "Kosovo", "LOCATION")), "SUPPORT")
                .target().country());
    }

    @Test
    void the_place_where_a_group_meets_is_no_side_of_the_meeting() {
        List<Event> met = code(Parsed.sentence(List.of("The DT - det 2", "two CD - nummod 2", "leaders NNS leader nsubj 3",
                "met VBD meet root -1", "in IN - case 5", "Beijing NNP - obl 3", ". . - punct 3"), "Beijing", "LOCATION"));
        assertTrue(met.stream().noneMatch(e -> e.target() != null && e.target().name().equals("Beijing")), met.toString());
    }

    @Test
    void hearsay_claims_attempts_and_no_one_set_the_status() {
        // "protesters allegedly threatened the senator": a claim
        assertEquals(EventStatus.REPORTED, only(code(Parsed.sentence(List.of("Iraqi JJ - amod 1",
                "protesters NNS protester nsubj 3", "allegedly RB - advmod 3", "threatened VBD threaten root -1",
                "the DT - det 5", "senator NN - obj 3", ". . - punct 3"))), "THREATEN").status());
        // "Bolton claims Trump asked Xi for help": Bolton's claim
        assertEquals(EventStatus.REPORTED, only(code(Parsed.sentence(List.of("Bolton NNP - nsubj 1",
                "claims VBZ claim root -1", "Trump NNP - nsubj 3", "asked VBD ask ccomp 1", "Xi NNP - obj 3",
                "for IN - case 6", "help NN - obl 3", ". . - punct 1"), "Bolton", "PERSON", "Trump", "PERSON", "Xi",
                "PERSON")), "REQUEST").status());
        // "X claimed the attack, but Iraq blamed Iran": a claim joined to another is not inside it
        assertEquals(EventStatus.ASSERTED, only(code(Parsed.sentence(List.of("Hamas NNP - nsubj 1",
                "claimed VBD claim root -1", "the DT - det 3", "attack NN - obj 1", ", , - punct 7", "but CC - cc 7",
                "Iraq NNP - nsubj 7", "blamed VBD blame conj 1", "Iran NNP - obj 7", ". . - punct 1"), "Hamas",
                "ORGANIZATION", "Iraq", "LOCATION", "Iran", "LOCATION")), "ACCUSE").status());
        // "rioters tried to storm parliament": an attempt made, not a plan; "no one tried to …": none
        List<String> tried = List.of("Serbian JJ - amod 1", "rioters NNS rioter nsubj 2", "tried VBD try root -1",
                "to TO - mark 4", "storm VB - xcomp 2", "parliament NN - obj 4", ". . - punct 2");
        assertEquals(EventStatus.ASSERTED, only(code(Parsed.sentence(tried)), "ASSAULT").status());
        List<String> noOne = List.of("no DT - det 1", "one NN - nsubj 2", "tried VBD try root -1", "to TO - mark 4",
                "storm VB - xcomp 2", "the DT - det 7", "Serbian JJ - amod 7", "parliament NN - obj 4", ". . - punct 2");
        assertEquals(EventStatus.NEGATED, only(code(Parsed.sentence(noOne)), "ASSAULT").status());
    }

    @Test
    void an_act_with_an_owner_of_its_own_keeps_its_status_under_a_verb() {
        // "did not accede to the protesters' demands": the demands were made
        Event e = only(code(Parsed.sentence(List.of("Lam NNP - nsubj 3", "did VBD do aux 3", "not RB - advmod 3",
                "accede VB - root -1", "to IN - case 7", "Iraqi JJ - amod 6", "protesters NNS protester nmod:poss 8",
                "' POS - case 6", "demands NNS demand obl 3", ". . - punct 3"), "Lam", "PERSON")), "REQUEST");
        assertEquals(EventStatus.ASSERTED, e.status(), e.toString());
    }

    @Test
    void a_question_reports_no_act() {
        assertTrue(code(Parsed.sentence(List.of("Did VBD do aux 2", "Russia NNP - nsubj 2", "attack VB - root -1",
                "Ukraine NNP - obj 2", "? . - punct 2"), "Russia", "LOCATION", "Ukraine", "LOCATION")).isEmpty());
        assertEquals(1, code(Parsed.sentence(List.of("Russia NNP - nsubj 1", "attacked VBD attack root -1",
                "Ukraine NNP - obj 1", ". . - punct 1"), "Russia", "LOCATION", "Ukraine", "LOCATION")).size());
    }

    @Test
    void what_one_says_one_s_own_country_must_do_is_no_demand_of_it() {
        List<String> own = List.of("Macron NNP - nsubj 1", "said VBD say root -1", "France NNP - nsubj 4",
                "must MD - aux 4", "leave VB - ccomp 1", ". . - punct 1");
        assertTrue(code(Parsed.sentence(own, "Macron", "PERSON", "France", "LOCATION")).stream()
                .noneMatch(e -> e.plover().equals("REQUEST")));
        List<String> other = List.of("Macron NNP - nsubj 1", "said VBD say root -1", "Russia NNP - nsubj 4",
                "must MD - aux 4", "leave VB - ccomp 1", ". . - punct 1");
        assertEquals("RUS", only(code(Parsed.sentence(other, "Macron", "PERSON", "Russia", "LOCATION")), "REQUEST")
                .target().country());
    }

    @Test
    void a_legal_appeal_and_a_guilty_plea_are_no_requests() {
        assertTrue(code(Parsed.sentence(List.of("The DT - det 1", "government NN - nsubj 2", "intends VBZ intend root -1",
                "to TO - mark 4", "appeal VB - xcomp 2", ". . - punct 2"))).isEmpty());
        assertTrue(code(Parsed.sentence(List.of("Milken NNP - nsubj 1", "pleaded VBD plead root -1",
                "guilty JJ - xcomp 1", ". . - punct 1"), "Milken", "PERSON")).isEmpty());
        assertEquals("020", only(code(Parsed.sentence(List.of("Iraq NNP - nsubj 1", "appealed VBD appeal root -1",
                "to IN - case 4", "the DT - det 4", "UN NNP - obl 1", "for IN - case 6", "aid NN - obl 1",
                ". . - punct 1"), "Iraq", "LOCATION", "UN", "ORGANIZATION")), "REQUEST").cameo().substring(0, 2) + "0");
    }

    @Test
    void a_pattern_s_word_in_a_clause_of_its_own_makes_no_pattern() {
        // "the firm, which shares the same name as …, specialises in language expertise": no shared expertise
        List<Event> firm = code(Parsed.sentence(List.of("The DT - det 1", "firm NN - nsubj 2",
                "shares VBZ share root -1", "a DT - det 4", "name NN - obj 2", "as IN - mark 8", "the DT - det 7",
                "bank NN - nsubj 8", "specialises VBZ specialise advcl 2", "in IN - case 10", "expertise NN - obl 8",
                ". . - punct 2")));
        assertTrue(firm.stream().noneMatch(e -> e.plover().equals("COOPERATE")), firm.toString());
    }

    @Test
    void asking_someone_to_act_is_a_request_asking_them_a_question_is_not() {
        List<String> request = List.of("Trump NNP - nsubj 1", "asked VBD ask root -1", "Zelensky NNP - obj 1",
                "to TO - mark 4", "investigate VB - xcomp 1", "Biden NNP - obj 4", ". . - punct 1");
        assertEquals("USA", only(code(Parsed.sentence(request, "Trump", "PERSON", "Zelensky", "PERSON")),
                "REQUEST").source().country());
        List<String> question = List.of("Reporters NNS reporter nsubj 1", "asked VBD ask root -1",
                "Zelensky NNP - obj 1", "whether IN - mark 5", "he PRP - nsubj 5", "agreed VBD agree ccomp 1",
                ". . - punct 1");
        assertTrue(code(Parsed.sentence(question, "Zelensky", "PERSON")).stream()
                .noneMatch(e -> e.plover().equals("REQUEST")), "a question is no request");
        List<String> about = List.of("Reporters NNS reporter nsubj 1", "asked VBD ask root -1", "Zelensky NNP - obj 1",
                "about IN - case 4", "talks NNS talk obl 1", ". . - punct 1");
        assertTrue(code(Parsed.sentence(about, "Zelensky", "PERSON")).stream()
                .noneMatch(e -> e.plover().equals("REQUEST")), "asked about: a question");
    }

    @Test
    void signing_is_an_agreement_only_when_what_is_signed_is_one() {
        List<Event> treaty = code(Parsed.sentence(List.of("Turkey NNP - nsubj 3", "and CC - cc 2", "Libya NNP - conj 0",
                "signed VBD sign root -1", "a DT - det 6", "maritime JJ - amod 6", "accord NN - obj 3", ". . - punct 3"),
                "Turkey", "LOCATION", "Libya", "LOCATION"));
        assertEquals(2, treaty.stream().filter(e -> e.cameo().equals("057")).count(), treaty.toString());
        List<Event> letter = code(Parsed.sentence(List.of("Turkey NNP - nsubj 3", "and CC - cc 2", "Libya NNP - conj 0",
                "signed VBD sign root -1", "a DT - det 5", "letter NN - obj 3", ". . - punct 3"),
                "Turkey", "LOCATION", "Libya", "LOCATION"));
        assertTrue(letter.stream().noneMatch(e -> e.cameo().equals("057")), letter.toString());
    }

    @Test
    void a_release_frees_people_not_statements_nor_patients() {
        Event freed = only(code(Parsed.sentence(List.of("Israel NNP - nsubj 1", "released VBD release root -1",
                "three CD - nummod 3", "prisoners NNS prisoner obj 1", ". . - punct 1"), "Israel", "LOCATION")),
                "RETREAT");
        assertEquals("ISR", freed.source().country());
        assertTrue(code(Parsed.sentence(List.of("Israel NNP - nsubj 1", "released VBD release root -1",
                "a DT - det 3", "statement NN - obj 1", ". . - punct 1"), "Israel", "LOCATION")).isEmpty());
        assertTrue(code(Parsed.sentence(List.of("Putin NNP - nsubj:pass 2", "was VBD be aux:pass 2",
                "released VBN release root -1", "from IN - case 5", "the DT - det 5", "hospital NN - obl 2",
                ". . - punct 2"), "Putin", "PERSON")).isEmpty(), "released from hospital");
    }

    @Test
    void providing_is_aid_when_what_is_provided_is_aid_even_as_a_quantity_of_it() {
        Event aid = only(code(Parsed.sentence(List.of("France NNP - nsubj 1", "provided VBD provide root -1",
                "tons NNS ton obj 1", "of IN - case 5", "food NN - compound 5", "aid NN - nmod 2", "to IN - case 7",
                "Mali NNP - obl 1", ". . - punct 1"), "France", "LOCATION", "Mali", "LOCATION")), "AID");
        assertEquals("MLI", aid.target().country());
        assertTrue(code(Parsed.sentence(List.of("France NNP - nsubj 1", "provided VBD provide root -1",
                "advice NN - obj 1", "to IN - case 4", "Mali NNP - obl 1", ". . - punct 1"),
                "France", "LOCATION", "Mali", "LOCATION")).isEmpty());
    }

    @Test
    void those_who_died_in_an_attack_are_its_target_not_its_source() {
        Event e = only(code(Parsed.sentence(List.of("Eight CD - nummod 1", "Mexicans NNPS Mexican nsubj 2",
                "died VBD die root -1", "in IN - case 5", "the DT - det 5", "attack NN - obl 2", ". . - punct 2"))),
                "ASSAULT");
        assertEquals("MEX", e.target().country());
        assertNull(e.source());
    }

    @Test
    void attacking_someone_for_something_is_a_verbal_attack() {
        List<Event> all = code(Parsed.sentence(List.of("Biden NNP - nsubj 1", "attacked VBD attack root -1",
                "Trump NNP - obj 1", "for IN - case 5", "the DT - det 5", "tweet NN - obl 1", ". . - punct 1"),
                "Biden", "PERSON", "Trump", "PERSON"));
        assertEquals("111", only(all, "ACCUSE").cameo());
        assertTrue(all.stream().noneMatch(e -> e.plover().equals("ASSAULT")), all.toString());
    }

    @Test
    void calling_on_someone_to_act_asks_them_and_the_act_is_not_done() {
        List<Event> all = code(Parsed.sentence(List.of("Biden NNP - nsubj 1", "called VBD call root -1",
                "on IN - mark 6", "the DT - det 4", "army NN - nsubj 6", "to TO - mark 6", "attack VB - advcl 1",
                "rebels NNS rebel obj 6", ". . - punct 1"), "Biden", "PERSON"));
        assertEquals("MIL", only(all, "REQUEST").target().sector());
        assertEquals(EventStatus.HYPOTHETICAL, only(all, "ASSAULT").status());
    }

    @Test
    void the_principal_event_is_the_act_whose_word_stands_highest_a_carried_noun_after_its_verb() {
        AnnotatedArticle call = Parsed.sentence(List.of("Biden NNP - nsubj 1", "called VBD call root -1",
                "on IN - mark 6", "the DT - det 4", "army NN - nsubj 6", "to TO - mark 6", "attack VB - advcl 1",
                "rebels NNS rebel obj 6", ". . - punct 1"), "Biden", "PERSON");
        List<Event> asked = code(call);
        assertTrue(only(asked, "REQUEST").principal(), asked.toString());
        assertTrue(!only(asked, "ASSAULT").principal(), asked.toString());
        assertEquals("attack", only(asked, "ASSAULT").trigger().of(call.article().text()));
        // "staged protests to demand reforms": the protests the root verb carries outrank the demand below it
        List<Event> staged = code(Parsed.sentence(List.of("Iraqi JJ - amod 1", "students NNS student nsubj 2",
                "staged VBD stage root -1", "protests NNS protest obj 2", "to TO - mark 5", "demand VB - advcl 2",
                "reforms NNS reform obj 5", ". . - punct 2")));
        assertTrue(only(staged, "PROTEST").principal(), staged.toString());
        assertTrue(staged.stream().filter(Event::principal).allMatch(e -> e.plover().equals("PROTEST")), staged.toString());
    }

    @Test
    void a_passive_act_done_in_a_statement_is_done_by_its_authors() {
        Event e = only(code(Parsed.sentence(List.of("Turkey NNP - nsubj:pass 2", "was VBD be aux:pass 2",
                "condemned VBN condemn root -1", "in IN - case 5", "a DT - det 5", "statement NN - obl 2",
                "by IN - case 7", "Egypt NNP - nmod 5", ". . - punct 2"), "Turkey", "LOCATION", "Egypt", "LOCATION")),
                "ACCUSE");
        assertEquals("EGY", e.source().country());
        assertEquals("TUR", e.target().country());
    }

    @Test
    void an_expelled_envoy_stands_for_the_country_named_before_it() {
        Event e = only(code(Parsed.sentence(List.of("Athens NNP - nsubj 1", "expelled VBD expel root -1",
                "the DT - det 4", "Libyan JJ - amod 4", "ambassador NN - obj 1", "to IN - case 6", "Greece NNP - nmod 4",
                ". . - punct 1"), "Athens", "LOCATION", "Greece", "LOCATION")), "SANCTION");
        assertEquals("LBY", e.target().country());
    }

    @Test
    void the_leaders_of_two_countries_meet_each_other_not_the_city_they_meet_in() {
        List<Event> met = code(Parsed.sentence(List.of("The DT - det 1", "leaders NNS leader nsubj 6", "of IN - case 3",
                "France NNP - nmod 1", "and CC - cc 5", "Germany NNP - conj 3", "met VBD meet root -1", "in IN - case 8",
                "Paris NNP - obl 6", ". . - punct 6"), "France", "LOCATION", "Germany", "LOCATION", "Paris", "LOCATION"));
        assertEachOthersTarget(met, "FRA", "DEU");
    }

    @Test
    void a_penalty_is_no_target_and_a_great_deal_is_no_deal() {
        List<Event> sentenced = code(Parsed.sentence(List.of("A DT - det 1", "court NN - nsubj 2",
                "sentenced VBD sentence root -1", "to IN - case 5", "ten CD - nummod 5", "years NNS year obl 2",
                "in IN - case 7", "prison NN - nmod 5", ". . - punct 2")));
        assertTrue(sentenced.stream().allMatch(e -> e.target() == null), sentenced.toString());
        assertTrue(code(Parsed.sentence(List.of("France NNP - nsubj 1", "spent VBD spend root -1", "a DT - det 4",
                "great JJ - amod 4", "deal NN - obj 1", "of IN - case 6", "money NN - nmod 4", ". . - punct 1"),
                "France", "LOCATION")).isEmpty());
    }

    @Test
    void a_relative_clause_inside_reported_speech_is_the_narrators_and_would_with_often_is_a_habit() {
        AnnotatedArticle praised = Parsed.sentence(List.of("Trump NNP - nsubj 1", "praised VBD praise root -1",
                "Christie NNP - obj 1", ", , - punct 2", "who WP - nsubj 5", "denounced VBD denounce acl:relcl 2",
                "Giuliani NNP - obj 5", ". . - punct 1"), "Trump", "PERSON", "Christie", "PERSON", "Giuliani", "PERSON");
        org.dossier.model.TextSpan reported = new org.dossier.model.TextSpan(14, 46);
        List<Event> all = CODER.code(praised, new KbEntityResolver(KB).resolve(praised), List.of(),
                List.of(new org.dossier.model.Quote("Q1", reported, List.of(reported),
                        reported.of(praised.article().text()), true, true, null, null, 0.5)));
        assertEquals(EventStatus.ASSERTED, all.stream().filter(e -> e.cameo().equals("111")).findFirst()
                .orElseThrow().status(), all.toString());
        Event habit = only(code(Parsed.sentence(List.of("They PRP - nsubj 3", "would MD - aux 3",
                "sometimes RB - advmod 3", "kill VB - root -1", "farmers NNS farmer obj 3", ". . - punct 3"))),
                "ASSAULT");
        assertEquals(EventStatus.ASSERTED, habit.status());
    }

    @Test
    void a_private_meeting_and_a_business_deal_are_no_political_events() {
        assertTrue(code(Parsed.sentence(List.of("Putin NNP - nsubj 1", "met VBD meet root -1", "his PRP$ - nmod:poss 3",
                "lawyer NN - obj 1", ". . - punct 1"), "Putin", "PERSON")).isEmpty());
        assertTrue(code(Parsed.sentence(List.of("Russia NNP - nsubj 1", "signed VBD sign root -1", "a DT - det 4",
                "business NN - compound 4", "deal NN - obj 1", "with IN - case 6", "Ukraine NNP - nmod 4",
                ". . - punct 1"), "Russia", "LOCATION", "Ukraine", "LOCATION")).isEmpty());
    }

    @Test
    void two_sides_that_fight_a_war_over_a_region_fight_each_other() {
        List<Event> war = code(Parsed.sentence(List.of("Armenia NNP - nsubj 3", "and CC - cc 2", "Azerbaijan NNP - conj 0",
                "fought VBD fight root -1", "a DT - det 5", "war NN - obj 3", "over IN - case 7", "Karabakh NNP - obl 3",
                ". . - punct 3"), "Armenia", "LOCATION", "Azerbaijan", "LOCATION", "Karabakh", "LOCATION"));
        assertEachOthersTarget(war, "ARM", "AZE");
    }

    @Test
    void joined_country_adjectives_make_one_actor_each() {
        List<Event> clash = code(Parsed.sentence(List.of("Israeli JJ - amod 3", "and CC - cc 2",
                "Palestinian JJ - conj 0", "forces NNS force nsubj 4", "clashed VBD clash root -1", ". . - punct 4")));
        assertEachOthersTarget(clash, "ISR", "PSE");
        assertTrue(clash.stream().allMatch(e -> "MIL".equals(e.source().sector())), clash.toString());
    }
}
