package org.dossier.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.dossier.entity.NameGroupingResolver;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.ArticleIssue;
import org.dossier.testing.Articles;
import org.dossier.testing.RecordChecks;
import org.junit.jupiter.api.Test;

class ArticleRecordsTest {

    @Test
    void offsets_are_code_points_even_after_astral_characters() {
        String text = "🇺🇦 Zelenskyy met 😀 Macron in Kyiv.";
        AnnotatedArticle annotated = Articles.withNames(text, "Zelenskyy", "PERSON", "Macron", "PERSON", "Kyiv", "LOCATION");
        AnalyzedArticle analyzed = new AnalyzedArticle(annotated, new NameGroupingResolver().resolve(annotated),
                List.of(), List.of(), List.of(), List.of(ArticleIssue.warning("test", "a note")));
        JsonNode record = ArticleRecords.toJson(analyzed);
        RecordChecks.assertValidRecord(record);
        JsonNode zelenskyy = record.get("entities").get(0).get("mentions").get(0);
        assertEquals(3, zelenskyy.get("start").asInt());
        assertEquals("warning", record.get("issues").get(0).get("severity").asText());
    }

    @Test
    void every_contract_field_is_present_even_when_empty() {
        JsonNode record = ArticleRecords.toJson(new AnalyzedArticle(Articles.withNames("Plain text."), List.of(),
                List.of(), List.of(), List.of(), List.of()));
        for (String field : List.of("schema", "id", "source", "title", "published", "language", "text", "structure",
                "entities", "quotes", "events", "times", "issues")) {
            assertTrue(record.has(field), field);
        }
        assertEquals("dossier.article/1", record.get("schema").asText());
        assertTrue(record.get("events").isArray());
        RecordChecks.assertValidRecord(record);
    }
}
