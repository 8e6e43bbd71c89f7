package org.dossier.cli;

import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Event;
import org.dossier.model.EventStatus;
import org.dossier.testing.Articles;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.dossier.testing.EventChecks.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Event coding through the real pipeline (CoreNLP parse, knowledge base, action lexicon); published 2025-05-07. */
class EventCodingTest {

    private static List<Event> events(String text) {
        AnalyzedArticle a = DossierEngine.shared().analyze(Articles.of(text));
        assertTrue(a.allIssues().isEmpty(), () -> "issues: " + a.allIssues());
        return a.events();
    }

    @Test
    void an_attack_with_source_target_date_and_evidence() {
        String text = "Russian forces attacked the Ukrainian city of Kharkiv on Tuesday.";
        Event e = only(events(text), "ASSAULT");
        assertEquals("RUS", e.source().country());
        assertEquals("MIL", e.source().sector());
        assertEquals("UKR", e.target().country());
        assertEquals("2025-05-06", e.date());
        assertEquals("text", e.dateSource());
        assertEquals(EventStatus.ASSERTED, e.status());
        assertEquals(text, e.evidence().of(text));
        assertTrue(e.rule().contains("actions.tsv:"), e.rule());
        assertNotNull(e.goldstein());
        assertEquals(4, e.quadClass());
    }

    @Test
    void a_participle_of_a_statement_speaks_for_its_issuer() {
        Event e = only(events("The Kurdistan Workers' Party issued a declaration demanding that the Turkish government "
                + "release its prisoners."), "REQUEST");
        assertEquals("TUR", e.source().country());
        assertEquals("REB", e.source().sector());
        assertEquals("GOV", e.target().sector());
    }

    @Test
    void an_action_noun_before_a_light_head_takes_the_heads_roles_and_a_mediation_targets_both_parties() {
        List<Event> mediations = events("Qatar's emir launched a mediation effort between the Emirates and Saudi Arabia.")
                .stream().filter(e -> e.plover().equals("CONSULT")).toList();
        assertEquals(List.of("ARE", "SAU"), mediations.stream().map(e -> e.target().country()).sorted().toList(),
                mediations.toString());
        assertTrue(mediations.stream().allMatch(e -> "045".equals(e.cameo()) && "QAT".equals(e.source().country())));
    }

    @Test
    void agents_in_a_country_keep_their_sector_and_a_blocking_by_non_state_actors_is_a_protest() {
        Event attack = only(events("Rebels in Mali attacked a town on Tuesday."), "ASSAULT");
        assertEquals("MLI", attack.source().country());
        assertEquals("REB", attack.source().sector());
        Event blocking = only(events("Striking dock workers blocked the port of Marseille."), "PROTEST");
        assertEquals("144", blocking.cameo());
        Event closure = only(events("The Russian army blocked the road to the town."), "COERCE");
        assertEquals("172", closure.cameo());
    }

    @Test
    void the_thing_a_pattern_names_is_no_target_and_partitives_are_looked_through() {
        Event cut = only(events("The United States suspended part of a military aid program for Bosnia."), "SANCTION");
        assertEquals("162", cut.cameo());
        assertEquals("BIH", cut.target().country());
        Event expelled = only(events("Indonesia forced the UN refugee agency out of the country."), "SANCTION");
        assertEquals("166", expelled.cameo());
    }

    @Test
    void forces_led_by_a_country_are_that_countrys_forces() {
        Event e = only(events("Vietnamese-led forces shelled guerrilla camps near the Thai border."), "ASSAULT");
        assertEquals("VNM", e.source().country());
        assertEquals("MIL", e.source().sector());
    }

    @Test
    void a_visit_is_consult_042_in_the_place_visited_on_the_publication_date() {
        Event e = only(events("Xi Jinping visited Moscow."), "CONSULT");
        assertEquals("042", e.cameo());
        assertEquals("Xi Jinping", e.source().name());
        assertEquals("CHN", e.source().country());
        assertEquals("Moscow", e.location().name());
        assertEquals("2025-05-07", e.date());
        assertEquals("published", e.dateSource());
    }

    @Test
    void a_compound_source_gives_one_event_per_actor_each_the_others_target() {
        List<Event> agree = events("China and Russia signed an agreement on energy cooperation.").stream()
                .filter(e -> e.plover().equals("AGREE")).toList();
        assertEquals(List.of("CHN", "RUS"), agree.stream().map(e -> e.source().country()).sorted().toList(), agree.toString());
        assertTrue(agree.stream().allMatch(e -> "057".equals(e.cameo())));
        assertTrue(agree.stream().allMatch(e -> e.target() != null && !e.target().country().equals(e.source().country())),
                "a mutual act gives each side the other as target: " + agree);
    }

