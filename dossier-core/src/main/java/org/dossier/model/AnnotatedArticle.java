package org.dossier.model;

import java.util.List;
import java.util.Objects;

/** An article with its linguistic layer: sentences, tokens, parses, NER mentions and raw time expressions. */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<NamedEntityMention> names,
                               List<TimeExpression> times, List<ArticleIssue> issues) {

    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        names = List.copyOf(names);
        times = List.copyOf(times);
        issues = List.copyOf(issues);
    }

    public String text() {
        return article.text();
    }

    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) {
            n += s.tokens().size();
        }
        return n;
    }

    /** The sentence that wholly contains {@code span}, or null. */
    public Sentence sentenceContaining(TextSpan span) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            TextSpan s = sentences.get(mid).span();
            if (s.end() <= span.start()) {
                lo = mid + 1;
            } else if (s.start() > span.start()) {
                hi = mid - 1;
            } else {
                return s.contains(span) ? sentences.get(mid) : null;
            }
        }
        return null;
    }
}
