package org.dossier.corenlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotator;
import org.dossier.corenlp.internal.TimeTriggers;
import org.dossier.annotate.AnnotationFailure;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.ParseSelector;
import org.dossier.corenlp.internal.CoreNlpDocuments;
import org.dossier.corenlp.internal.CoreNlpLayer;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Article;
import org.dossier.model.ArticleIssue;
import org.dossier.model.TextSpan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The Annotator on Stanford CoreNLP: tokenize, ssplit, pos, lemma, 3-class NER, SUTime on the sentences that
 * may hold a date, and the neural dependency parser on the sentences a {@link ParseSelector} picks. Each analysed block goes "to CoreNLP, run, back". Models load once, in the constructor;
 * thread-safe.
 */
public final class CoreNlpAnnotator implements Annotator {

    private static final String STAGE = "annotate";

    private final CoreNlpConfig config;
    private final StanfordCoreNLP tagger;
    private static final Pattern CAPITAL_LETTERS = Pattern.compile("\\p{Lu}{2,}");

    private final DependencyParser parser;
    private final TimeAnnotator times;
    private final ParseSelector selector;

    public CoreNlpAnnotator(CoreNlpConfig config) {
        this(config, ParseSelector.EVERY_SENTENCE);
    }

    /** With {@code selector} choosing the sentences to parse (the parser is half the annotation time). */
    public CoreNlpAnnotator(CoreNlpConfig config, ParseSelector selector) {
        this.config = config;
        this.selector = selector;
        RedwoodConfiguration.errorLevel().apply();
        try {
            this.tagger = new StanfordCoreNLP(taggerProperties(), false);
            this.parser = config.parse() ? DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL) : null;
            this.times = new TimeAnnotator("sutime", new Properties(), true);
        } catch (RuntimeException e) {
            throw new AnnotationFailure("could not load the CoreNLP models: " + e.getMessage(), e);
        }
    }

    /** The CoreNLP properties of the tagging pipeline; public so benchmarks can run plain CoreNLP alike. */
    public static Properties taggerProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", "untokenizable=noneKeep");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.docdate.usePresent", "false");
        return p;
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        CoreNlpLayer layer = new CoreNlpLayer(article.text());
        List<ArticleIssue> issues = new ArrayList<>();
        if (article.language() != null && !article.language().equals("en")) {
            issues.add(ArticleIssue.warning(STAGE, "language '" + article.language()
                    + "' analysed with English models; names, quotes and dates may be missed"));
        }
        for (TextSpan block : article.structure().blocks()) {
            try {
                Annotation doc = CoreNlpDocuments.toCoreNlp(block.of(article.text()), article.published());
                tagger.annotate(doc);
                retagCapitalsReadAsNumbers(doc);
                parse(doc);
                layer.addBlock(doc, block.start(), findTimes(doc, article.published()));
            } catch (RuntimeException e) {
                issues.add(ArticleIssue.error(STAGE, "block [" + block.start() + ", " + block.end()
                        + ") not analysed: " + e));
            }
        }
        issues.addAll(layer.issues());
        return new AnnotatedArticle(article, layer.sentences(), layer.names(), layer.times(), issues);
    }

    /**
     * A word in capitals that the tagger reads as a Roman numeral (CD) but that follows no name ("XI and Putin's
     * meetings", where XI is Xi Jinping; not "Louis XI", "World War II") is tagged a proper noun before parsing.
     */
    private static void retagCapitalsReadAsNumbers(Annotation doc) {
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < tokens.size(); i++) {
                CoreLabel t = tokens.get(i);
                boolean afterName = i > 0 && Character.isUpperCase(tokens.get(i - 1).word().codePointAt(0));
                if ("CD".equals(t.tag()) && CAPITAL_LETTERS.matcher(t.word()).matches() && !afterName) {
                    t.setTag("NNP");
                }
            }
        }
    }

    /** SUTime over the sentences that may hold a date; each result carries its Timex and offsets in the block. */
    private List<CoreMap> findTimes(Annotation doc, LocalDate published) {
        String docDate = published == null ? null : published.toString();
        List<CoreMap> found = new ArrayList<>();
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Integer> triggers = TimeTriggers.triggers(sentence);
            if (triggers.isEmpty()) {
                continue;
            }
            if (config.timeWindow() == 0) {
                found.addAll(times.annotateSingleSentence(sentence, docDate, new SUTime.TimeIndex()));
                continue;
            }
            for (CoreMap window : windows(sentence, triggers, text)) {
                found.addAll(times.annotateSingleSentence(window, docDate, new SUTime.TimeIndex()));
            }
        }
        return found;
    }

    /**
     * The stretches of {@code sentence} within {@code config.timeWindow()} tokens of a trigger, overlapping ones
     * joined, each as a sentence of its own for SUTime (whose cost grows with the tokens it reads).
     */
    private List<CoreMap> windows(CoreMap sentence, List<Integer> triggers, String text) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreMap> out = new ArrayList<>();
        int w = config.timeWindow();
        int start = -1;
        int end = -1;
        for (int t : triggers) {
            int from = Math.max(0, t - w);
            int to = Math.min(tokens.size(), t + w + 1);
            if (start >= 0 && from <= end) {
                end = Math.max(end, to);
                continue;
            }
            if (start >= 0) {
                out.add(window(sentence, tokens.subList(start, end), start, text));
            }
            start = from;
            end = to;
        }
        out.add(window(sentence, tokens.subList(start, end), start, text));
        return out;
    }

    /** The tokens, from index {@code first} of {@code sentence}, as a sentence of their own (offsets kept). */
    private static CoreMap window(CoreMap sentence, List<CoreLabel> tokens, int first, String text) {
        CoreMap window = new ArrayCoreMap();
        int begin = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        window.set(CoreAnnotations.TokensAnnotation.class, tokens);
        window.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        window.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        window.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        Integer tokenBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        if (tokenBegin != null) {
            window.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin + first);
            window.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + first + tokens.size());
        }
        return window;
    }

    private void parse(Annotation doc) {
        if (parser == null) {
            return;
        }
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<ParseSelector.SentenceWords> words = new ArrayList<>(sentences.size());
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            words.add(new ParseSelector.SentenceWords(tokens.stream().map(t -> t.originalText() == null ? t.word() : t.originalText()).toList(),
                    tokens.stream().map(t -> t.lemma() == null ? t.word() : t.lemma()).toList(),
                    tokens.stream().map(t -> t.ner() == null ? "O" : t.ner()).toList()));
        }
        boolean[] selected = selector.select(words);
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap sentence = sentences.get(i);
            int n = sentence.get(CoreAnnotations.TokensAnnotation.class).size();
            if (selected[i] && n <= config.maxSentenceTokens()) {
                sentence.set(CoreNlpDocuments.ParseAnnotation.class, parser.predict(sentence));
            }
        }
    }
}
