package org.dossier.kb;

import org.dossier.entity.NameKeys;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A compact on-disk map from name keys to English Wikipedia titles, compiled once from a Wikipedia anchor
 * dictionary (lines "anchor TAB title TAB probability", as in CoreNLP's KBP wikidict) and memory-mapped, so
 * it opens in well under a second. Immutable; thread-safe.
 */
public final class WikiTitleIndex {

    private static final long MAGIC = 0x4457544931303031L;
    private static final double MIN_BUILD_PROBABILITY = 0.5;
    private static final double MIN_NAMED_PROBABILITY = 0.2;
    private static final int CHUNK_ENTRIES = 1_500_000;

    private final MappedByteBuffer offsets;
    private final MappedByteBuffer data;
    private final int count;

    private WikiTitleIndex(MappedByteBuffer offsets, MappedByteBuffer data, int count) {
        this.offsets = offsets;
        this.data = data;
        this.count = count;
    }

    /** Opens a compiled index; throws if the file is not one. */
    public static WikiTitleIndex open(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(12);
            ch.read(head, 0);
            head.flip();
            if (head.remaining() < 12 || head.getLong() != MAGIC) {
                throw new IOException(file + " is not a Dossier Wikipedia title index");
            }
            int n = head.getInt();
            MappedByteBuffer offs = ch.map(FileChannel.MapMode.READ_ONLY, 12, 4L * n);
            offs.order(ByteOrder.BIG_ENDIAN);
            MappedByteBuffer data = ch.map(FileChannel.MapMode.READ_ONLY, 12 + 4L * n, ch.size() - 12 - 4L * n);
            return new WikiTitleIndex(offs, data, n);
        }
    }

    public int size() {
        return count;
    }

    /** A title, how probable the anchor makes it, and whether the page is named by the looked-up name itself. */
    public record Title(String title, double probability, boolean namedByName) {
    }

    /** The title a name links to with at least {@code minProbability}, or null. */
    public String title(String name, double minProbability) {
        Title t = lookup(name);
        return t != null && t.probability() >= minProbability ? t.title() : null;
    }

    /** The title a name links to (spaces for underscores) and its probability, or null. */
    public Title lookup(String name) {
        String key = NameKeys.of(name);
        if (key.isEmpty()) {
            return null;
        }
        int lo = 0;
        int hi = count - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int at = offsets.getInt(4 * mid);
            int cmp = readString(at).compareTo(key);
            if (cmp < 0) {
                lo = mid + 1;
            } else if (cmp > 0) {
                hi = mid - 1;
            } else {
                int titleAt = at + utf8Length(at) + 1;
                int titleLength = utf8Length(titleAt);
                double p = (data.getShort(titleAt + titleLength + 1) & 0xFFFF) / 10_000.0;
                String title = readString(titleAt);
                return new Title(title.replace('_', ' '), p, namedByKey(new String[] {key, title}));
            }
        }
        return null;
    }

    private int utf8Length(int at) {
        int i = at;
        while (data.get(i) != 0) {
            i++;
        }
        return i - at;
    }

    private String readString(int at) {
        byte[] b = new byte[utf8Length(at)];
        data.get(at, b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /**
     * Compiles an anchor dictionary into {@code out}: anchors below probability 0.5 (0.2 for the page named by
     * the anchor itself), URLs and anchors that do not start with a capital or a digit are dropped; of anchors with one key, the page named by the key wins,
     * else the most probable title.
     * Sorts in chunks under {@code tmp} so memory stays bounded. Returns the number of keys written.
     */
    public static int build(InputStream dictionary, Path out, Path tmp) throws IOException {
        Files.createDirectories(tmp);
        List<Path> chunks = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(dictionary, StandardCharsets.UTF_8), 1 << 16)) {
            String[] buffer = new String[CHUNK_ENTRIES];
            int n = 0;
            String line;
            while ((line = r.readLine()) != null) {
                String entry = entry(line);
                if (entry == null) {
                    continue;
                }
                buffer[n++] = entry;
                if (n == buffer.length) {
                    chunks.add(writeChunk(buffer, n, tmp, chunks.size()));
                    n = 0;
                }
            }
            if (n > 0) {
                chunks.add(writeChunk(buffer, n, tmp, chunks.size()));
            }
        }
        Path dataFile = tmp.resolve("data.bin");
        int[] offs = new int[1024];
        int count = 0;
        try (DataOutputStream data = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(dataFile), 1 << 16))) {
            Merge merge = new Merge(chunks);
            String[] best = merge.next();
            while (best != null) {
                String[] next = merge.next();
                while (next != null && next[0].equals(best[0])) {
                    if (better(next, best)) {
                        best = next;
                    }
                    next = merge.next();
                }
                if (count == offs.length) {
                    offs = Arrays.copyOf(offs, count * 2);
                }
                offs[count++] = data.size();
                data.write(best[0].getBytes(StandardCharsets.UTF_8));
                data.write(0);
                data.write(best[1].getBytes(StandardCharsets.UTF_8));
                data.write(0);
                data.writeShort((int) Math.round(Math.min(1.0, Double.parseDouble(best[2])) * 10_000));
                best = next;
            }
            merge.close();
        }
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (DataOutputStream o = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
            o.writeLong(MAGIC);
            o.writeInt(count);
            for (int i = 0; i < count; i++) {
                o.writeInt(offs[i]);
            }
            Files.copy(dataFile, o);
        }
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        for (Path c : chunks) {
            Files.deleteIfExists(c);
        }
        Files.deleteIfExists(dataFile);
        return count;
    }

    /**
     * Of two titles for one key: the page named by the key itself ("Mississippi" for "mississippi", not
     * "Rankin County, Mississippi", which a rare anchor "MISSISSIPPI" points to with probability 1), then the
     * more probable.
     */
    private static boolean better(String[] candidate, String[] current) {
        boolean candidateNamed = namedByKey(candidate);
        boolean currentNamed = namedByKey(current);
        if (candidateNamed != currentNamed) {
            return candidateNamed;
        }
        return Double.parseDouble(candidate[2]) > Double.parseDouble(current[2]);
    }

    /** True when the title, less a parenthetical, has the entry's key: the page is named by the anchor. */
    static boolean namedByKey(String[] entry) {
        String title = entry[1].replace('_', ' ').replaceAll("\\s*\\(.*\\)$", "");
        return NameKeys.of(title).equals(entry[0]);
    }

    /** "key TAB title TAB probability" for a usable dictionary line, else null. */
    static String entry(String line) {
        int t1 = line.indexOf('\t');
        int t2 = t1 < 0 ? -1 : line.indexOf('\t', t1 + 1);
        if (t2 < 0 || t1 == 0 || t1 > 80) {
            return null;
        }
        char first = line.charAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first))) {
            return null;
        }
        String anchor = line.substring(0, t1);
        if (anchor.contains("http") || anchor.contains("www.") || anchor.indexOf(':') >= 0) {
            return null;
        }
        double p;
        try {
            p = Double.parseDouble(line.substring(t2 + 1).strip());
        } catch (NumberFormatException e) {
            return null;
        }
        if (p < MIN_NAMED_PROBABILITY) {
            return null;
        }
        String key = NameKeys.of(anchor);
        if (key.length() < 2 || key.chars().noneMatch(Character::isLetter)) {
            return null;
        }
        String[] entry = {key, line.substring(t1 + 1, t2), Double.toString(p)};
        if (p < MIN_BUILD_PROBABILITY && !namedByKey(entry)) {
            return null;
        }
        return key + "\t" + entry[1] + "\t" + p;
    }

    private static Path writeChunk(String[] buffer, int n, Path tmp, int index) throws IOException {
        Arrays.sort(buffer, 0, n, WikiTitleIndex::byKey);
        Path chunk = tmp.resolve("chunk-" + index + ".tsv");
        try (BufferedWriter w = Files.newBufferedWriter(chunk, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                w.write(buffer[i]);
                w.write('\n');
            }
        }
        Arrays.fill(buffer, 0, n, null);
        return chunk;
    }

    private static int byKey(String a, String b) {
        return a.substring(0, a.indexOf('\t')).compareTo(b.substring(0, b.indexOf('\t')));
    }

    /** A k-way merge of sorted chunk files, yielding [key, title, probability] in key order. */
    private static final class Merge {
        private final PriorityQueue<Head> heads = new PriorityQueue<>((x, y) -> x.fields[0].compareTo(y.fields[0]));
        private final List<BufferedReader> readers = new ArrayList<>();

        Merge(List<Path> chunks) throws IOException {
            for (Path c : chunks) {
                BufferedReader r = Files.newBufferedReader(c, StandardCharsets.UTF_8);
                readers.add(r);
                advance(r);
            }
        }

        private void advance(BufferedReader r) throws IOException {
            String line = r.readLine();
            if (line != null) {
                heads.add(new Head(line.split("\t", 3), r));
            }
        }

        String[] next() throws IOException {
            Head h = heads.poll();
            if (h == null) {
                return null;
            }
            advance(h.reader);
            return h.fields;
        }

        void close() throws IOException {
            for (BufferedReader r : readers) {
                r.close();
            }
        }

        private record Head(String[] fields, BufferedReader reader) {
        }
    }
}
