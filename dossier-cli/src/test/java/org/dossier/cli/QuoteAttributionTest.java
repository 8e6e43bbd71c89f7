package org.dossier.cli;

import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Article;
import org.dossier.model.InputFormat;
import org.dossier.model.Quote;
import org.dossier.model.SourceRef;
import org.dossier.model.Structure;
import org.dossier.model.TextSpan;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quotation and reported-speech attribution through the real pipeline (CoreNLP parse, knowledge base). */
class QuoteAttributionTest {

    /** Paragraphs separated by blank lines, each one a structure paragraph. */
    private static List<Quote> quotes(String text) {
        List<TextSpan> paragraphs = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf("\n\n", start);
            end = end < 0 ? text.length() : end;
            paragraphs.add(new TextSpan(start, end));
            start = end + 2;
        }
        Article article = new Article("test", new SourceRef("test.txt", null, InputFormat.TEXT, null), null,
                LocalDate.of(2025, 5, 7), "en", text, new Structure(null, List.of(), paragraphs, List.of()), List.of());
        AnalyzedArticle analyzed = DossierEngine.shared().analyze(article);
        assertTrue(analyzed.allIssues().isEmpty(), () -> "issues: " + analyzed.allIssues());
        return analyzed.quotes();
    }

    private static Quote containing(List<Quote> quotes, String words) {
        return quotes.stream().filter(q -> q.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with '" + words + "' in " + quotes));
    }

    private static String speaker(Quote q) {
        assertNotNull(q.speaker(), () -> "no speaker for " + q);
        return q.speaker().name();
    }

    @Test
    void quotation_before_said_with_the_speakers_role() {
        Quote q = containing(quotes("\"The economy is growing faster than anyone expected,\" said Maria Lopez, "
                + "the finance minister."), "growing faster");
        assertTrue(q.direct());
        assertFalse(q.partial());
        assertEquals("The economy is growing faster than anyone expected,", q.text());
        assertEquals("said", q.cue().text());
        assertEquals("Maria Lopez", speaker(q));
        assertTrue(q.speaker().role().contains("finance minister"), q.speaker().role());
    }

    @Test
    void a_partial_quotation_brings_the_clause_of_its_cue() {
        Quote q = containing(quotes("With thousands of counting systems, \u201cthere is no single point of failure,\u201d "
                + "the minister said."), "single point");
        assertEquals("With thousands of counting systems, \u201cthere is no single point of failure,", q.text());
        assertEquals("said", q.cue().text());
    }

    @Test
    void a_report_joined_to_another_by_a_conjunction_stands_on_its_own() {
        List<Quote> quotes = quotes("The chief said that the footage did not give \"definitive evidence,\" but he said "
                + "that the footage \"supports what we've heard\" about the shooting.");
        Quote first = containing(quotes, "definitive evidence");
        assertFalse(first.text().contains("supports"), first.text());
        assertEquals("that the footage \"supports what we've heard\" about the shooting",
                containing(quotes, "supports what").text());
    }

    @Test
    void as_someone_put_it_attributes_the_clause_before() {
        Quote q = containing(quotes("Most applicants must work, but the main requirement is a \"lawful source of "
                + "income,\" as a Homeland Security memo put it."), "lawful source");
        assertEquals("put it", q.cue().text());
        assertTrue(q.text().startsWith("the main requirement"), q.text());
    }

    @Test
    void the_verb_right_after_a_quotation_closed_on_a_comma_attributes_it_whatever_the_verb() {
        List<Quote> quotes = quotes("\u201cWe will win this election in every state,\u201d Jane Doe laughs before telling "
                + "the crowd, \u201cThe voters are with us and they know it.\u201d");
        Quote first = containing(quotes, "every state");
        assertEquals("laughs", first.cue().text());
        assertEquals("Jane Doe", speaker(first));
        assertEquals("telling", containing(quotes, "voters are with us").cue().text());
    }

    @Test
    void words_that_characterise_an_object_are_quoted_but_a_role_is_not() {
        Quote q = containing(quotes("Senator Jane Doe openly admires Governor John Smith as a \u201cstrong leader\u201d "
                + "of the party."), "strong leader");
        assertEquals("Jane Doe", speaker(q));
        assertTrue(quotes("Jane Doe travels to Paris as a \u201cguest of honor\u201d of the president.").isEmpty());
    }

    @Test
    void a_quotation_interrupted_by_its_frame_is_one_quote_with_two_fragments() {
        String text = "\u201cWe will win this election in every state,\u201d Jane Doe said on Monday. \u201cAnd we will do "
                + "it without a cent of corporate money.\u201d";
        List<Quote> quotes = quotes(text);
        assertEquals(1, quotes.size(), quotes::toString);
        Quote q = quotes.get(0);
        assertEquals("Jane Doe", speaker(q));
        assertEquals(List.of("We will win this election in every state,", "And we will do it without a cent of corporate money."),
                q.fragments().stream().map(f -> f.of(text)).toList());
    }

    @Test
    void a_second_speech_verb_before_the_second_quotation_makes_two_quotes() {
        List<Quote> quotes = quotes("\u201cWe certainly cannot afford to do this anymore,\u201d Jane Doe said, adding later, "
                + "\u201cThe alliance is costing us a fortune every single year.\u201d");
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals("adding", containing(quotes, "costing us").cue().text());
    }

    @Test
    void a_participle_of_speech_after_the_cue_opens_a_report_of_its_own() {
        List<Quote> quotes = quotes("\u201cThe candidate is a natural born citizen of this country,\u201d the board said, "
                + "arguing that Cruz met the criteria because he \u201cdid not have to take any steps at some point after "
                + "birth.\u201d");
        assertEquals(2, quotes.size(), quotes::toString);
    }

    @Test
    void an_unclosed_quotation_is_kept_only_when_someone_is_found_to_have_said_it() {
        List<Quote> quotes = quotes("The reporter described the evening.\n\n\"Anna thought the whole thing was outrageous. "
                + "She was anxious, sure, and angry, but not what the papers had written.\n\nThe mayor spoke later.\n\n"
                + "\"We will not give up on this "
                + "city, whatever the polls say about our chances,\" said Maria Lopez, the mayor.");
        assertTrue(quotes.stream().noneMatch(q -> q.text().contains("outrageous")), quotes::toString);
        assertEquals("Maria Lopez", speaker(containing(quotes, "give up")));
    }

    @Test
    void a_label_quoted_in_a_relative_clause_is_reported_from_its_pronoun() {
        List<Quote> quotes = quotes("Ronald Reagan ran what Bay Buchanan, national treasurer for his insurgent campaign, called "
                + "\"hand-to-hand combat.\" Reporters were barred from the tweets in which he called the mayor \"a total "
                + "disgrace to the city.\" The senator, who in 2010 said the goal was a \"one-term president,\" left.");
        Quote combat = containing(quotes, "hand-to-hand");
        assertTrue(combat.text().startsWith("what Bay Buchanan"), combat::toString);
        assertEquals("Bay Buchanan", speaker(combat));
        assertFalse(containing(quotes, "total disgrace").text().startsWith("which"), "the pronoun belongs to \"in\"");
        assertFalse(containing(quotes, "one-term").text().startsWith("who"), "the pronoun is the speaker");
    }

    @Test
    void a_quotation_attributed_again_in_a_sentence_of_its_own_still_goes_on_the_interrupted_one() {
        String text = "\u201cWe are a low-key small town, and we are hearing that we have two radicalized men,\u201d said "
                + "Dennis Gaskin, a retiree who worked at the plant here. \u201cHindus are more noticeable here. You almost "
                + "never see a Muslim.\u201d Perhaps, he said, this \u201csmall town has gotten too big too fast.\u201d";
        Quote q = containing(quotes(text), "low-key");
        assertEquals(2, q.fragments().size(), q::toString);
        assertEquals("Dennis Gaskin", speaker(q));
    }

    @Test
    void a_verb_of_voice_right_before_a_short_quotation_gives_it_to_the_sentences_subject() {
        Quote q = containing(quotes("Protesters marching through the streets chanted \"What curfew?\" and kept going "
                + "until nearly 2 a.m. Friday."), "What curfew");
        assertEquals("chanted", q.cue().text());
        assertEquals("Protesters", speaker(q));
    }

    @Test
    void a_participle_of_speech_far_from_any_name_speaks_for_the_sentences_first_person() {
        Quote q = containing(quotes("Hillary Clinton told the debate audience that she believes we must continue to push "
                + "policies that help make up for racial divides in the United States, saying that \u201crace still "
                + "determines too much\u201d in America."), "race still");
        assertEquals("saying", q.cue().text());
        assertEquals("Hillary Clinton", speaker(q));
    }

    @Test
    void said_right_after_a_comma_quotation_is_its_cue_however_the_parser_reads_it() {
        Quote q = containing(quotes("\"At the end of the day, it just became a lot of people competing for that space of "
                + "votes,\" said Republican political consultant Chris Russell."), "competing");
        assertEquals("said", q.cue().text());
        assertEquals("Chris Russell", speaker(q));
    }

    @Test
    void a_quotation_after_a_participle_of_speech_is_not_the_outer_reports() {
        List<Quote> quotes = quotes("John Smith said he was never paid after he designed a clubhouse for the company, "
                + "saying, \u201cMaybe they did not like the work, and I was not satisfied with the price.\u201d");
        Quote q = containing(quotes, "Maybe they did not");
        assertEquals("saying", q.cue().text());
        assertEquals("Maybe they did not like the work, and I was not satisfied with the price.", q.text());
    }

    @Test
    void a_short_noun_phrase_and_any_verb_after_a_comma_quotation_attribute_it() {
        Quote q = containing(quotes("\u201cOur children are thriving in these schools, and we want more of them,\u201d "
                + "the letter reads."), "thriving");
        assertEquals("reads", q.cue().text());
        assertNotNull(q.speaker());
    }

    @Test
    void a_second_report_after_a_contrast_ends_the_first() {
        List<Quote> quotes = quotes("Senator Jane Doe said that she had not read the plan of the governor, although she "
                + "tweeted that it was \u201ca reasonable starting point\u201d for the talks.");
        Quote q = containing(quotes, "reasonable starting point");
        assertEquals("tweeted", q.cue().text());
        assertFalse(q.text().contains("not read"), q.text());
    }

    @Test
    void german_marks_after_a_colon() {
        Quote q = containing(quotes("John Smith said: „We will not raise taxes this year, whatever happens.“"), "raise taxes");
        assertTrue(q.direct());
        assertEquals("John Smith", speaker(q));
    }

    @Test
    void a_paragraph_that_opens_with_a_quotation_continues_the_quotation_before() {
        List<Quote> quotes = quotes("\"We will win this election in every state of the country,\" Senator Jane Doe told "
                + "reporters.\n\n\"And we will do it without a cent of corporate money.\"");
        assertEquals("Jane Doe", speaker(containing(quotes, "without a cent")));
    }

    @Test
    void a_quotation_whose_closing_mark_is_missing_runs_to_the_paragraph_end() {
        Quote q = containing(quotes("Jane Doe said: \"We will never accept the proposal of the government"),
                "never accept");
        assertTrue(q.text().endsWith("of the government"), q.text());
        assertEquals("Jane Doe", speaker(q));
    }

    @Test
    void said_that_is_indirect_speech() {
        Quote q = containing(quotes("The mayor, Tom Baker, said that the city would close three schools next year."),
                "three schools");
        assertFalse(q.direct());
        assertTrue(q.text().startsWith("that the city would close"), q.text());
        assertEquals("Tom Baker", speaker(q));
    }

    @Test
    void according_to_gives_the_source_as_speaker_and_the_rest_as_content() {
        Quote q = containing(quotes("According to the police, at least 40 people were arrested on Sunday."),
                "arrested");
        assertFalse(q.direct());
        assertEquals("at least 40 people were arrested on Sunday", q.text());
        assertEquals("According to", q.cue().text());
        assertTrue(speaker(q).contains("police"), speaker(q));
    }

    @Test
    void a_quoted_fragment_in_reported_speech_is_a_partial_direct_quote() {
        Quote q = containing(quotes("Volodymyr Zelenskyy called the proposal a \"theatrical performance\" on Tuesday."),
                "theatrical performance");
        assertTrue(q.direct());
        assertTrue(q.partial());
        assertEquals("Volodymyr Zelenskyy", speaker(q));
    }

    @Test
    void a_short_scare_quote_without_a_speaker_is_not_a_quotation() {
        assertTrue(quotes("The so-called \"peace plan\" was published on Monday.").isEmpty());
    }

    @Test
    void he_or_she_speaks_for_the_person_named_before() {
        String text = "Jane Doe spoke in Paris on Monday. \"Europe must defend itself. Nobody else will do it for us,\" "
                + "she said.";
        Quote q = containing(quotes(text), "defend itself");
        assertTrue(q.text().startsWith("Europe must defend itself. Nobody else"), q.text());
        assertEquals("Jane Doe", speaker(q));
        assertEquals("she", q.speaker().span().of(text));
    }

    @Test
    void an_organisation_named_inside_the_subject_speaks() {
        Quote q = containing(quotes("An article published by the state news agency Xinhua claimed that the talks "
                + "\"opened a new era of cooperation between the two countries.\""), "new era");
        assertTrue(q.direct());
        assertTrue(speaker(q).contains("Xinhua"), speaker(q));
    }
    @Test
    void a_quoted_label_after_as_is_words_only_under_a_verb_that_names() {
        assertTrue(quotes("Xi Jinping travels to Moscow as a “guest of honor” for the parade.").isEmpty(),
                "a label on a journey is nobody's words");
        Quote named = containing(quotes("Harry Reid described Donald Trump as a “con artist” on Monday."), "con artist");
        assertEquals("Harry Reid", speaker(named));
    }

    @Test
    void a_paragraph_opening_with_a_closing_mark_is_still_a_quotation() {
        Quote q = containing(quotes("Maria Lopez, a nurse from Ohio, wrote to the newspaper.\n\n”Fear. I am truly "
                + "afraid that the debate changed nothing for the people of this town.”"), "truly afraid");
        assertTrue(q.direct());
    }
}
