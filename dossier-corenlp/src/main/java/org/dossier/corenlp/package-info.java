/** Dossier's {@link org.dossier.annotate.Annotator} on Stanford CoreNLP; the only package that sees edu.stanford. */
package org.dossier.corenlp;
