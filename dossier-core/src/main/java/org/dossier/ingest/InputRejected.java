package org.dossier.ingest;

/** Thrown inside ingest when an input cannot become an article; readers turn it into {@link IngestOutcome.Rejected}. */
final class InputRejected extends Exception {

    InputRejected(String reason) {
        super(reason, null, false, false);
    }
}
