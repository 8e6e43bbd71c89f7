package org.dossier.model;

import java.util.Objects;

/** Where an article came from: a path ("-" for stdin, "file.jsonl:12" for a line), an optional URL, the format. */
public record SourceRef(String path, String url, InputFormat format) {

    public SourceRef {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
    }
}
