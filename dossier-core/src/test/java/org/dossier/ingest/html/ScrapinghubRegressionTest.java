package org.dossier.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Guards the measured score on the scrapinghub article-extraction benchmark; skips when ../shared is absent. */
class ScrapinghubRegressionTest {

    /** F1 measured with bench/extraction.sh when this test was last updated (see docs/EXTRACTION.md). */
    private static final double MEASURED_F1 = 0.9695;

    @Test
    void keeps_benchmark_f1_within_one_point_of_the_measured_score() throws Exception {
        Path dir = benchmarkDir();
        assumeTrue(Files.isRegularFile(dir.resolve("ground-truth.json")) && Files.isDirectory(dir.resolve("html")),
                "scrapinghub benchmark not found at " + dir + " (set -Ddossier.shared=<shared folder>); skipping");
        List<ExtractionEvaluation.Page> pages = ExtractionEvaluation.load(dir);
        assertEquals(181, pages.size());
        ExtractionEvaluation.Result result = ExtractionEvaluation.evaluate(pages,
                new HtmlArticleExtractor(HtmlExtractorConfig.defaults()), null);
        assertTrue(result.f1() >= MEASURED_F1 - 0.01, "F1 fell to " + result.f1() + " (P=" + result.precision()
                + ", R=" + result.recall() + "), measured " + MEASURED_F1);
    }

    private static Path benchmarkDir() {
        String shared = System.getProperty("dossier.shared");
        Path base;
        if (shared != null && !shared.isBlank()) {
            base = Path.of(shared);
        } else {
            String root = System.getProperty("dossier.root");
            base = root != null && !root.isBlank() ? Path.of(root).resolve("../shared")
                    : Path.of("").toAbsolutePath().resolve("../../shared");
        }
        return base.resolve("data/extraction/scrapinghub").normalize();
    }
}
