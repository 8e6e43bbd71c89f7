package org.dossier.corenlp.internal;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.trees.GrammaticalStructure;

import java.time.LocalDate;

/** Builds CoreNLP documents from Dossier text ("to CoreNLP"). */
public final class CoreNlpDocuments {

    /** Where the adapter keeps a sentence's dependency parse between "run" and "back". */
    public static final class ParseAnnotation implements CoreAnnotation<GrammaticalStructure> {
        @Override
        public Class<GrammaticalStructure> getType() {
            return GrammaticalStructure.class;
        }
    }

    private CoreNlpDocuments() {
    }

    /** A document for one block; relative dates resolve against {@code published}, or stay unresolved when null. */
    public static Annotation toCoreNlp(String blockText, LocalDate published) {
        Annotation doc = new Annotation(blockText);
        if (published != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        }
        return doc;
    }
}
