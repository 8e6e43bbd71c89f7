package org.dossier.bench;

// A measuring tool, not product: importing CoreNLP directly here is acceptable, to run the plain-CoreNLP baseline.
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import org.dossier.corenlp.CoreNlpAnnotator;
import org.dossier.model.Article;

import java.util.List;
import java.util.Properties;

/**
 * Plain CoreNLP as a baseline: one {@link StanfordCoreNLP} shared by the worker threads, each article's whole
 * text annotated as one document with its publication date as docDate.
 */
final class CoreNlpSystem implements BenchSystem {

    /** The annotators Dossier runs, at CoreNLP's own defaults (3 CRF NER models, fine-grained NER, SUTime, numbers). */
    static Properties defaults() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        return p;
    }

    /**
     * What it takes plain CoreNLP to give the information a Dossier record holds: NER, a parse, coreference,
     * quote attribution (which needs coreference) and entity linking (the Wikipedia anchor dictionary).
     */
    static Properties sameInformation() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote,entitylink");
        p.setProperty("coref.algorithm", "statistical");
        return p;
    }

    /** Dossier's own tagging properties plus depparse: what Dossier runs, without Dossier around it. */
    static Properties dossierProperties() {
        Properties p = CoreNlpAnnotator.taggerProperties();
        p.setProperty("annotators", p.getProperty("annotators") + ",depparse");
        return p;
    }

    private final StanfordCoreNLP pipeline;

    CoreNlpSystem(Properties props) {
        RedwoodConfiguration.errorLevel().apply();
        this.pipeline = new StanfordCoreNLP(props);
    }

    @Override
    public Object analyze(Article article) {
        Annotation doc = new Annotation(article.text());
        if (article.published() != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
        }
        try {
            pipeline.annotate(doc);
            return doc;
        } catch (RuntimeException e) {
            System.err.println("bench: CoreNLP failed on " + article.source().path() + ": " + e);
            return e;
        }
    }

    @Override
    public Measured record(Object analysis, boolean digest) {
        if (!(analysis instanceof Annotation doc)) {
            return new Measured(0, true, digest ? "failed" : null);
        }
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        String hash = null;
        if (digest) {
            StringBuilder sb = new StringBuilder();
            for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                    sb.append(t.word()).append('/').append(t.tag()).append('/').append(t.lemma()).append('/')
                            .append(t.ner()).append(' ');
                }
                SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
                sb.append(g == null ? "-" : g.toList()).append('\n');
            }
            hash = Digests.sha256(sb.toString());
        }
        return new Measured(tokens == null ? 0 : tokens.size(), false, hash);
    }
}
