package org.dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** One run of the {@code dossier} command line in this JVM: exit code, stdout, stderr. */
record CliRun(int exit, String out, String err) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static CliRun of(String... args) {
        return withStdin("", args);
    }

    static CliRun withStdin(String stdin, String... args) {
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == AnalyzeCommand.class) {
                    return cls.cast(new AnalyzeCommand(in, DossierEngine::shared));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new DossierCommand(), factory)
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** The records on stdout, whether written as JSON Lines, one JSON document or a JSON array. */
    List<JsonNode> records() {
        List<JsonNode> records = new ArrayList<>();
        try {
            String trimmed = out.strip();
            if (trimmed.isEmpty()) {
                return records;
            }
            if (trimmed.startsWith("[") || trimmed.startsWith("{\n")) {
                JsonNode node = JSON.readTree(trimmed);
                if (node.isArray()) {
                    node.forEach(records::add);
                } else {
                    records.add(node);
                }
                return records;
            }
            for (String line : trimmed.split("\n")) {
                records.add(JSON.readTree(line));
            }
            return records;
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("stdout is not JSON: " + out, e);
        }
    }

    /** The stderr lines that name a rejected or failed input. */
    List<String> problemLines() {
        return err.lines().filter(l -> l.startsWith("dossier: rejected") || l.startsWith("dossier: error")).toList();
    }
}
