package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The anchor dictionary the index is compiled from ships on the runtime classpath (compiling it is benchmarked, not tested). */
class IndexWikipediaCommandTest {

    @Test
    void the_anchor_dictionary_is_on_the_classpath() {
        assertNotNull(IndexWikipediaCommand.class.getResource(IndexWikipediaCommand.DICTIONARY));
    }

    @Test
    void help_names_the_cost_and_the_exit_codes() {
        CliRun help = CliRun.of("index-wikipedia", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("Exit codes:") && help.out().contains("about a minute"), help.out());
    }
}
