package org.dossier.model;

import java.util.Objects;

/**
 * Where an article came from: a path ("-" for stdin, "file.jsonl:12" for a line), the URL and the name of the
 * publication (both nullable), the format.
 */
public record SourceRef(String path, String url, InputFormat format, String name) {

    public SourceRef {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
    }
}
