/** The linguistic layer: the {@link org.dossier.annotate.Annotator} role every NLP engine adapter plays. */
package org.dossier.annotate;
