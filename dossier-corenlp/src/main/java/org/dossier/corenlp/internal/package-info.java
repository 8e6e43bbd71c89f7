/** Converters between CoreNLP's annotations and Dossier's model; not for use outside dossier-corenlp. */
package org.dossier.corenlp.internal;
