package org.dossier.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {

    private final KnowledgeBase kb = KbFixtures.small();

    private KbEntity one(String name) {
        List<KbEntity> found = kb.byName(name);
        assertEquals(1, found.size(), () -> name + " -> " + found);
        return found.get(0);
    }

    @Test
    void finds_entities_by_any_name_in_any_case() {
        assertEquals("Moscow", one("Moskau").name());
        assertEquals("Russia", one("RUSSLAND").name());
        assertEquals(EntityType.COUNTRY, one("U.S.").type());
        assertEquals("Volodymyr Zelenskyy", kb.byFoldedName("Zelenskiy").get(0).name());
    }

    @Test
    void only_a_capitalised_name_is_matched_by_its_folded_spelling() {
        assertEquals("Volodymyr Zelenskyy", kb.find("Zelenskiy").get(0).name());
        assertTrue(kb.find("zelenskiy").isEmpty(), "a lower-case word is a word, not a romanised name");
    }

    @Test
    void a_folded_key_under_three_letters_matches_nothing() {
        KnowledgeBase shipped = KnowledgeBase.load(List.of());
        assertEquals("Jiji Press", shipped.find("Jiji").get(0).name());
        assertTrue(shipped.find("J.").isEmpty(), "'J.' and 'Jiji' both fold to 'y': " + shipped.find("J."));
    }

    @Test
    void a_name_with_initials_finds_the_one_person_it_abbreviates() {
        assertEquals("Volodymyr Zelenskyy", kb.byInitials("V. Zelenskyy").get(0).name());
        assertEquals("Vladimir Putin", kb.byInitials("V.Putin").get(0).name());
        assertTrue(kb.byInitials("X. Putin").isEmpty());
        assertTrue(kb.byInitials("Vladimir Putin").isEmpty());
    }

    @Test
    void short_capital_aliases_need_capitals() {
        assertEquals("United States", one("US").name());
        assertTrue(kb.byName("Us").isEmpty());
        assertEquals("United States", one("U.S.").name());
    }

    @Test
    void sector_and_role_follow_the_date() {
        KbEntity putin = one("Vladimir Putin");
        assertEquals("Prime Minister of Russia", putin.at(LocalDate.of(2010, 1, 1)).role());
        assertEquals("President of Russia", putin.at(LocalDate.of(2025, 5, 7)).role());
        assertEquals("President of Russia", putin.at(null).role());
        KbEntity trump = one("Donald Trump");
        assertEquals("GOV", trump.at(LocalDate.of(2018, 6, 1)).sector());
        assertEquals("ELI", trump.at(LocalDate.of(2023, 6, 1)).sector(), "between two terms, a former president");
        assertEquals("former President of the United States", trump.at(LocalDate.of(2023, 6, 1)).role());
        assertEquals("PTY", trump.at(LocalDate.of(2024, 9, 1)).sector());
        assertEquals("GOV", trump.at(LocalDate.of(2025, 5, 7)).sector());
        KbEntity blair = one("Tony Blair");
        assertEquals("ELI", blair.at(LocalDate.of(2022, 1, 1)).sector());
        assertNull(blair.at(LocalDate.of(1990, 1, 1)).sector(), "not yet former");
    }

    @Test
    void demonyms_and_agent_words() {
        assertEquals("RUS", kb.countryOfDemonym("Russians"));
        assertEquals("CHN", kb.countryOfDemonym("chinese"));
        assertEquals("KHM", kb.countryOfDemonym("Kampucheans"), "a country's name in -a plus -n(s)");
        assertNull(kb.countryOfDemonym("kampuchean"), "only a capitalised word");
        assertEquals(List.of("GOV", "MIL"), kb.agentSectors("Defense Ministry"));
    }

    @Test
    void a_users_folder_adds_entries_without_rebuilding(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mine.tsv"), "name\ttype\twikipedia\tcountry\tsector\trole\tstart\tend\taliases\n"
                + "Jane Roe\tPERSON\t\tFRA\tNGO\tdirector of an aid group\t\t\tJ. Roe\n");
        KnowledgeBase withMine = KnowledgeBase.load(List.of(dir, dir.resolve("missing")));
        assertEquals("NGO", withMine.byName("J. Roe").get(0).at(null).sector());
    }

    @Test
    void a_malformed_file_names_itself_the_line_and_the_problem(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.tsv"), "name\ttype\twikipedia\tcountry\tsector\trole\tstart\tend\taliases\n"
                + "Jane Roe\tPERSON\tFRA\n");
        KbFormatException e = assertThrows(KbFormatException.class, () -> KnowledgeBase.load(List.of(dir)));
        assertTrue(e.getMessage().contains("bad.tsv:2") && e.getMessage().contains("3 cells"), e.getMessage());
        Files.writeString(dir.resolve("bad.tsv"), "name\ttype\twikipedia\tcountry\tsector\trole\tstart\tend\taliases\tnickname\n");
        e = assertThrows(KbFormatException.class, () -> KnowledgeBase.load(List.of(dir)));
        assertTrue(e.getMessage().contains("unknown column(s) [nickname]"), e.getMessage());
        Files.writeString(dir.resolve("bad.tsv"), "name\ttype\twikipedia\tcountry\tsector\trole\tstart\tend\taliases\n"
                + "Jane Roe\tPERSON\t\tFRA\tNGO\t\tyesterday\t\t\n");
        e = assertThrows(KbFormatException.class, () -> KnowledgeBase.load(List.of(dir)));
        assertTrue(e.getMessage().contains("'yesterday' is not a date"), e.getMessage());
    }
}
