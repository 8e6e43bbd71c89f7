package org.dossier.ingest.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the Article-typed object among a page's ld+json scripts, reading a bounded amount of JSON. */
final class JsonLdArticleReader {

    private static final int MAX_NESTING = 64;
    private static final int MAX_NODES_VISITED = 20_000;
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "report",
            "scholarlyarticle", "techarticle", "socialmediaposting", "liveblogposting", "posting", "webpage");

    private final ObjectMapper mapper;
    private final int maxChars;

    JsonLdArticleReader(int maxChars) {
        this.maxChars = maxChars;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxStringLength(maxChars + 1)
                        .maxNumberLength(100)
                        .build())
                .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                .build();
        this.mapper = new ObjectMapper(factory);
    }

    /** The best article object of the page (a non-"WebPage" type wins), or {@link JsonLdArticle#NONE}. */
    JsonLdArticle read(Document doc) {
        int budget = maxChars;
        JsonLdArticle best = JsonLdArticle.NONE;
        int bestRank = 0;
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data();
            if (json.length() > budget) {
                break;
            }
            budget -= json.length();
            JsonNode root;
            try {
                root = mapper.readTree(json.strip());
            } catch (Exception e) {
                continue;
            }
            Deque<JsonNode> pending = new ArrayDeque<>();
            pending.push(root);
            int visited = 0;
            while (!pending.isEmpty() && visited++ < MAX_NODES_VISITED) {
                JsonNode node = pending.pop();
                if (node == null) {
                    continue;
                }
                if (node.isArray()) {
                    node.forEach(pending::addLast);
                    continue;
                }
                if (!node.isObject()) {
                    continue;
                }
                int rank = articleRank(node.get("@type"));
                if (rank > bestRank) {
                    bestRank = rank;
                    best = toArticle(node);
                }
                for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                    JsonNode child = it.next();
                    if (child.isContainerNode()) {
                        pending.addLast(child);
                    }
                }
            }
        }
        return best;
    }

    private static int articleRank(JsonNode type) {
        if (type == null) {
            return 0;
        }
        int rank = 0;
        Iterable<JsonNode> types = type.isArray() ? type : java.util.List.of(type);
        for (JsonNode t : types) {
            String name = t.asText("").toLowerCase(Locale.ROOT);
            int slash = name.lastIndexOf('/');
            if (slash >= 0) {
                name = name.substring(slash + 1);
            }
            if (ARTICLE_TYPES.contains(name)) {
                rank = Math.max(rank, name.equals("webpage") ? 1 : 2);
            }
        }
        return rank;
    }

    private static JsonLdArticle toArticle(JsonNode node) {
        JsonNode language = node.get("inLanguage");
        String lang = language != null && language.isObject() ? text(language.get("name")) : text(language);
        return new JsonLdArticle(text(node.get("headline")), text(node.get("datePublished")), lang,
                text(node.get("url")));
    }

    private static String text(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isArray() && value.size() > 0) {
            value = value.get(0);
        }
        if (!value.isValueNode()) {
            return null;
        }
        String s = value.asText("").strip();
        return s.isEmpty() ? null : s;
    }
}
