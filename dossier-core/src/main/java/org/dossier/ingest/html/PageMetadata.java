package org.dossier.ingest.html;

import java.time.LocalDate;

/** What a page's head and markup declare about its article; each field nullable. */
record PageMetadata(String title, LocalDate published, String language, String url) {
}
