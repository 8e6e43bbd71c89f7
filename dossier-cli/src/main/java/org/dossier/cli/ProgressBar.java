package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A one-line progress display on stderr, redrawn at most five times a second; silent when disabled. Not thread-safe. */
final class ProgressBar {

    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** True when this process's stderr is a terminal (Linux: /proc/self/fd/2 points to a tty). */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }

    void update(int analysed, int rejected, long tokens) {
        long now = System.nanoTime();
        if (!enabled || now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        int width = 20;
        int pos = (int) ((now - started) / REDRAW_NANOS) % (2 * width - 2);
        int at = pos < width ? pos : 2 * width - 2 - pos;
        StringBuilder bar = new StringBuilder("[");
        for (int i = 0; i < width; i++) {
            bar.append(i == at ? '#' : '-');
        }
        bar.append(']');
        err.printf(Locale.ROOT, "\r%s %d analysed, %d rejected, %.1f articles/s, %.0f tokens/s ",
                bar, analysed, rejected, analysed / seconds, tokens / seconds);
        err.flush();
        drawn = true;
    }

    /** Clears the line so that a message can be printed. */
    void clear() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
    }
}