    @Test
    void tariffs_imposed_are_a_sanction_and_tariffs_announced_a_threat() {
        Event imposed = only(events("The United States imposed new tariffs on China."), "SANCTION");
        assertEquals("163", imposed.cameo());
        assertEquals("USA", imposed.source().country());
        assertEquals("CHN", imposed.target().country());
        Event announced = only(events("The United States will impose new tariffs on China."), "THREATEN");
        assertEquals(EventStatus.EXPECTED, announced.status());
        assertEquals("130", announced.cameo());
        assertTrue(announced.rule().contains("163") && announced.rule().contains("threat"), announced.rule());
    }

    @Test
    void a_cooperative_act_that_is_promised_is_an_intent_to_cooperate() {
        Event e = only(events("Japan will provide humanitarian aid to Ukraine."), "AGREE");
        assertEquals("030", e.cameo());
        assertEquals("JPN", e.source().country());
        assertEquals("UKR", e.target().country());
    }

    @Test
    void must_in_what_someone_said_is_a_demand() {
        Event e = only(events("Germany said that Russia must withdraw its troops from Ukraine."), "REQUEST");
        assertEquals("100", e.cameo());
        assertEquals("DEU", e.source().country());
        assertEquals("RUS", e.target().country());
    }

    @Test
    void not_makes_a_negated_event() {
        Event e = only(events("Iran did not attack Israel."), "ASSAULT");
        assertEquals(EventStatus.NEGATED, e.status());
        assertEquals("IRN", e.source().country());
        assertEquals("ISR", e.target().country());
    }

    @Test
    void an_act_announced_unless_a_condition_is_met_is_an_ultimatum() {
        Event e = only(events("Nigeria will withdraw its troops from Chad unless the rebels accept a ceasefire."),
                "THREATEN");
        assertEquals("139", e.cameo());
        assertEquals("NGA", e.source().country());
        assertTrue(e.rule().contains("ultimatum"), e.rule());
    }

    @Test
    void a_cooperative_act_one_says_one_will_not_do_is_a_rejection() {
        Event e = only(events("Syria will not accept more refugees from Iraq."), "REJECT");
        assertEquals("120", e.cameo());
        assertEquals("SYR", e.source().country());
        assertEquals(EventStatus.ASSERTED, e.status());
        assertEquals(EventStatus.NEGATED, only(events("Iran did not attack Israel."), "ASSAULT").status(),
                "a denied act of force stays a negated event");
    }

    @Test
    void the_of_complement_of_an_act_one_does_oneself_is_its_source() {
        Event e = only(events("The surrender of Germany ended the war in Europe."), "RETREAT");
        assertEquals("DEU", e.source().country());
        assertEquals(null, e.target());
    }

    @Test
    void who_interprets_an_act_as_a_threat_does_not_threaten() {
        assertTrue(events("The Kremlin interpreted the drills as a threat.").stream()
                .noneMatch(e -> e.plover().equals("THREATEN") && e.source() != null), "no Kremlin threat");
    }

    @Test
    void a_threat_of_domestic_coercion_targets_the_threatening_side_s_own_country() {
        Event e = only(events("The Thai government announced that it will impose a curfew in the north."), "THREATEN");
        assertEquals("THA", e.source().country());
        assertEquals("THA", e.target().country());
        assertTrue(e.rule().contains("a threat of COERCE"), e.rule());
        assertTrue(events("The Thai government threatened to bomb the camps.").stream()
                .filter(x -> x.plover().equals("THREATEN")).allMatch(x -> x.target() == null), "a threat of force stays open");
    }

    @Test
    void a_demand_noun_is_aimed_at_the_subject_of_the_clause_it_states() {
        Event e = only(events("The European Union renewed its demand that Serbia withdraw its troops."), "REQUEST");
        assertEquals("SRB", e.target().country());
        assertTrue(e.rule().contains("subject of the clause"), e.rule());
    }

    @Test
    void an_attacked_place_stands_for_those_it_is_for() {
        Event e = only(events("A school for Yemeni children was attacked by Saudi warplanes."), "ASSAULT");
        assertEquals("SAU", e.source().country());
        assertEquals("YEM", e.target().country(), e.rule());
    }

