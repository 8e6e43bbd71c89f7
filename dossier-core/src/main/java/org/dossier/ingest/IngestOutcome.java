package org.dossier.ingest;

import org.dossier.model.Article;

import java.util.Objects;

/** What reading one input (a file, a JSON line, stdin) gave: an article, or a rejection with its reason. */
public sealed interface IngestOutcome {

    /** The input as the user would name it: a path, "-", or "path:line". */
    String input();

    /** An article that can be analysed; it may carry ingest issues. */
    record Accepted(Article article) implements IngestOutcome {
        public Accepted {
            Objects.requireNonNull(article, "article");
        }

        @Override
        public String input() {
            return article.source().path();
        }
    }

    /** An input that gave no article, and why. */
    record Rejected(String input, String reason) implements IngestOutcome {
        public Rejected {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
