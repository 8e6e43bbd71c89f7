package org.dossier.record;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Article;
import org.dossier.model.ArticleIssue;
import org.dossier.model.Duplicate;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.EventActor;
import org.dossier.model.Mention;
import org.dossier.model.Quote;
import org.dossier.model.TextSpan;
import org.dossier.model.TimeExpression;

import java.util.List;

/** Writes analysed articles as article records (schema {@value #SCHEMA}). Thread-safe. */
public final class ArticleRecords {

    public static final String SCHEMA = "dossier.article/1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleRecords() {
    }

    public static ObjectMapper mapper() {
        return JSON;
    }

    /** The record of one analysed article; every offset a code point offset into {@code text}. */
    public static ObjectNode toJson(AnalyzedArticle analyzed) {
        Article a = analyzed.article();
        Writer w = new Writer(a.text());
        ObjectNode r = JSON.createObjectNode();
        r.put("schema", SCHEMA);
        r.put("id", a.id());
        ObjectNode source = r.putObject("source");
        source.put("path", a.source().path());
        source.put("url", a.source().url());
        source.put("format", a.source().format().label());
        source.put("name", a.source().name());
        r.put("title", a.title());
        r.put("published", a.published() == null ? null : a.published().toString());
        r.put("language", a.language());
        r.put("text", a.text());
        r.set("structure", w.structure(a));
        ArrayNode entities = r.putArray("entities");
        analyzed.entities().forEach(e -> entities.add(w.entity(e, analyzed.entities())));
        ArrayNode quotes = r.putArray("quotes");
        analyzed.quotes().forEach(q -> quotes.add(w.quote(q)));
        ArrayNode events = r.putArray("events");
        analyzed.events().forEach(e -> events.add(w.event(e)));
        ArrayNode times = r.putArray("times");
        analyzed.times().forEach(t -> times.add(w.time(t)));
        ArrayNode issues = r.putArray("issues");
        analyzed.allIssues().forEach(i -> issues.add(issue(i)));
        return r;
    }

    public static ObjectNode issue(ArticleIssue i) {
        ObjectNode n = JSON.createObjectNode();
        n.put("stage", i.stage());
        n.put("severity", i.severity().label());
        n.put("message", i.message());
        return n;
    }

    /** Converts the spans of one article. */
    private static final class Writer {
        private final String text;
        private final CodePointOffsets offsets;

        Writer(String text) {
            this.text = text;
            this.offsets = new CodePointOffsets(text);
        }

        ObjectNode span(TextSpan s) {
            ObjectNode n = JSON.createObjectNode();
            putSpan(n, s);
            return n;
        }

        void putSpan(ObjectNode n, TextSpan s) {
            n.put("start", offsets.of(s.start()));
            n.put("end", offsets.of(s.end()));
        }

        ObjectNode structure(Article a) {
            ObjectNode n = JSON.createObjectNode();
            n.set("title", a.structure().title() == null ? null : span(a.structure().title()));
            spans(n.putArray("headings"), a.structure().headings());
            spans(n.putArray("paragraphs"), a.structure().paragraphs());
            ArrayNode dups = n.putArray("duplicates");
            for (Duplicate d : a.structure().duplicates()) {
                ObjectNode dn = span(d.span());
                dn.set("of", span(d.of()));
                dups.add(dn);
            }
            return n;
        }

        private void spans(ArrayNode out, List<TextSpan> spans) {
            spans.forEach(s -> out.add(span(s)));
        }

        ObjectNode entity(Entity e, List<Entity> all) {
            ObjectNode n = JSON.createObjectNode();
            n.put("id", e.id());
            n.put("name", e.name());
            n.put("type", e.type().name());
            n.putObject("kb").put("wikipedia", e.wikipedia());
            n.put("country", e.country());
            n.put("sector", e.sector());
            n.put("role", e.role());
            n.set("roleEvidence", e.roleEvidence() == null ? null : span(e.roleEvidence()));
            ArrayNode affiliations = n.putArray("affiliations");
            e.affiliations(all).forEach(affiliations::add);
            n.put("confidence", e.confidence());
            ArrayNode mentions = n.putArray("mentions");
            for (Mention m : e.mentions()) {
                ObjectNode mn = span(m.span());
                mn.put("text", m.text());
                mn.put("kind", m.kind().label());
                mentions.add(mn);
            }
            return n;
        }

        ObjectNode quote(Quote q) {
            ObjectNode n = JSON.createObjectNode();
            n.put("id", q.id());
            putSpan(n, q.span());
            n.put("text", q.text());
            ArrayNode fragments = n.putArray("fragments");
            q.fragments().forEach(f -> fragments.add(span(f)));
            n.put("direct", q.direct());
            n.put("partial", q.partial());
            if (q.cue() == null) {
                n.putNull("cue");
            } else {
                ObjectNode c = n.putObject("cue");
                putSpan(c, q.cue().span());
                c.put("text", q.cue().text());
            }
            if (q.speaker() == null) {
                n.putNull("speaker");
            } else {
                ObjectNode s = n.putObject("speaker");
                s.put("entity", q.speaker().entityId());
                s.put("name", q.speaker().name());
                s.put("role", q.speaker().role());
                putSpan(s, q.speaker().span());
            }
            n.put("confidence", q.confidence());
            return n;
        }

        ObjectNode event(Event e) {
            ObjectNode n = JSON.createObjectNode();
            n.put("id", e.id());
            n.put("plover", e.plover());
            n.put("mode", e.mode());
            n.put("cameo", e.cameo());
            n.put("status", e.status().label());
            n.set("source", actor(e.source()));
            n.set("target", actor(e.target()));
            n.put("date", e.date());
            n.put("dateSource", e.dateSource());
            n.set("location", actor(e.location()));
            n.put("goldstein", e.goldstein());
            n.put("quadClass", e.quadClass());
            ObjectNode ev = span(e.evidence());
            ev.put("text", e.evidence().of(text));
            n.set("evidence", ev);
            ObjectNode trigger = span(e.trigger());
            trigger.put("text", e.trigger().of(text));
            n.set("trigger", trigger);
            n.put("principal", e.principal());
            n.put("rule", e.rule());
            n.put("confidence", e.confidence());
            return n;
        }

        private static ObjectNode actor(EventActor a) {
            if (a == null) {
                return null;
            }
            ObjectNode n = JSON.createObjectNode();
            n.put("entity", a.entityId());
            n.put("name", a.name());
            n.put("actor", a.actor());
            n.put("country", a.country());
            n.put("sector", a.sector());
            return n;
        }

        ObjectNode time(TimeExpression t) {
            ObjectNode n = span(t.span());
            n.put("text", t.text());
            n.put("type", t.type());
            n.put("value", t.value());
            n.put("timex", t.timex());
            return n;
        }
    }
}
