package org.dossier.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WikiTitleIndexTest {

    private static final String DICTIONARY = String.join("\n",
            "Anil Deshmukh\tAnil_Deshmukh\t1.0",
            "Geneva\tGeneva\t0.93",
            "Geneva\tGeneva,_Illinois\t0.05",
            "GENEVA\tGeneva_Motor_Show\t0.6",
            "Moskau\tMoskau_(Dschinghis_Khan_song)\t0.45",
            "http://en.wikipedia.org/wiki/Geneva\tGeneva\t1.0",
            "hipster doofus\t!!!\t1.0",
            "Kyiv\tKiev\t0.967546",
            "Mississippi\tMississippi\t0.62",
            "MISSISSIPPI\tRankin_County,_Mississippi\t1.0",
            "Zurich\tZürich\tnot-a-number",
            "broken line without tabs");

    private static WikiTitleIndex build(Path dir, String dictionary) throws IOException {
        Path out = dir.resolve("titles.idx");
        WikiTitleIndex.build(new ByteArrayInputStream(dictionary.getBytes(StandardCharsets.UTF_8)), out, dir.resolve("tmp"));
        return WikiTitleIndex.open(out);
    }

    @Test
    void maps_names_to_their_most_probable_title(@TempDir Path dir) throws Exception {
        WikiTitleIndex index = build(dir, DICTIONARY);
        assertEquals(5, index.size());
        assertEquals("Mississippi", index.title("Mississippi", 0.5));
        assertEquals("Anil Deshmukh", index.title("Anil Deshmukh", 0.9));
        assertEquals("Geneva", index.title("geneva", 0.9));
        assertEquals("Kiev", index.title("KYIV", 0.9));
    }

    @Test
    void says_whether_the_page_is_named_by_the_name(@TempDir Path dir) throws Exception {
        WikiTitleIndex index = build(dir, DICTIONARY);
        assertEquals(true, index.lookup("Geneva").namedByName());
        assertEquals(false, index.lookup("Kyiv").namedByName());
    }

    @Test
    void drops_improbable_anchors_urls_and_lower_case_phrases(@TempDir Path dir) throws Exception {
        WikiTitleIndex index = build(dir, DICTIONARY);
        assertNull(index.title("Moskau", 0.5), "a page named by the anchor is kept down to 0.2, and reported with its probability");
        assertEquals(0.45, index.lookup("Moskau").probability(), 1e-4);
        assertNull(index.title("hipster doofus", 0.0));
        assertNull(index.title("Zurich", 0.0));
        assertNull(index.title("Geneva", 0.95));
    }

    @Test
    void refuses_a_file_that_is_not_an_index(@TempDir Path dir) throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.idx"), "not an index at all");
        assertThrows(IOException.class, () -> WikiTitleIndex.open(junk));
    }
}