    @Test
    void an_act_measured_out_in_days_is_done_by_the_subject_of_its_light_verb() {
        List<Event> games = events("Indian and French warships began a series of war games in the Arabian Sea.").stream()
                .filter(e -> e.plover().equals("COOPERATE")).toList();
        assertTrue(games.stream().anyMatch(e -> e.source() != null && "IND".equals(e.source().country())), games::toString);
    }

    @Test
    void upgraded_ties_are_support_and_downgraded_ones_a_sanction() {
        assertTrue(events("Greece and Bulgaria upgraded their diplomatic ties.").stream()
                .anyMatch(e -> e.plover().equals("SUPPORT")));
        assertTrue(events("Greece downgraded its diplomatic relations with Bulgaria.").stream()
                .anyMatch(e -> e.plover().equals("SANCTION") && e.cameo().equals("161")));
    }

    @Test
    void an_act_asked_for_is_hypothetical_and_one_said_to_have_happened_is_reported() {
        List<Event> all = events("China demanded that the United States withdraw its warships from the Taiwan Strait. "
                + "Ukraine said that Russia attacked Kyiv.");
        assertEquals(EventStatus.ASSERTED, only(all, "REQUEST").status());
        assertEquals(EventStatus.REPORTED, only(all, "ASSAULT").status());
        assertEquals(EventStatus.HYPOTHETICAL, only(all, "RETREAT").status(), "asked for, not done");
        List<Event> refused = events("The Turkish government has refused to commit to any direct assistance to the "
                + "US-led war against Iraq.");
        assertEquals(EventStatus.NEGATED, only(refused, "AID").status(), "refused, not done");
        assertEquals(EventStatus.ASSERTED, only(refused, "REJECT").status());
    }

    @Test
    void who_speaks_of_an_attack_or_denies_it_is_not_its_attacker() {
        assertTrue(events("The army denied the attack on the village. Local media said sporadic clashes.").stream()
                .noneMatch(e -> e.plover().equals("ASSAULT") && e.source() != null), "the speakers are not the fighters");
    }

    @Test
    void a_deployment_of_peacekeepers_is_aid_from_their_country_to_the_place_protected() {
        Event e = only(events("The first deployment of Indian peacekeeping troops arrived in Mali."), "AID");
        assertEquals("074", e.cameo());
        assertEquals("IND", e.source().country(), e.rule());
        assertEquals("MLI", e.target().country(), e.rule());
    }

    @Test
    void an_active_verb_joined_to_a_passive_one_shares_its_subject() {
        Event e = only(events("The Serbian prime minister has been indicted by a court in Belgrade and resigned."), "RETREAT");
        assertEquals("SRB", e.source().country(), e.rule());
        assertEquals("GOV", e.source().sector());
    }

    @Test
    void reduced_supplies_are_a_sanction_and_pushing_for_something_a_request() {
        Event cut = only(events("The World Food Programme reduced food supplies to refugee camps in Chad."), "SANCTION");
        assertEquals("162", cut.cameo());
        assertEquals("TCD", cut.target().country(), cut.rule());
        assertEquals("FRA", only(events("France is pushing hard for new talks."), "REQUEST").source().country());
    }

    @Test
    void an_organisation_the_knowledge_base_does_not_know_is_placed_where_the_event_is() {
        Event e = only(events("President Abdelaziz Bouteflika said he is ready to lift the ban on the Popular Renewal "
                + "Movement."), "AGREE");
        assertEquals("Popular Renewal Movement", e.target().name());
        assertEquals("DZA", e.target().country(), e.rule());
    }

    @Test
    void an_unnamed_attacker_is_placed_in_the_country_of_the_attack() {
        Event e = only(events("Three US soldiers were killed by a roadside bomb outside the Iraqi city of Basra."),
                "ASSAULT");
        assertEquals("IRQ", e.source().country());
        assertEquals("USA", e.target().country());
        assertTrue(e.rule().contains("unnamed"), e.rule());
    }

    @Test
    void a_proposal_dismissed_by_a_quoted_label_is_rejected_and_its_maker_is_the_target() {
        List<Event> all = events("Putin made a ceasefire offer. Zelenskyy described the proposal as a \u201ctheatrical "
                + "performance\u201d.");
        Event e = only(all, "REJECT");
        assertEquals("120", e.cameo());
        assertEquals("Volodymyr Zelenskyy", e.source().name());
        assertEquals("Vladimir Putin", e.target().name());
        assertTrue(events("Zelenskyy described the proposal as generous.").stream()
                .noneMatch(x -> x.plover().equals("REJECT")), "a label without quotation marks is not a dismissal");
    }

