package org.dossier.kb;

/** A knowledge-base file that does not follow docs/KNOWLEDGE_BASE.md; the message names the file and line. */
public class KbFormatException extends RuntimeException {

    public KbFormatException(String message) {
        super(message);
    }
}
