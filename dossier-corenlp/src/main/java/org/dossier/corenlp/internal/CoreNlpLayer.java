package org.dossier.corenlp.internal;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import org.dossier.model.ArticleIssue;
import org.dossier.model.Dependency;
import org.dossier.model.NamedEntityMention;
import org.dossier.model.Sentence;
import org.dossier.model.TextSpan;
import org.dossier.model.TimeExpression;
import org.dossier.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects CoreNLP's output for the blocks of one article as Dossier's model ("back"); not thread-safe. */
public final class CoreNlpLayer {

    private static final Set<String> NAME_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

    private final String text;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<NamedEntityMention> names = new ArrayList<>();
    private final List<TimeExpression> times = new ArrayList<>();
    private final List<ArticleIssue> issues = new ArrayList<>();

    public CoreNlpLayer(String text) {
        this.text = text;
    }

    /** Adds an annotated block whose text starts at {@code offset} of the article text. */
    public void addBlock(Annotation doc, int offset, List<CoreMap> timexes) {
        for (CoreMap t : timexes) {
            addTime(t, offset);
        }
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            List<Token> tokens = new ArrayList<>(labels.size());
            for (CoreLabel l : labels) {
                TextSpan span = new TextSpan(offset + l.beginPosition(), offset + l.endPosition());
                tokens.add(new Token(span, l.word(), l.tag(), l.lemma(), l.ner()));
            }
            TextSpan span = new TextSpan(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
            sentences.add(new Sentence(span, tokens, dependencies(sentence)));
            List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
            if (mentions != null) {
                for (CoreMap m : mentions) {
                    addMention(m, offset);
                }
            }
        }
    }

    private static List<Dependency> dependencies(CoreMap sentence) {
        GrammaticalStructure gs = sentence.get(CoreNlpDocuments.ParseAnnotation.class);
        if (gs == null) {
            return List.of();
        }
        List<Dependency> deps = new ArrayList<>();
        for (TypedDependency td : gs.typedDependencies()) {
            deps.add(new Dependency(td.gov().index() - 1, td.dep().index() - 1, td.reln().toString()));
        }
        return deps;
    }

    private void addMention(CoreMap m, int offset) {
        String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        if (type == null) {
            return;
        }
        TextSpan span = new TextSpan(offset + m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                offset + m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
        String surface = span.of(text);
        if (NAME_TYPES.contains(type) && !isPronoun(m)) {
            names.add(new NamedEntityMention(span, surface, type, confidence(m, type)));
        }
    }

    /** CoreNLP adds pronouns to the entity mentions for its coreference; they are not names. */
    private static boolean isPronoun(CoreMap m) {
        List<CoreLabel> tokens = m.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens == null || tokens.isEmpty()) {
            return false;
        }
        for (CoreLabel t : tokens) {
            if (t.tag() == null || !t.tag().startsWith("PRP")) {
                return false;
            }
        }
        return true;
    }

    private void addTime(CoreMap m, int offset) {
        Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
        Integer begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        Integer end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        if (timex == null || begin == null || end == null || timex.timexType() == null) {
            return;
        }
        TextSpan span = new TextSpan(offset + begin, offset + end);
        String raw = timex.value() != null ? timex.value() : timex.altVal();
        times.add(new TimeExpression(span, span.of(text), timex.timexType(), null, raw));
    }

    private static double confidence(CoreMap m, String type) {
        Map<String, Double> probs = m.get(CoreAnnotations.NamedEntityTagProbsAnnotation.class);
        if (probs == null) {
            return 0.5;
        }
        Double p = probs.get(type);
        return p == null ? 0.5 : Math.max(0.0, Math.min(1.0, p));
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public List<NamedEntityMention> names() {
        return names;
    }

    public List<TimeExpression> times() {
        return times;
    }

    public List<ArticleIssue> issues() {
        return issues;
    }
}
