package org.dossier.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Set;

/** Invariants every article record must meet: valid against docs/article.schema.json, every span inside the text. */
public final class RecordChecks {

    private static volatile JsonSchema schema;

    private RecordChecks() {
    }

    /** Fails unless {@code record} is schema-valid and every span's text is the code points it names. */
    public static void assertValidRecord(JsonNode record) {
        Set<ValidationMessage> errors = schema().validate(record);
        assertTrue(errors.isEmpty(), "record does not match docs/article.schema.json: " + errors);
        int[] text = record.get("text").asText().codePoints().toArray();
        JsonNode s = record.get("structure");
        if (!s.get("title").isNull()) {
            checkSpan(text, s.get("title"), null);
        }
        s.get("headings").forEach(h -> checkSpan(text, h, null));
        s.get("paragraphs").forEach(p -> checkSpan(text, p, null));
        s.get("duplicates").forEach(d -> {
            checkSpan(text, d, null);
            checkSpan(text, d.get("of"), null);
        });
        for (JsonNode e : record.get("entities")) {
            e.get("mentions").forEach(m -> checkSpan(text, m, m.get("text").asText()));
            if (e.hasNonNull("roleEvidence")) {
                checkSpan(text, e.get("roleEvidence"), e.get("role").asText());
            }
        }
        for (JsonNode q : record.get("quotes")) {
            checkSpan(text, q, q.get("text").asText());
            if (!q.get("cue").isNull()) {
                checkSpan(text, q.get("cue"), q.get("cue").get("text").asText());
            }
            if (!q.get("speaker").isNull()) {
                checkSpan(text, q.get("speaker"), null);
            }
        }
        for (JsonNode v : record.get("events")) {
            checkSpan(text, v.get("evidence"), v.get("evidence").get("text").asText());
            checkSpan(text, v.get("trigger"), v.get("trigger").get("text").asText());
        }
        for (JsonNode t : record.get("times")) {
            checkSpan(text, t, t.get("text").asText());
        }
    }

    private static void checkSpan(int[] text, JsonNode span, String expected) {
        int start = span.get("start").asInt();
        int end = span.get("end").asInt();
        assertTrue(0 <= start && start <= end && end <= text.length, "span [" + start + ", " + end
                + ") outside a text of " + text.length + " code points: " + span);
        if (expected != null) {
            assertEquals(expected, new String(text, start, end - start), "span text differs from the text at " + span);
        }
    }

    private static JsonSchema schema() {
        JsonSchema s = schema;
        if (s == null) {
            try (InputStream in = Files.newInputStream(SharedData.repoRoot().resolve("docs/article.schema.json"))) {
                s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException("docs/article.schema.json not readable", e);
            }
            schema = s;
        }
        return s;
    }
}
