package org.dossier.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.List;
import org.dossier.annotate.ParseSelector.SentenceWords;
import org.dossier.event.ActionLexicon;
import org.junit.jupiter.api.Test;

class ParseTriggersTest {

    private final ParseTriggers triggers = new ParseTriggers(ActionLexicon.load(List.of()));

    /** A sentence of space-separated words; lemmas are the lower-cased words, NER tags given as WORD/TAG. */
    private static SentenceWords sentence(String text) {
        List<String> tokens = Arrays.asList(text.split(" "));
        return new SentenceWords(tokens.stream().map(t -> t.replaceAll("/[A-Z]+$", "")).toList(),
                tokens.stream().map(t -> t.replaceAll("/[A-Z]+$", "").toLowerCase()).toList(),
                tokens.stream().map(t -> t.matches(".*/[A-Z]+$") ? t.substring(t.lastIndexOf('/') + 1) : "O").toList());
    }

    @Test
    void sentences_without_an_action_a_cue_a_quotation_or_an_apposition_are_not_parsed() {
        boolean[] picked = triggers.select(List.of(
                sentence("The weather was fine ."),
                sentence("Russia/LOCATION attack Kyiv/LOCATION ."),
                sentence("The parade was long ."),
                sentence("Xi/PERSON say it was fine ."),
                sentence("The sky was blue .")));
        assertArrayEquals(new boolean[] {false, true, false, true, false}, picked);
    }

    @Test
    void a_quotation_is_parsed_with_the_sentences_around_it() {
        boolean[] picked = triggers.select(List.of(
                sentence("The weather was fine ."),
                sentence("The mood was quiet ."),
                sentence("“ It was fine . ”"),
                sentence("The sky was blue ."),
                sentence("The sea was grey .")));
        assertArrayEquals(new boolean[] {false, true, true, true, false}, picked);
    }

    @Test
    void a_sentence_ending_in_a_colon_is_parsed_as_it_may_introduce_a_quotation() {
        boolean[] picked = triggers.select(List.of(
                sentence("The memo read :"),
                sentence("The memo was short .")));
        assertArrayEquals(new boolean[] {true, false}, picked);
    }

    @Test
    void a_pattern_of_several_words_needs_all_its_words() {
        boolean[] picked = triggers.select(List.of(sentence("They lash out today ."),
                sentence("They lash the boat .")));
        assertArrayEquals(new boolean[] {true, false}, picked);
    }

    @Test
    void a_person_followed_by_a_comma_or_a_bracket_is_parsed_for_its_apposition() {
        boolean[] picked = triggers.select(List.of(
                sentence("Yun/PERSON Sun/PERSON , head of the program , was there ."),
                sentence("Image : Garry/PERSON Knight/PERSON ( flickr ) ."),
                sentence("In Moscow/LOCATION , the program was there .")));
        assertArrayEquals(new boolean[] {true, true, false}, picked, "only a person's apposition gives a role");
    }
}
