package org.dossier.annotate;

/** The NLP engine could not be set up or failed outside any one article: an infrastructure failure. */
public class AnnotationFailure extends RuntimeException {

    public AnnotationFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
