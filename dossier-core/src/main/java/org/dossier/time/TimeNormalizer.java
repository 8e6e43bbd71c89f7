package org.dossier.time;

import org.dossier.model.AnnotatedArticle;
import org.dossier.model.TimeExpression;

import java.util.List;

/** Gives each raw time expression of an article its ISO 8601 value, or null where the text fixes none. */
public interface TimeNormalizer {

    List<TimeExpression> normalize(AnnotatedArticle article);
}
