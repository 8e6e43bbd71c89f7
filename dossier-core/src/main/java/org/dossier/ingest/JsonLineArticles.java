package org.dossier.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.model.Article;
import org.dossier.model.ArticleIssue;
import org.dossier.model.InputFormat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds articles from JSON Lines records: {@code text} or {@code html} plus optional metadata fields. Thread-safe. */
final class JsonLineArticles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArticleAssembler assembler;
    private final HtmlArticles html;

    JsonLineArticles(ArticleAssembler assembler, HtmlArticles html) {
        this.assembler = assembler;
        this.html = html;
    }

    /** The article of one line ({@code where} names it as "path:line"); rejects broken or empty lines. */
    Article fromJson(String where, byte[] bytes) throws InputRejected {
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputRejected("broken JSON line: not valid UTF-8");
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (IOException e) {
            throw new InputRejected("broken JSON line: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            throw new InputRejected("JSON line is not an object");
        }
        List<ArticleIssue> issues = new ArrayList<>();
        ArticleMetadata meta = new ArticleMetadata(string(node, "id"), string(node, "title"),
                date(node, issues), firstString(node, "language", "lang"), string(node, "url"), string(node, "source"));
        String text = string(node, "text");
        String page = string(node, "html");
        if (text == null && page == null) {
            throw new InputRejected("JSON line has neither a 'text' nor an 'html' field");
        }
        if (text != null && !text.isBlank()) {
            return assembler.fromPlainText(where, InputFormat.JSONL,
                    TextDecoder.normaliseLineBreaks(text), meta, issues);
        }
        if (page != null && !page.isBlank()) {
            return html.fromString(where, InputFormat.JSONL, page, meta, issues);
        }
        throw new InputRejected("empty text");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    private static String firstString(JsonNode node, String... fields) {
        for (String f : fields) {
            String v = string(node, f);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static LocalDate date(JsonNode node, List<ArticleIssue> issues) {
        String raw = firstString(node, "published", "date");
        if (raw == null) {
            return null;
        }
        LocalDate parsed = PublicationDates.parse(raw);
        if (parsed == null) {
            issues.add(ArticleIssue.warning("ingest", "publication date '" + raw + "' is not an ISO date; ignored"));
        }
        return parsed;
    }
}
