package org.dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads whole inputs into memory only up to a limit. Stateless. */
final class BoundedBytes {

    private BoundedBytes() {
    }

    static byte[] readFile(Path path, long max) throws InputRejected, IOException {
        long size = Files.size(path);
        if (size > max) {
            throw new InputRejected("file is " + megabytes(size) + ", more than the limit of " + megabytes(max));
        }
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, max);
        }
    }

    static byte[] read(InputStream in, long max) throws InputRejected, IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
            throw new InputRejected("input is more than the limit of " + megabytes(max));
        }
        return bytes;
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
