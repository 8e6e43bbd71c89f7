package org.dossier.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.testing.SharedData;
import org.junit.jupiter.api.Test;

/** Guards the measured score on the scrapinghub article-extraction benchmark; skips when ../shared is absent. */
class ScrapinghubRegressionTest {

    /** F1 measured with bench/extraction.sh when this test was last updated (see docs/EXTRACTION.md). */
    private static final double MEASURED_F1 = 0.9695;

    @Test
    void keeps_benchmark_f1_within_one_point_of_the_measured_score() throws Exception {
        Path dir = SharedData.require("data/extraction/scrapinghub");
        assumeTrue(Files.isRegularFile(dir.resolve("ground-truth.json")) && Files.isDirectory(dir.resolve("html")),
                "scrapinghub benchmark incomplete at " + dir + "; skipping");
        List<ExtractionEvaluation.Page> pages = ExtractionEvaluation.load(dir);
        assertEquals(181, pages.size());
        ExtractionEvaluation.Result result = ExtractionEvaluation.evaluate(pages,
                new HtmlArticleExtractor(HtmlExtractorConfig.defaults()), null);
        assertTrue(result.f1() >= MEASURED_F1 - 0.01, "F1 fell to " + result.f1() + " (P=" + result.precision()
                + ", R=" + result.recall() + "), measured " + MEASURED_F1);
    }
}
