package org.dossier.ingest;

import java.time.LocalDate;

/** What an input says about its article besides the text; every field nullable. */
record ArticleMetadata(String id, String title, LocalDate published, String language, String url, String sourceName) {

    static ArticleMetadata none() {
        return new ArticleMetadata(null, null, null, null, null, null);
    }
}
