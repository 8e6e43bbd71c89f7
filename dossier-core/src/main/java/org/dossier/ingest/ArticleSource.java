package org.dossier.ingest;

import org.dossier.model.InputFormat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * The front door of ingest: turns command-line inputs (files, directories, "-" for stdin) into a lazy
 * sequence of {@link IngestOutcome}s, one per article or rejected input, in input order. JSON Lines files
 * are streamed. {@code fallbackPublished} (nullable) dates articles whose input carries no date.
 * Not thread-safe; close it to release an open file.
 */
public final class ArticleSource implements Iterator<IngestOutcome>, AutoCloseable {

    private final IngestConfig config;
    private final LocalDate fallbackPublished;
    private final InputStream stdin;
    private final ArticleAssembler assembler;
    private final HtmlArticles html;
    private final JsonLineArticles jsonLines;
    private final Deque<Object> pending = new ArrayDeque<>();
    private JsonlFile jsonl;
    private IngestOutcome next;

    private ArticleSource(List<String> inputs, IngestConfig config, LocalDate fallbackPublished, InputStream stdin) {
        this.config = config;
        this.fallbackPublished = fallbackPublished;
        this.stdin = stdin;
        this.assembler = new ArticleAssembler(config);
        this.html = new HtmlArticles(assembler);
        this.jsonLines = new JsonLineArticles(assembler, html);
        pending.addAll(inputs);
    }