    @Test
    void police_and_demonstrators_without_a_country_are_in_the_country_of_the_other_side() {
        Event e = only(events("Egyptian police arrested dozens of demonstrators."), "COERCE");
        assertEquals("EGY", e.source().country());
        assertEquals("EGY", e.target().country());
        assertTrue(e.rule().contains("sector only"), e.rule());
    }

    @Test
    void the_subject_of_a_threat_s_condition_is_its_target() {
        Event e = only(events("Russia threatened to leave the talks if the United States deploys new missiles."),
                "THREATEN");
        assertEquals("RUS", e.source().country());
        assertEquals("USA", e.target().country());
    }

    @Test
    void two_names_before_a_possessive_both_hold_the_meeting() {
        List<Event> met = events("XI and Putin's meetings will send a message.").stream()
                .filter(x -> x.plover().equals("CONSULT")).toList();
        assertEquals(List.of("CHN", "RUS"), met.stream().map(x -> x.source().country()).sorted().toList(), met.toString());
    }

    @Test
    void an_action_noun_takes_the_tense_of_its_verb_and_a_planned_meeting_stays_a_meeting() {
        Event curfew = only(events("The Nigerian government will extend the curfew in Lagos."), "THREATEN");
        assertEquals("130", curfew.cameo());
        Event summit = only(events("President Obama is scheduled to attend a summit in Geneva."), "CONSULT");
        assertEquals(EventStatus.EXPECTED, summit.status());
        Event intent = only(events("Afghan rebels said they would meet the United Nations mediator."), "AGREE");
        assertEquals("036", intent.cameo());
    }

    @Test
    void a_complaint_is_aimed_at_what_it_is_about_and_an_act_stands_for_who_did_it() {
        Event e = only(events("Lebanon complained to the United Nations over Israeli air raids in the south."), "ACCUSE");
        assertEquals("LBN", e.source().country());
        assertEquals("ISR", e.target().country());
    }

    @Test
    void a_sentence_without_actors_has_no_event() {
        assertTrue(events("The weather was nice and the concert was a success.").isEmpty());
    }

    @Test
    void who_is_quoted_as_saying_he_would_do_something_is_its_source() {
        List<Event> all = events("President Erdogan of Turkey was quoted on Monday as saying he would be ready to host "
                + "a meeting between Russia and Ukraine.");
        Event e = only(all.stream().filter(x -> x.target() != null && "RUS".equals(x.target().country())).toList(), "AGREE");
        assertEquals("036", e.cameo());
        assertEquals("TUR", e.source().country());
        assertEquals(EventStatus.EXPECTED, e.status(), "the reported future, not a hypothetical");
    }

    @Test
    void a_protest_is_aimed_at_whom_its_demand_is_made_of() {
        Event e = only(events("Thousands of Kenyan students went on a hunger strike to demand the resignation of "
                + "President William Ruto."), "PROTEST");
        assertEquals("William Ruto", e.target().name());
        assertTrue(e.rule().contains("what the protest is for"), e.rule());
        Event request = only(events("Kenyan students staged demonstrations on Monday to demand reforms by the "
                + "government of William Ruto."), "REQUEST");
        assertTrue(request.source() != null && "KEN".equals(request.source().country())
                && !"William Ruto".equals(request.source().name()), "a 'by' phrase after an active verb's object is "
                + "no agent: " + request);
    }

    @Test
    void a_country_misspelled_beside_its_right_spelling_is_that_country() {
        Event e = only(events("Ethopia has agreed to open its borders to Eritrea, which Ethiopia had closed in 1998."),
                "AGREE");
        assertEquals("ETH", e.source().country());
        assertEquals("Ethiopia", e.source().name());
    }

    @Test
    void a_place_in_the_phrase_of_who_says_it_is_not_where_it_happened() {
        Event e = only(events("Sudanese rebels killed 20 people, aid workers in Nairobi said."), "ASSAULT");
        assertNull(e.location(), e.toString());
        assertNull(e.target(), e.toString());
        Event killing = events("Sudanese rebels shelled the town of Kadugli on Sunday, killing 20 civilians, aid workers "
                + "said.").stream().filter(x -> x.cameo().equals("190")).findFirst().orElseThrow();
        assertEquals("SDN", killing.source().country(), "a participle of result takes the subject of its clause");
    }

