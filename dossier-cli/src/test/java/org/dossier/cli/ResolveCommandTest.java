package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code dossier resolve} through execute(), on the shipped knowledge base. */
class ResolveCommandTest {

    private static List<JsonNode> lines(CliRun run) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String l : run.out().strip().split("\n")) {
            out.add(new ObjectMapper().readTree(l));
        }
        return out;
    }

    @Test
    void resolves_transliterations_to_one_canonical_person() throws Exception {
        CliRun run = CliRun.of("resolve", "--date", "2025-05-07", "Wolodymyr Selenskyj", "Zelenskiy", "Selenskyj",
                "Lukaschenko", "XI Jinping");
        assertEquals(0, run.exit(), run.err());
        List<JsonNode> lines = lines(run);
        for (int i = 0; i < 3; i++) {
            assertEquals("Volodymyr Zelenskyy", lines.get(i).get("entity").get("kb").get("wikipedia").asText());
            assertEquals("UKR", lines.get(i).get("entity").get("country").asText());
        }
        assertEquals("Alexander Lukashenko", lines.get(3).get("entity").get("name").asText());
        assertEquals("Xi Jinping", lines.get(4).get("entity").get("name").asText());
    }

    @Test
    void the_sector_follows_the_date() throws Exception {
        List<JsonNode> before = lines(CliRun.of("resolve", "--date", "2016-06-01", "Donald Trump"));
        List<JsonNode> during = lines(CliRun.of("resolve", "--date", "2018-06-01", "Donald Trump"));
        assertEquals("GOV", during.get(0).get("entity").get("sector").asText());
        assertTrue(!"GOV".equals(before.get(0).get("entity").get("sector").asText(null)), before.toString());
    }

    @Test
    void believers_take_the_cameo_religion_code_and_clergy_stay_religious() throws Exception {
        List<JsonNode> lines = lines(CliRun.of("resolve", "Egyptian Christians", "Iraqi Shiites", "a Catholic bishop"));
        assertEquals("CHR", lines.get(0).get("entity").get("sector").asText());
        assertEquals("EGY", lines.get(0).get("entity").get("country").asText());
        assertEquals("SHI", lines.get(1).get("entity").get("sector").asText());
        assertEquals("REL", lines.get(2).get("entity").get("sector").asText(), "the clergy word wins: " + lines.get(2));
    }

    @Test
    void unknown_names_print_a_null_entity() throws Exception {
        CliRun run = CliRun.of("resolve", "Sayma Syrenius Cephus");
        assertEquals(0, run.exit());
        assertTrue(lines(run).get(0).get("entity").isNull());
        assertEquals(2, CliRun.of("resolve", "--date", "yesterday", "Putin").exit());
    }

    @Test
    void an_abbreviated_rank_or_title_gives_the_sector() throws Exception {
        List<JsonNode> lines = lines(CliRun.of("resolve", "Lt. Gen. Prosper Avril", "Sen. Jane Doe", "Amartya Sen"));
        assertEquals("MIL", lines.get(0).get("entity").get("sector").asText());
        assertEquals("LEG", lines.get(1).get("entity").get("sector").asText());
        assertEquals("ELI", lines(CliRun.of("resolve", "a former commissioner of the New York police")).get(0)
                .get("entity").get("sector").asText(), "CAMEO codes former office holders ELI");
        assertTrue(lines.get(2).get("entity").isNull(), "a name is no title: " + lines.get(2));
    }

    @Test
    void armed_groups_and_their_leaders_resolve_with_the_date() throws Exception {
        List<JsonNode> lines = lines(CliRun.of("resolve", "--date", "1995-06-01", "Tamil Tigers",
                "National Union for the Total Independence of Angola", "Jonas Savimbi", "IRA", "One guerrillas"));
        assertEquals("LKA", lines.get(0).get("entity").get("country").asText());
        assertEquals("REB", lines.get(0).get("entity").get("sector").asText());
        assertEquals("UNITA", lines.get(1).get("entity").get("kb").get("wikipedia").asText());
        assertEquals("REB", lines.get(2).get("entity").get("sector").asText());
        assertTrue(lines.get(3).get("entity").isNull(), "IRA is not Iran (nor surely the Provisional IRA)");
        assertTrue(lines.get(4).get("entity").get("country").isNull(), "no surname 'One': " + lines.get(4));
        assertTrue(lines(CliRun.of("resolve", "Iranian proxies")).get(0).get("entity").isNull(), "not Iran's own");
    }
}
