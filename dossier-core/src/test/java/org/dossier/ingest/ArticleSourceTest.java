package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.InputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourceTest {

    @TempDir
    Path dir;

    private static List<IngestOutcome> read(List<String> inputs, LocalDate published, InputStream stdin) {
        List<IngestOutcome> out = new ArrayList<>();
        try (ArticleSource source = ArticleSource.open(inputs, IngestConfig.defaults(), published, stdin)) {
            source.forEachRemaining(out::add);
        }
        return out;
    }

    private static List<IngestOutcome> read(Path... paths) {
        return read(java.util.Arrays.stream(paths).map(Path::toString).toList(), null, InputStream.nullInputStream());
    }

    private static Article accepted(IngestOutcome o) {
        return assertInstanceOf(IngestOutcome.Accepted.class, o, () -> "expected an article, got " + o).article();
    }

    private static String rejection(IngestOutcome o) {
        return assertInstanceOf(IngestOutcome.Rejected.class, o, () -> "expected a rejection, got " + o).reason();
    }

    @Test
    void broken_json_line_is_rejected_and_the_good_lines_still_come_out() throws Exception {
        Path f = dir.resolve("batch.jsonl");
        Files.writeString(f, "{\"id\":\"a\",\"text\":\"First story.\\n\\nIt has a body.\"}\n"
                + "{\"id\":\"b\",\"text\":\"unterminated\n"
                + "\n"
                + "{\"id\":\"c\",\"title\":\"Third\",\"published\":\"2024-01-02\",\"text\":\"Third story body.\"}\n"
                + "{\"id\":\"d\"}\n");
        List<IngestOutcome> out = read(f);
        assertEquals(4, out.size());
        assertEquals("a", accepted(out.get(0)).id());
        assertTrue(rejection(out.get(1)).startsWith("broken JSON line"));
        assertEquals(f + ":2", out.get(1).input());
        Article c = accepted(out.get(2));
        assertEquals(LocalDate.of(2024, 1, 2), c.published());
        assertEquals("Third", c.title());
        assertEquals(f + ":5", out.get(3).input());
        assertTrue(rejection(out.get(3)).contains("neither a 'text' nor an 'html'"));
    }

    @Test
    void empty_and_binary_files_are_rejected_with_a_reason() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path binary = dir.resolve("image.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        List<IngestOutcome> out = read(empty, binary);
        assertEquals("empty file", rejection(out.get(0)));
        assertTrue(rejection(out.get(1)).contains("PNG"));
    }

    @Test
    void a_50_mb_text_file_is_rejected_without_being_read() throws Exception {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(50_000_000L);
        }
        String reason = rejection(read(huge).get(0));
        assertTrue(reason.contains("50.0 MB") && reason.contains("limit"), reason);
    }

    @Test
    void directories_are_read_recursively_in_name_order_and_unreadable_entries_reported() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("b-sub"));
        Files.writeString(dir.resolve("a.txt"), "Alpha\nFirst body line.");
        Files.writeString(sub.resolve("c.txt"), "Gamma\nThird body line.");
        Files.writeString(dir.resolve("notes.md"), "# not an article format");
        Files.createSymbolicLink(dir.resolve("d.txt"), dir.resolve("missing-target.txt"));
        List<IngestOutcome> out = read(dir);
        assertEquals(3, out.size(), out::toString);
        assertEquals("Alpha", accepted(out.get(0)).title());
        assertEquals("Gamma", accepted(out.get(1)).title());
        assertTrue(rejection(out.get(2)).startsWith("cannot read"), out.get(2).toString());
    }

    @Test
    void a_file_without_read_permission_is_rejected_when_permissions_apply() throws Exception {
        Path locked = dir.resolve("locked.txt");
        Files.writeString(locked, "Title\nBody.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        IngestOutcome out = read(locked).get(0);
        if (Files.isReadable(locked)) {
            // root reads everything; the broken-link case in the directory test covers unreadable entries there
            accepted(out);
        } else {
            assertEquals("cannot read: permission denied", rejection(out));
        }
    }

    @Test
    void stdin_takes_plain_text_or_json_lines() {
        Article text = accepted(read(List.of("-"), null,
                new ByteArrayInputStream("Headline\nBody of the story.".getBytes(StandardCharsets.UTF_8))).get(0));
        assertEquals("Headline", text.title());
        assertEquals("-", text.source().path());
        List<IngestOutcome> lines = read(List.of("-"), null, new ByteArrayInputStream(
                "{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, lines.size());
        assertEquals(InputFormat.JSONL, accepted(lines.get(1)).source().format());
    }

    @Test
    void the_fallback_date_applies_only_to_undated_articles() throws Exception {
        Path f = dir.resolve("two.jsonl");
        Files.writeString(f, "{\"text\":\"Undated.\"}\n{\"text\":\"Dated.\",\"date\":\"2019-01-04\"}\n");
        List<IngestOutcome> out = read(List.of(f.toString()), LocalDate.of(2025, 5, 7), InputStream.nullInputStream());
        assertEquals(LocalDate.of(2025, 5, 7), accepted(out.get(0)).published());
        assertEquals(LocalDate.of(2019, 1, 4), accepted(out.get(1)).published());
        assertNull(accepted(read(f).get(0)).published());
    }

    @Test
    void an_html_page_without_an_article_is_rejected() throws Exception {
        Path page = dir.resolve("nav.html");
        Files.writeString(page, "<html><head><title>Home</title></head><body><nav><a href='/a'>A</a> <a href='/b'>B</a></nav>"
                + "<footer>© Example</footer></body></html>");
        assertEquals("HTML page has no article content", rejection(read(page).get(0)));
    }

    @Test
    void a_page_cut_to_its_block_limit_says_so() throws Exception {
        StringBuilder html = new StringBuilder("<html><body><article>");
        for (int i = 0; i < 6_000; i++) {
            html.append("<p>Paragraph ").append(i).append(" tells of the summit in Geneva where leaders talked trade.</p>");
        }
        Path page = dir.resolve("long.html");
        Files.writeString(page, html.append("</article></body></html>"));
        Article a = accepted(read(page).get(0));
        assertTrue(a.issues().stream().anyMatch(i -> i.message().contains("only the first")), a.issues()::toString);
    }

    @Test
    void html_charset_comes_from_the_meta_tag() throws Exception {
        Path page = dir.resolve("latin.html");
        String html = "<html><head><meta charset=\"iso-8859-1\"><title>Grüße aus München</title></head><body><article>"
                + "<h1>Grüße aus München</h1><p>Die Stadt München begrüßt am Montag die Delegationen aus Österreich und der Schweiz "
                + "zu einem Treffen über die Zukunft der Alpenregion und ihre Verkehrswege.</p>"
                + "<p>Der Bürgermeister sagte, man erwarte konstruktive Gespräche über Zölle und Grenzkontrollen.</p></article></body></html>";
        Files.write(page, html.getBytes(StandardCharsets.ISO_8859_1));
        Article a = accepted(read(page).get(0));
        assertTrue(a.text().contains("München begrüßt"), a.text());
        assertTrue(a.issues().isEmpty(), a.issues()::toString);
    }
}
