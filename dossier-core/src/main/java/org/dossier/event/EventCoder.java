package org.dossier.event;

import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Quote;
import org.dossier.model.TimeExpression;

import java.util.List;

/** Codes the events of an article from its parse, entities, times and quotes; ids "V1", "V2", … in text order. */
public interface EventCoder {

    List<Event> code(AnnotatedArticle article, List<Entity> entities, List<TimeExpression> times, List<Quote> quotes);
}
