package org.dossier.event;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActionLexiconTest {

    @Test
    void every_shipped_entry_has_a_known_code_and_a_plover_type() {
        ActionLexicon lexicon = ActionLexicon.load(List.of());
        Action visit = lexicon.withHead("visit", false).get(0);
        assertEquals("CONSULT", visit.plover());
        CameoCode code = lexicon.cameo(visit.cameo());
        assertNotNull(code);
        assertEquals(1, code.quadClass());
        assertEquals("ASSAULT", lexicon.withHead("attack", true).get(lexicon.withHead("attack", true).size() - 1).plover());
    }

    @Test
    void a_multi_word_noun_is_found_from_its_last_word_with_its_modifiers() {
        ActionLexicon lexicon = ActionLexicon.load(List.of());
        assertTrue(lexicon.withHead("attack", true).stream().anyMatch(a -> a.with().contains("drone")));
    }

    @Test
    void a_users_action_file_is_loaded_after_the_shipped_ones(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("my-actions.tsv"), ActionLexicon.ACTIONS_HEADER + "\nembargo-bust\tV\t061\t\t\tours\n");
        Files.writeString(dir.resolve("people.tsv"), "name\ttype\n");
        Action a = ActionLexicon.load(List.of(dir)).withHead("embargo-bust", false).get(0);
        assertEquals("061", a.cameo());
        assertEquals("COOPERATE", a.plover());
        assertTrue(a.origin().endsWith("my-actions.tsv:2"), a.origin());
    }

    @Test
    void a_malformed_row_names_its_file_and_line(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.tsv"), ActionLexicon.ACTIONS_HEADER + "\nparley\tV\t999\t\t\t\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ActionLexicon.load(List.of(dir)));
        assertTrue(e.getMessage().contains("bad.tsv:2") && e.getMessage().contains("999"), e.getMessage());
    }
    @Test
    void a_rows_word_sense_is_read_and_an_unknown_word_class_is_an_error(@TempDir Path dir) throws Exception {
        Action ask = ActionLexicon.load(List.of()).withHead("ask", false).get(0);
        assertTrue(ask.sense().needs().contains(new Sense.Slot("obl", "for", null)), ask.sense().toString());
        Files.writeString(dir.resolve("mine.tsv"), ActionLexicon.ACTIONS_HEADER + "\nbestow-arms\tV\t070\t\t\t\tobj:aid\n");
        assertEquals(List.of(new Sense.Slot("obj", null, "aid")),
                ActionLexicon.load(List.of(dir)).withHead("bestow-arms", false).get(0).sense().needs());
        Files.writeString(dir.resolve("mine.tsv"), ActionLexicon.ACTIONS_HEADER + "\nbestow-arms\tV\t070\t\t\t\tobj:gifts\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ActionLexicon.load(List.of(dir)));
        assertTrue(e.getMessage().contains("mine.tsv:2") && e.getMessage().contains("gifts"), e.getMessage());
    }
}