    public static ArticleSource open(List<String> inputs, IngestConfig config, LocalDate fallbackPublished, InputStream stdin) {
        return new ArticleSource(inputs, config, fallbackPublished, stdin);
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            next = advance();
            if (next == null && pending.isEmpty() && jsonl == null) {
                return false;
            }
        }
        return true;
    }

    @Override
    public IngestOutcome next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        IngestOutcome out = next;
        next = null;
        return datedIfUndated(out);
    }

    private IngestOutcome datedIfUndated(IngestOutcome out) {
        if (fallbackPublished != null && out instanceof IngestOutcome.Accepted a && a.article().published() == null) {
            return new IngestOutcome.Accepted(a.article().withPublished(fallbackPublished));
        }
        return out;
    }

    /** The next outcome, or null when this step produced none (a skipped file, an expanded directory). */
    private IngestOutcome advance() {
        if (jsonl != null) {
            IngestOutcome out = jsonl.next();
            if (out != null) {
                return out;
            }
            jsonl.close();
            jsonl = null;
        }
        if (pending.isEmpty()) {
            return null;
        }
        Object item = pending.removeFirst();
        if (item instanceof IngestOutcome outcome) {
            return outcome;
        }
        if (item instanceof Path path) {
            return readFile(path);
        }
        String input = (String) item;
        if (input.equals("-")) {
            return readStdin();
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            expandDirectory(path);
            return null;
        }
        return readFile(path);
    }

    private void expandDirectory(Path dir) {
        List<Object> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (formatOf(file) != null || attrs.isSymbolicLink()) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found.add(new IngestOutcome.Rejected(file.toString(), "cannot read: " + describe(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.add(new IngestOutcome.Rejected(dir.toString(), "cannot read directory: " + describe(e)));
        }
        found.sort((a, b) -> nameOf(a).compareTo(nameOf(b)));
        for (int i = found.size() - 1; i >= 0; i--) {
            pending.addFirst(found.get(i));
        }
    }

    private static String nameOf(Object o) {
        return o instanceof Path p ? p.toString() : ((IngestOutcome) o).input();
    }

    private IngestOutcome readFile(Path path) {
        String name = path.toString();
        InputFormat format = formatOf(path);
        try {
            if (!Files.exists(path)) {
                return new IngestOutcome.Rejected(name, Files.isSymbolicLink(path)
                        ? "cannot read: broken symbolic link" : "cannot read: no such file");
            }
            if (!Files.isRegularFile(path)) {
                return new IngestOutcome.Rejected(name, "cannot read: not a regular file");
            }
            if (!Files.isReadable(path)) {
                return new IngestOutcome.Rejected(name, "cannot read: permission denied");
            }
            if (format == InputFormat.JSONL) {
                jsonl = new JsonlFile(name, new BufferedInputStream(Files.newInputStream(path), 1 << 16), true);
                return null;
            }
            long max = format == InputFormat.HTML ? config.maxHtmlFileBytes() : config.maxTextFileBytes();
            byte[] bytes = BoundedBytes.readFile(path, max);
            return readDocument(name, bytes, format == null ? sniff(bytes) : format);
        } catch (InputRejected e) {
            return new IngestOutcome.Rejected(name, e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            return new IngestOutcome.Rejected(name, "cannot read: " + describe(e));
        }
    }

    private IngestOutcome readStdin() {
        try {
            InputStream in = new BufferedInputStream(stdin, 1 << 16);
            in.mark(16);
            byte[] head = in.readNBytes(1);
            in.reset();
            if (head.length == 1 && head[0] == '{') {
                jsonl = new JsonlFile("-", in, false);
                return null;
            }
            byte[] bytes = BoundedBytes.read(in, config.maxHtmlFileBytes());
            return readDocument("-", bytes, sniff(bytes));
        } catch (InputRejected e) {
            return new IngestOutcome.Rejected("-", e.getMessage());
        } catch (IOException e) {
            return new IngestOutcome.Rejected("-", "cannot read: " + describe(e));
        }
    }

    private IngestOutcome readDocument(String name, byte[] bytes, InputFormat format) throws InputRejected {
        if (format == InputFormat.HTML) {
            return new IngestOutcome.Accepted(html.fromBytes(name, bytes, ArticleMetadata.none()));
        }
        if (bytes.length > config.maxTextFileBytes()) {
            throw new InputRejected("text is " + BoundedBytes.megabytes(bytes.length) + ", more than the limit of "
                    + BoundedBytes.megabytes(config.maxTextFileBytes()));
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, null);
        return new IngestOutcome.Accepted(assembler.fromPlainText(name, InputFormat.TEXT, decoded.text(),
                ArticleMetadata.none(), decoded.issues()));
    }

    /** The format a file name says, or null when it names none Dossier reads. */
    static InputFormat formatOf(Path path) {
        String n = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".txt")) {
            return InputFormat.TEXT;
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return InputFormat.HTML;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return InputFormat.JSONL;
        }
        return null;
    }

    /** HTML when the first non-blank bytes open a tag or doctype, else text. */
    static InputFormat sniff(byte[] bytes) {
        int n = Math.min(bytes.length, 1024);
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) {
            head = head.substring(3).stripLeading();
        }
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<body") || head.startsWith("<article") || head.startsWith("<!--")
                ? InputFormat.HTML : InputFormat.TEXT;
    }

    private static String describe(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    @Override
    public void close() {
        if (jsonl != null) {
            jsonl.close();
            jsonl = null;
        }
    }

    /** One JSON Lines stream being read, line by line. */
    private final class JsonlFile {
        private final String name;
        private final InputStream in;
        private final boolean owned;
        private final JsonLines lines;

        JsonlFile(String name, InputStream in, boolean owned) {
            this.name = name;
            this.in = in;
            this.owned = owned;
            this.lines = new JsonLines(in, config.maxJsonLineBytes());
        }

        /** The next outcome, or null at the end of the file. */
        IngestOutcome next() {
            try {
                JsonLines.Line line;
                while ((line = lines.next()) != null) {
                    String where = name + ":" + line.number();
                    if (line.bytes() == null) {
                        return new IngestOutcome.Rejected(where, "line is " + BoundedBytes.megabytes(line.length())
                                + ", more than the limit of " + BoundedBytes.megabytes(config.maxJsonLineBytes()));
                    }
                    if (isBlank(line.bytes())) {
                        continue;
                    }
                    try {
                        return new IngestOutcome.Accepted(jsonLines.fromJson(where, line.bytes()));
                    } catch (InputRejected e) {
                        return new IngestOutcome.Rejected(where, e.getMessage());
                    }
                }
                return null;
            } catch (IOException e) {
                return new IngestOutcome.Rejected(name, "cannot read further: " + describe(e));
            }
        }

        void close() {
            if (owned) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // nothing left to lose: every line read has been handed on
                }
            }
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
