package org.dossier.pipeline;

import org.dossier.annotate.AnnotationFailure;
import org.dossier.annotate.Annotator;
import org.dossier.entity.EntityResolver;
import org.dossier.event.EventCoder;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Article;
import org.dossier.model.ArticleIssue;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Quote;
import org.dossier.model.TimeExpression;
import org.dossier.quote.QuoteExtractor;
import org.dossier.time.TimeNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs annotate → times → entities → quotes → events on one article. A stage that fails on an article leaves its
 * layer empty and an error issue on the record; the batch goes on. Thread-safe when its stages are.
 */
public final class ArticlePipeline {

    private final Annotator annotator;
    private final TimeNormalizer times;
    private final EntityResolver entities;
    private final QuoteExtractor quotes;
    private final EventCoder events;

    public ArticlePipeline(Annotator annotator, TimeNormalizer times, EntityResolver entities, QuoteExtractor quotes,
                           EventCoder events) {
        this.annotator = annotator;
        this.times = times;
        this.entities = entities;
        this.quotes = quotes;
        this.events = events;
    }

    public AnalyzedArticle analyze(Article article) {
        List<ArticleIssue> issues = new ArrayList<>();
        AnnotatedArticle annotated = guarded("annotate", issues,
                () -> annotator.annotate(article),
                () -> new AnnotatedArticle(article, List.of(), List.of(), List.of(), List.of()));
        List<TimeExpression> timeLayer = guarded("time", issues, () -> times.normalize(annotated), List::of);
        List<Entity> entityLayer = guarded("entity", issues, () -> entities.resolve(annotated), List::of);
        List<Quote> quoteLayer = guarded("quote", issues, () -> quotes.extract(annotated, entityLayer), List::of);
        List<Event> eventLayer = guarded("event", issues,
                () -> events.code(annotated, entityLayer, timeLayer, quoteLayer), List::of);
        return new AnalyzedArticle(annotated, entityLayer, quoteLayer, eventLayer, timeLayer, issues);
    }

    /** The stage's result; on a failure with this article, an error issue and {@code empty}. */
    private static <T> T guarded(String stage, List<ArticleIssue> issues, Supplier<T> run, Supplier<T> empty) {
        try {
            return run.get();
        } catch (AnnotationFailure e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            issues.add(ArticleIssue.error(stage, "stage failed: " + e));
            return empty.get();
        }
    }
}
