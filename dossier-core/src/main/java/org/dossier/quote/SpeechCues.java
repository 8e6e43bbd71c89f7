package org.dossier.quote;

import org.dossier.model.Token;

import java.util.Locale;
import java.util.Set;

/**
 * The words that introduce reported speech: speech and cognition verbs that take the reported content as a
 * clause ("said that …"), naming verbs that report words only when they quote them ("called it a "farce""),
 * and nouns of speech whose owner is the speaker ("in his statements … his "main guest""). Stateless.
 */
public final class SpeechCues {

    /** Verbs whose clausal complement is what someone said, wrote or holds. */
    private static final Set<String> CLAUSE_VERBS = Set.of(
            "say", "tell", "add", "claim", "state", "warn", "insist", "argue", "write", "explain", "note", "ask",
            "declare", "announce", "remark", "reply", "respond", "comment", "conclude", "stress", "emphasize",
            "emphasise", "suggest", "acknowledge", "admit", "predict", "urge", "deny", "report", "tweet", "post",
            "recall", "allege", "assert", "contend", "confirm", "vow", "promise", "pledge", "threaten", "demand",
            "observe", "caution", "answer", "believe", "think", "continue", "complain", "concede", "indicate",
            "maintain", "reveal", "disclose", "testify", "estimate", "agree", "joke", "boast", "charge", "counter",
            "point", "hint", "signal", "muse", "proclaim", "repeat", "reiterate", "recount", "suspect", "fear",
            "worry", "show", "find", "accuse", "blame", "speculate", "encourage");
    /**
     * Verbs that only report — a speaker's next act when they follow a quotation ("said he was “not ready” …, and
     * suggested that …"), unlike "show" or "indicate", which a reported clause may hold itself.
     */
    private static final Set<String> REPORTING_VERBS = Set.of(
            "say", "tell", "add", "claim", "state", "warn", "insist", "argue", "write", "explain", "note", "ask",
            "declare", "suggest", "assert", "tweet", "reply", "respond", "stress", "emphasize", "acknowledge", "admit",
            "encourage", "urge");
    /** Verbs of voice whose quoted object is what was uttered, whoever utters it ("the crowd chanted “USA!”"). */
    private static final Set<String> UTTERANCE_VERBS = Set.of(
            "chant", "shout", "yell", "scream", "cry", "exclaim", "whisper", "sing", "mouth", "boo", "holler", "roar",
            "mutter", "shriek");
    /** Verbs that report words only when the words are quoted. */
    private static final Set<String> NAMING_VERBS = Set.of(
            "call", "describe", "dub", "label", "brand", "term", "name", "refer", "liken", "compare", "praise",
            "criticize", "criticise", "slam", "decry", "condemn", "laud", "hail", "mock", "chant", "cite",
            "quote", "use", "invoke", "promise", "pledge", "vow", "urge", "demand");
    /** Nouns of speech: a quotation under one belongs to its possessor. */
    private static final Set<String> SPEECH_NOUNS = Set.of(
            "statement", "remark", "comment", "word", "speech", "address", "interview", "tweet", "post", "letter",
            "message", "testimony", "announcement", "declaration", "op-ed", "column", "essay", "article", "book");

    private SpeechCues() {
    }

    /**
     * The lemmas that cue reported speech without quotation marks, lower-cased: the clause verbs and "according".
     * Naming verbs and nouns of speech report only quoted words.
     */
    public static Set<String> unquotedCueLemmas() {
        Set<String> all = new java.util.HashSet<>(CLAUSE_VERBS);
        all.add("according");
        return Set.copyOf(all);
    }

    /** A verb whose clausal complement is reported content. */
    public static boolean isClauseVerb(Token t) {
        return t.pos().startsWith("VB") && CLAUSE_VERBS.contains(lemma(t));
    }

    /** A verb that does nothing but report ("say", "suggest", "explain"): see {@link #REPORTING_VERBS}. */
    static boolean isReportingVerb(Token t) {
        return t.pos().startsWith("VB") && REPORTING_VERBS.contains(lemma(t));
    }

    /** A verb of voice ("chant", "shout"): its quoted object is an utterance of its subject, whatever the subject. */
    static boolean isUtteranceVerb(Token t) {
        return t.pos().startsWith("VB") && UTTERANCE_VERBS.contains(lemma(t));
    }

    /** A verb that reports words when they are quoted in its complement. */
    static boolean isNamingVerb(Token t) {
        return t.pos().startsWith("VB") && (NAMING_VERBS.contains(lemma(t)) || CLAUSE_VERBS.contains(lemma(t)));
    }

    /** A noun of speech ("statements", "remarks"). */
    static boolean isSpeechNoun(Token t) {
        return t.pos().startsWith("NN") && SPEECH_NOUNS.contains(lemma(t));
    }

    /** "according" of "according to X". */
    static boolean isAccording(Token t) {
        return t.word().equalsIgnoreCase("according");
    }

    private static String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }
}
