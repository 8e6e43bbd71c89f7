package org.dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;

/** Splits a byte stream into lines of at most a given length; longer lines are skipped and reported. Not thread-safe. */
final class JsonLines {

    /** One line: its 1-based number, its bytes without the line break, or null when it was too long. */
    record Line(long number, byte[] bytes, long length) {
    }

    private final InputStream in;
    private final int max;
    private long number;
    private boolean eof;

    JsonLines(InputStream in, int max) {
        this.in = in;
        this.max = max;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        if (eof) {
            return null;
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream(4096);
        long length = 0;
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (length < max) {
                buf.write(b);
            }
            length++;
        }
        if (b < 0) {
            eof = true;
            if (length == 0) {
                return null;
            }
        }
        number++;
        return new Line(number, length > max ? null : buf.toByteArray(), length);
    }
}
