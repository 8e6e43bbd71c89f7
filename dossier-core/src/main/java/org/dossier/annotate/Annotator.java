package org.dossier.annotate;

import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Article;

/**
 * Adds sentences, tokens, POS, lemmas, NER names, dependency parses and raw time expressions to an article.
 * Analyses only {@code article.structure().blocks()}; time expressions are resolved against
 * {@code article.published()} and stay unresolved when it is null. Implementations are thread-safe.
 */
public interface Annotator {

    AnnotatedArticle annotate(Article article);
}
