package org.dossier.cli;

import org.dossier.annotate.ParseSelector;
import org.dossier.corenlp.CoreNlpAnnotator;
import org.dossier.corenlp.CoreNlpConfig;
import org.dossier.kb.KbEntityResolver;
import org.dossier.kb.KnowledgeBase;
import org.dossier.kb.WikiTitleIndex;
import org.dossier.pipeline.ArticlePipeline;
import org.dossier.pipeline.ParseTriggers;
import org.dossier.quote.AttributionQuoteExtractor;
import org.dossier.event.ActionLexicon;
import org.dossier.event.DependencyEventCoder;
import org.dossier.kb.ActorResolver;
import org.dossier.time.Timex3Normalizer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The standard pipeline on CoreNLP and the knowledge base, each built once per process on first use. User
 * knowledge-base files: every *.tsv in the folders of $DOSSIER_KB (separated by ':') and in ~/.dossier/kb; user
 * action files: every *.tsv with the action header in $DOSSIER_ACTIONS and ~/.dossier/actions. The Wikipedia
 * title index is used when it has been built (an unreadable index is ignored).
 * Thread-safe.
 */
public final class DossierEngine {

    private static final Lazy<ArticlePipeline> SHARED = new Lazy<>(DossierEngine::create);
    private static final Lazy<ActionLexicon> ACTIONS = new Lazy<>(() -> ActionLexicon.load(userActionDirs()));
    private static final Lazy<KnowledgeBase> KNOWLEDGE_BASE = new Lazy<>(() -> KnowledgeBase.load(userKnowledgeDirs()));
    private static final Lazy<Optional<WikiTitleIndex>> WIKI_TITLES = new Lazy<>(DossierEngine::openWikiTitles);

    /** Where the compiled Wikipedia title index lives: $DOSSIER_CACHE, else ~/.cache/dossier. */
    public static Path wikiTitleIndexPath() {
        String cache = System.getenv("DOSSIER_CACHE");
        Path dir = cache != null && !cache.isBlank() ? Path.of(cache)
                : Path.of(System.getProperty("user.home"), ".cache", "dossier");
        return dir.resolve("wikipedia-titles-v1.idx");
    }

    /** The compiled Wikipedia title index, when `dossier index-wikipedia` has built it. */
    public static Optional<WikiTitleIndex> wikiTitles() {
        return WIKI_TITLES.get();
    }

    private static Optional<WikiTitleIndex> openWikiTitles() {
        Path p = wikiTitleIndexPath();
        try {
            return Files.isRegularFile(p) ? Optional.of(WikiTitleIndex.open(p)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private DossierEngine() {
    }

    /** The process-wide pipeline; the first call loads the models (a few seconds). */
    public static ArticlePipeline shared() {
        return SHARED.get();
    }

    /** A new pipeline with its own models (the knowledge base is shared). */
    public static ArticlePipeline create() {
        return new ArticlePipeline(annotator(new ParseTriggers(actions())), new Timex3Normalizer(),
                new KbEntityResolver(knowledgeBase(), wikiTitles().orElse(null)), new AttributionQuoteExtractor(),
                new DependencyEventCoder(actions(), new ActorResolver(knowledgeBase())));
    }

    /** A new CoreNLP annotator (its own models) parsing the sentences {@code selector} picks. */
    public static CoreNlpAnnotator annotator(ParseSelector selector) {
        return new CoreNlpAnnotator(CoreNlpConfig.defaults(), selector);
    }

    /** The process-wide action lexicon: the shipped one plus the user's action files (see {@link #userActionDirs}). */
    public static ActionLexicon actions() {
        return ACTIONS.get();
    }

    /** The process-wide knowledge base: the shipped files plus the user's. */
    public static KnowledgeBase knowledgeBase() {
        return KNOWLEDGE_BASE.get();
    }

    static List<Path> userKnowledgeDirs() {
        return userDirs("DOSSIER_KB", "kb");
    }

    /** The folders of the user's action files: $DOSSIER_ACTIONS (separated by ':'), then ~/.dossier/actions. */
    static List<Path> userActionDirs() {
        return userDirs("DOSSIER_ACTIONS", "actions");
    }

    private static List<Path> userDirs(String variable, String folder) {
        List<Path> dirs = new ArrayList<>();
        String env = System.getenv(variable);
        if (env != null && !env.isBlank()) {
            for (String d : env.split(":")) {
                if (!d.isBlank()) {
                    dirs.add(Path.of(d));
                }
            }
        }
        dirs.add(Path.of(System.getProperty("user.home"), ".dossier", folder));
        return dirs;
    }
}
