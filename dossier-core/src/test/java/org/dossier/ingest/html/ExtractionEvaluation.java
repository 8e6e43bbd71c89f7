package org.dossier.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Scores {@link HtmlArticleExtractor} on the scrapinghub article-extraction benchmark (html/*.html.gz and
 * ground-truth.json); run as a main class, not a unit test. Args: benchmark dir, [per-page TSV output].
 */
public final class ExtractionEvaluation {

    private static final Pattern CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-:.]+)");

    /** One benchmark page: id, URL, true body and HTML. */
    record Page(String id, String url, String truth, String html) {
    }

    /** Averaged precision and recall, F1 from them, and pages per second of extraction. */
    record Result(double precision, double recall, double f1, double pagesPerSecond, int pages) {
    }

    private ExtractionEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/extraction/scrapinghub");
        Path perPage = args.length > 1 ? Path.of(args[1]) : null;
        List<Page> pages = load(dir);
        HtmlArticleExtractor extractor = new HtmlArticleExtractor(HtmlExtractorConfig.defaults());
        Result first = evaluate(pages, extractor, perPage);
        Result warm = evaluate(pages, extractor, null);
        System.out.printf("pages=%d precision=%.4f recall=%.4f F1=%.4f pages/s(cold)=%.1f pages/s(warm)=%.1f%n",
                first.pages(), first.precision(), first.recall(), first.f1(), first.pagesPerSecond(),
                warm.pagesPerSecond());
    }

    /** Reads every page of the benchmark at {@code dir}. */
    static List<Page> load(Path dir) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Path file = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                bytes = in.readAllBytes();
            }
            pages.add(new Page(e.getKey(), e.getValue().path("url").asText(""),
                    e.getValue().path("articleBody").asText(""), decode(bytes)));
        }
        return pages;
    }

    /** Runs the extractor on every page and averages the benchmark's per-page scores; optional per-page TSV. */
    static Result evaluate(List<Page> pages, HtmlArticleExtractor extractor, Path perPage) throws IOException {
        double pSum = 0;
        double rSum = 0;
        int pN = 0;
        int rN = 0;
        long nanos = 0;
        List<String> rows = new ArrayList<>();
        for (Page page : pages) {
            long t0 = System.nanoTime();
            HtmlExtraction x = extractor.extract(page.html(), page.url());
            nanos += System.nanoTime() - t0;
            ShingleMetric.Counts c = ShingleMetric.score(page.truth(), x.bodyText());
            double p = c.precision();
            double r = c.recall();
            if (!Double.isNaN(p)) {
                pSum += p;
                pN++;
            }
            if (!Double.isNaN(r)) {
                rSum += r;
                rN++;
            }
            rows.add(String.format("%s\t%.4f\t%.4f\t%s", page.id(), p, r, page.url()));
        }
        if (perPage != null) {
            Files.createDirectories(perPage.toAbsolutePath().getParent());
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(perPage))) {
                w.println("id\tprecision\trecall\turl");
                rows.forEach(w::println);
            }
        }
        double precision = pN == 0 ? 0 : pSum / pN;
        double recall = rN == 0 ? 0 : rSum / rN;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Result(precision, recall, f1, pages.size() / (nanos / 1e9), pages.size());
    }

    /** Decodes page bytes: UTF-8 when valid, else the charset a meta tag declares, else windows-1252. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = CHARSET.matcher(head);
            Charset cs = Charset.forName("windows-1252");
            if (m.find()) {
                try {
                    cs = Charset.forName(m.group(1));
                } catch (RuntimeException ignored) {
                    // unknown charset name: keep windows-1252
                }
            }
            return new String(bytes, cs);
        }
    }
}