    @Test
    void a_group_named_next_to_the_head_is_the_actor_and_a_transnational_group_is_not_placed() {
        Event e = only(events("Osama bin Laden's al-Qaeda terror network has threatened the United States."),
                "THREATEN");
        assertEquals("Al-Qaeda", e.source().name(), "the lower-case 'al-' still names it; nearer than bin Laden");
        assertEquals("IMG", e.source().country(), "CAMEO's code for a transnational militant group, not the USA");
    }

    @Test
    void allegations_one_is_arrested_on_are_aimed_at_the_one_arrested() {
        Event e = only(events("Egyptian police arrested three Israeli tourists on allegations of spying."), "ACCUSE");
        assertEquals("EGY", e.source().country());
        assertEquals("ISR", e.target().country());
    }

    @Test
    void an_act_that_sets_the_scene_is_not_done_by_the_clause_subject_nor_in_its_tense() {
        List<Event> all = events("Putin offered to negotiate with Armenia following the invasion of Dagestan.");
        Event invasion = only(all, "ASSAULT");
        assertTrue(invasion.source() == null || !"Vladimir Putin".equals(invasion.source().name()), invasion.toString());
        assertEquals(EventStatus.ASSERTED, invasion.status(), "a past invasion, not a threat");
    }

    @Test
    void an_act_refused_is_negated_and_done_by_the_refuser() {
        Event release = only(events("The Israeli government's refusal to release the prisoners angered Palestinian "
                + "leaders."), "RETREAT");
        assertEquals(EventStatus.NEGATED, release.status(), release.toString());
        assertEquals("ISR", release.source().country());
        Event condemned = only(events("Human rights groups condemned the Israeli government's refusal to release the "
                + "prisoners."), "ACCUSE");
        assertEquals("NGO", condemned.source().sector(), "'rights groups' are the agent words, not a group of …");
    }

    @Test
    void who_says_in_a_second_clause_is_the_subject_of_the_first() {
        Event e = only(events("Ivory Coast rebels rejected the plan on Friday, and said they opposed the deployment of "
                + "French troops."), "ACCUSE");
        assertEquals("CIV", e.source().country());
        assertEquals(EventStatus.REPORTED, e.status());
    }

    @Test
    void the_means_of_an_attack_is_the_attack_and_its_place_counts() {
        List<Event> all = events("A Lebanese journalist was killed in a car bomb explosion in a residential "
                + "neighbourhood of Beirut.");
        Event e = only(all, "ASSAULT");
        assertEquals("Beirut", e.location().name());
        assertEquals("LBN", e.source().country(), "an unnamed perpetrator where it happened");
    }

    @Test
    void the_means_that_names_who_did_it_stays_an_event_of_its_own() {
        List<Event> all = events("Ten people were killed in clashes between Kenyan police and protesters in Nairobi.");
        assertTrue(all.stream().anyMatch(x -> x.plover().equals("ASSAULT") && x.source() != null
                && "KEN".equals(x.source().country())), "the clashes name the police: " + all);
    }

    @Test
    void a_protest_saying_what_it_protests_against_is_one_protest() {
        Event e = only(events("Hundreds of Kurds went on a hunger strike to protest against Germany's decision to "
                + "deport them."), "PROTEST");
        assertEquals("DEU", e.target().country());
    }

    @Test
    void an_occupation_with_nothing_occupied_and_an_ethnic_adjective_are_no_actor_or_act() {
        assertTrue(events("Rebels promised to lay down their arms once an elected government takes over.").stream()
                .noneMatch(x -> x.cameo().equals("192")), "a government taking over occupies nothing");
        assertTrue(events("Serbia condemned the ethnic Albanian unrest in Kosovo.").stream()
                .noneMatch(x -> x.source() != null && "ALB".equals(x.source().country())), "a people, not Albania");
    }

    @Test
    void its_citizens_are_the_subject_s_and_its_troops_offered_go_to_the_target() {
        Event urged = only(events("Kenya has closed its embassy in Kabul and has urged its citizens to leave "
                + "Afghanistan."), "REQUEST");
        assertEquals("KEN", urged.target().country(), "'its' is Kenya, not the country the sentence names");
        Event offer = only(events("Syria has offered its troops to Lebanon's president."), "AGREE");
        assertEquals("LBN", offer.target().country(), "the troops are Syria's own; Lebanon receives them");
    }

