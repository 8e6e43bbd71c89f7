package org.dossier.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared (test data that is never shipped) and the repository root for tests. */
public final class SharedData {

    private SharedData() {
    }

    /** The repository root: system property dossier.root (set by surefire), else the working directory's parent. */
    public static Path repoRoot() {
        String root = System.getProperty("dossier.root");
        if (root != null && !root.isBlank()) {
            return Path.of(root).toAbsolutePath().normalize();
        }
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("docs")) ? here : here.getParent();
    }

    /** The shared folder: system property dossier.shared, else ../shared beside the repository. */
    public static Path dir() {
        String shared = System.getProperty("dossier.shared");
        if (shared != null && !shared.isBlank()) {
            return Path.of(shared).toAbsolutePath().normalize();
        }
        return repoRoot().resolve("../shared").normalize();
    }

    /** A file or folder under the shared folder; skips the calling test with a clear message when it is absent. */
    public static Path require(String relative) {
        Path p = dir().resolve(relative);
        assumeTrue(Files.exists(p), "shared test data not found at " + p
                + " (set -Ddossier.shared=<folder>); skipping");
        return p;
    }
}
