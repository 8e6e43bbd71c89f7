package org.dossier.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One knowledge-base TSV file: its kind (known from the header), and its rows by column name. */
record KbTable(String name, Kind kind, List<Row> rows) {

    /** The kinds of file, each with its required columns in order. */
    enum Kind {
        COUNTRIES("iso3", "iso2", "name", "wikipedia", "aliases", "demonyms", "capital", "capital_wikipedia", "capital_aliases"),
        PLACES("name", "wikipedia", "country", "kind", "sector", "aliases"),
        ACTORS("name", "type", "wikipedia", "country", "sector", "role", "start", "end", "aliases"),
        AGENTS("pattern", "sector", "sector2"),
        REGIONS("code", "name", "adjectives");

        final List<String> columns;

        Kind(String... columns) {
            this.columns = List.of(columns);
        }
    }

    /** One data line: its number in the file and its cells by column name (empty cells absent). */
    record Row(int line, Map<String, String> cells) {
        String get(String column) {
            return cells.get(column);
        }

        List<String> list(String column) {
            String v = cells.get(column);
            if (v == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String part : v.split("\\|")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
            return out;
        }
    }

    /** Reads a TSV whose header names one of the kinds; throws KbFormatException naming the file and line. */
    static KbTable read(String name, InputStream in) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = null;
            String line;
            int number = 0;
            List<Row> rows = new ArrayList<>();
            Kind kind = null;
            List<String> columns = null;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header == null) {
                    header = line.startsWith("\uFEFF") ? line.substring(1) : line;
                    columns = Arrays.asList(header.split("\t", -1));
                    kind = kindOf(name, columns);
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns.size()) {
                    throw new KbFormatException(name + ":" + number + ": " + cells.length + " cells, the header has "
                            + columns.size());
                }
                Map<String, String> byColumn = new HashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    String v = cells[i].strip();
                    if (!v.isEmpty()) {
                        byColumn.put(columns.get(i), v);
                    }
                }
                rows.add(new Row(number, byColumn));
            }
            if (kind == null) {
                throw new KbFormatException(name + ": empty file, no header");
            }
            return new KbTable(name, kind, rows);
        }
    }

    private static Kind kindOf(String name, List<String> columns) {
        for (Kind k : Kind.values()) {
            if (Set.copyOf(columns).equals(Set.copyOf(k.columns))) {
                return k;
            }
        }
        for (Kind k : Kind.values()) {
            if (columns.containsAll(k.columns)) {
                List<String> extra = new ArrayList<>(columns);
                extra.removeAll(k.columns);
                throw new KbFormatException(name + ": unknown column(s) " + extra + " for a " + k.name().toLowerCase()
                        + " file; expected " + k.columns);
            }
        }
        throw new KbFormatException(name + ": header " + columns + " matches no knowledge-base file kind; see docs/KNOWLEDGE_BASE.md");
    }
}