    @Test
    void a_country_s_ally_is_not_that_country() {
        Event e = only(events("Taliban fighters killed a commander of America's militia allies in Helmand province."),
                "ASSAULT");
        assertEquals("AFG", e.target().country(), "the allies are placed where they fight, not in the USA");
        assertEquals("UAF", e.target().sector());
    }

    @Test
    void a_country_that_is_a_party_to_the_act_is_not_the_setting_of_the_others() {
        Event e = only(events("Lawmakers are asking the president to help Iran."), "REQUEST");
        assertTrue(e.source() == null || !"IRN".equals(e.source().country()), "Iran is helped, not the lawmakers' country: " + e);
    }

    @Test
    void two_verbs_sharing_one_object_share_its_target() {
        Event e = only(events("Trump said he would destroy and obliterate the economy of Turkey."), "THREATEN");
        assertEquals("TUR", e.target().country());
    }

    @Test
    void they_who_said_it_are_all_the_speakers() {
        List<Event> threats = events("Iran and Syria said they would attack Israel.").stream()
                .filter(x -> x.plover().equals("THREATEN")).toList();
        assertEquals(List.of("IRN", "SYR"), threats.stream().map(x -> x.source().country()).sorted().toList(),
                threats.toString());
    }

    @Test
    void what_one_does_without_is_no_target() {
        Event e = only(events("Syrian President Bashar al-Assad agreed to resign without returning to Damascus."),
                "AGREE");
        assertNull(e.target(), "'without returning to Damascus' names no counterpart: " + e);
    }

    @Test
    void everyday_senses_and_hazards_are_no_political_events() {
        assertTrue(events("Harris sought the Democratic presidential nomination.").isEmpty(), "a nomination is sought");
        assertTrue(events("The company hosted a panel about its new products.").isEmpty(), "a panel is hosted");
        assertTrue(events("The blaze killed three people in Lagos.").isEmpty(), "a fire is no attacker");
        assertTrue(events("President Biden discussed the history of slavery.").stream()
                .noneMatch(x -> x.plover().equals("CONSULT")), "talk with no one is no consultation");
        assertEquals("EUR", only(events("Iran sought talks with the European Union."), "REQUEST").target().country(),
                "talks sought are a request");
        assertEquals("SYR", only(events("Russia provided aid to Syria."), "AID").target().country());
        assertTrue(events("The networks called the race for Biden on Saturday.").isEmpty(), "a race called is no call");
        assertTrue(events("Fans probed the actors about their backgrounds.").isEmpty(), "no coded target, everyday sense");
        assertEquals("OPP", only(events("The opposition called for new elections."), "REQUEST").source().sector());
    }

    @Test
    void a_politician_s_own_rally_is_a_campaign_but_an_opposition_rally_a_protest() {
        List<Event> all = events("Trump held five rallies a day in Pennsylvania. Opposition leader Alexei Navalny "
                + "held a rally against the Kremlin in Moscow.");
        List<Event> protests = all.stream().filter(x -> x.plover().equals("PROTEST")).toList();
        assertEquals(1, protests.size(), protests.toString());
        assertEquals("Alexei Navalny", protests.get(0).source().name());
    }

    @Test
    void a_month_is_no_march_and_talk_needs_a_counterpart_who_is_not_the_press() {
        assertTrue(events("The senator withdrew from the race in March 2019.").stream()
                .noneMatch(x -> x.plover().equals("PROTEST")), "March the month");
        assertTrue(events("He talked to media outlets about the case.").isEmpty(), "talking to the press");
        assertTrue(events("Brazil and the United States are seeking to deepen their partnership.").stream()
                .noneMatch(x -> x.plover().equals("REQUEST")), "seeking to do is trying, not asking");
        assertEquals("Xi Jinping", only(events("Putin discussed Ukraine with Xi Jinping."), "CONSULT").target().name(),
                "the counterpart, not the topic");
        assertTrue(events("When asked about the plans, the minister said no decision had been made.").stream()
                .noneMatch(x -> x.source() != null && x.source().name().contains("minister")), "he was asked");
    }

    @Test
    void a_person_the_knowledge_base_does_not_know_is_coded_by_the_role_the_text_gives() {
        List<Event> all = events("Jane Okafor, a senator, criticised the Nigerian government on Monday. Okafor also "
                + "criticised the police.");
        Event later = all.stream().filter(x -> x.target() != null && "COP".equals(x.target().sector())).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        assertEquals("LEG", later.source().sector(), later.toString());
        assertTrue(later.rule().contains("coded by the role"), later.rule());
    }
}
