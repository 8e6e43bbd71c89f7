package org.dossier.entity;

import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Entity;

import java.util.List;

/** Groups an article's name mentions into entities, ids "E1", "E2", … in order of first mention. */
public interface EntityResolver {

    List<Entity> resolve(AnnotatedArticle article);
}
