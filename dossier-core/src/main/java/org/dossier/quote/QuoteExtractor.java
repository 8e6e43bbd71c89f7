package org.dossier.quote;

import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Entity;
import org.dossier.model.Quote;

import java.util.List;

/** Finds the quotations of an article and attributes them to its entities; ids "Q1", "Q2", … in text order. */
public interface QuoteExtractor {

    List<Quote> extract(AnnotatedArticle article, List<Entity> entities);
}
