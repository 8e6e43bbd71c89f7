package org.dossier.quote;

import org.dossier.model.QuotationMarks;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Cue;
import org.dossier.model.Dependency;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Quote;
import org.dossier.model.Sentence;
import org.dossier.model.Speaker;
import org.dossier.model.TextSpan;
import org.dossier.model.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Quotations and reported speech with their cue and speaker, without coreference over the article.
 * <ol>
 * <li>A quotation left open at the end of a paragraph runs on into the next paragraph when that one opens with a
 * quotation mark of the same style (the news convention for quotations over several paragraphs).</li>
 * <li>Reported speech from the parse ({@link ReportedSpeech}): the content is direct when it holds quoted
 * words — the whole quotation when it is all quoted (over several sentences if the marks run on), else the
 * reported clause around the quoted fragment (partial), ending before a side clause — and indirect otherwise.</li>
 * <li>Quotations the parse did not attribute (a quoted title such as a show's name is none): a speech verb in the
 * sentences the quotation touches, one whose clause holds the quotation first (its subject, else the nearest
 * name; the content is that clause, or the words from the cue to the next break), else the subject of the verb the quotation depends on when that subject is
 * a person or organisation ("Selenskyj showed the proposal as “theatrical performance”") or the verb is one of voice
 * ("the crowd chanted “USA!”"), else the owner of a
 * noun of speech ("in his statements … his “main guest”").</li>
 * <li>A quotation with nothing of its own that directly follows an attributed one — the next sentence, or
 * the opening of the next paragraph — continues it. Other quotations of six words or more are kept without a
 * speaker; shorter ones (titles, scare quotes) are dropped.</li>
 * <li>One quotation, one quote: a quotation interrupted by its frame inside a paragraph ("“A,” she said. “B.”"), and
 * quotations of a paragraph under one cue, become one quote whose fragments are the quoted pieces.</li>
 * </ol>
 * Stateless.
 */
public final class AttributionQuoteExtractor implements QuoteExtractor {

    private static final int MIN_UNATTRIBUTED_WORDS = 6;
    /** The longest frame that may interrupt one quotation ("“…,” said Kenneth Baer, a former … official. “…”"). */
    private static final int MAX_FRAME_CHARS = 200;
    /** Words of a noun phrase that may speak right after a quotation ("“…,” the Republican nominee tweeted"). */
    private static final int MAX_NOUN_PHRASE_WORDS = 3;
    /** Words that may stand between a second speech verb and the quotation it introduces ("adding later, “…”"). */
    private static final int MAX_WORDS_TO_QUOTATION = 2;
    /** Tokens that may stand between a relative pronoun and the naming verb it is the object of ("what Bay Buchanan, …, called"). */
    private static final int MAX_RELATIVE_SUBJECT_TOKENS = 16;
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "what", "whom", "who");
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do");
    /** Taken off the distance of a cue whose clause holds the quotation, so that it wins over nearer ones. */
    private static final int FAR = 1_000_000;
    private static final Set<String> SIDE_MARKS = Set.of(",", "—", "―", "–", "--");
    /** Words that open a side clause of the speaker's next act: "… “kept us safe” on Twitter before claiming …". */
    private static final Set<String> TIME_LINKS = Set.of("before", "after", "while");
    /** Words that set a second report against the first: "said that A, although he tweeted that B". */
    private static final Set<String> CONTRASTS = Set.of("although", "though", "while", "whereas");
    /** Words that open a clause about a saying rather than part of what was said. */
    private static final Set<String> ABOUT_THE_SAYING = Set.of(
            "when", "until", "after", "before", "as", "while", "because", "since", "whenever", "during");
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "—", "–", "--", "-", "(", "-LRB-");
    private static final Set<String> GOVERNED_RELATIONS = Set.of("obj", "iobj", "obl", "xcomp", "ccomp");
    private static final Set<String> CLAUSE_RELATIONS = Set.of("ccomp", "parataxis", "advcl", "xcomp", "dep");
    /** "Lynch said there remains …", "Clinton conceded the situation is …": cue under the clause it reports. */
    private static final Set<String> INVERTED_CUE_RELATIONS = Set.of("parataxis", "csubj");
    private static final Set<String> SUBJECT_RELATIONS = Set.of("nsubj", "csubj", "nsubj:pass", "expl");

    /** A quotation with the paragraph it lies in and that paragraph's index. */
    private record Marked(QuotationSpans.Quotation quotation, TextSpan block, int paragraph) {
        TextSpan content() {
            return quotation.content();
        }
    }

    /** A quote before ids are assigned, with its quoted pieces and the quotations it covers. */
    private record Draft(TextSpan span, List<TextSpan> fragments, boolean direct, boolean partial, Cue cue,
                         Speaker speaker, double confidence, List<Marked> covers) {
        Draft(TextSpan span, boolean direct, boolean partial, Cue cue, Speaker speaker, double confidence,
              List<Marked> covers) {
            this(span, List.of(span), direct, partial, cue, speaker, confidence, covers);
        }
    }

    @Override
    public List<Quote> extract(AnnotatedArticle article, List<Entity> entities) {
        String text = article.text();
        List<Marked> marked = new ArrayList<>();
        List<QuotationSpans.Quotation> quotations = new ArrayList<>();
        List<TextSpan> paragraphs = article.article().structure().paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            for (QuotationSpans.Quotation q : QuotationSpans.find(text, paragraphs.get(p))) {
                Marked open = marked.isEmpty() ? null : marked.get(marked.size() - 1);
                if (open != null && !open.quotation().closed() && open.paragraph() == p - 1
                        && q.marks().start() == paragraphs.get(p).start()
                        && QuotationSpans.sameStyle(text.charAt(open.quotation().marks().start()), text.charAt(q.marks().start()))) {
                    marked.set(marked.size() - 1, new Marked(new QuotationSpans.Quotation(
                            open.content().union(q.content()), open.quotation().marks().union(q.marks()), q.closed()),
                            open.block().union(paragraphs.get(p)), p));
                } else {
                    marked.add(new Marked(q, paragraphs.get(p), p));
                }
            }
        }
        for (Marked m : marked) {
            quotations.add(m.quotation());
        }
        SpeakerFinder speakers = new SpeakerFinder(article, entities, quotations);
        List<Draft> drafts = new ArrayList<>();
        List<Marked> unattributed = new ArrayList<>(marked);
        for (ReportedSpeech.Attribution a : outermost(ReportedSpeech.find(article, quotations), quotations)) {
            TextSpan content = beforeTrailingClause(text, beforeSideClause(a.sentence(), a.content()), marked);
            List<Marked> covered = new ArrayList<>();
            for (Marked m : marked) {
                if (m.content().overlaps(content)) {
                    covered.add(m);
                }
            }
            unattributed.removeAll(covered);
            boolean whole = !covered.isEmpty() && allQuoted(text, content, covered);
            TextSpan span = content;
            for (Marked m : covered) {
                span = whole && m == covered.get(0) ? m.content() : span.union(m.content());
            }
            Speaker speaker = speakers.ofToken(a.sentence(), a.speaker(), a.cue(), span.start());
            if (speaker == null) {
                speaker = speakers.nameNearCue(a.sentence(), a.cue(), a.cueSpan().start(), span);
            }
            double confidence = 0.55 + (speaker != null ? 0.15 : 0) + (speaker != null && speaker.entityId() != null ? 0.1 : 0)
                    + (whole ? 0.1 : 0);
            drafts.add(new Draft(span, !covered.isEmpty(), !covered.isEmpty() && !whole,
                    new Cue(a.cueSpan(), a.cueSpan().of(text)), speaker, round(confidence), covered));
        }
        Set<String> actors = new HashSet<>();
        Set<String> people = new HashSet<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) {
                actors.add(e.id());
            }
            if (e.type() == EntityType.PERSON) {
                people.add(e.id());
            }
        }
        for (Marked m : unattributed) {
            if (QuotationSpans.isTitle(text, m.quotation())) {
                continue;
            }
            Draft d = fromQuotation(article, speakers, actors, people, paragraphs, drafts, m);
            if (d != null) {
                drafts.add(d);
            }
        }
        drafts.replaceAll(d -> fromRelativePronoun(article, d));
        drafts.sort(Comparator.comparing(Draft::span));
        List<Quote> quotes = new ArrayList<>();
        for (Draft d : joinInterrupted(article, drafts)) {
            quotes.add(new Quote("Q" + (quotes.size() + 1), d.span(), d.fragments(), d.span().of(text), d.direct(),
                    d.partial(), d.cue(), d.speaker(), d.confidence()));
        }
        return quotes;
    }

    /**
     * One quotation interrupted by its frame inside a paragraph ("“A,” she said, clapping. “B.”") is one quote with
     * the pieces on both sides as fragments: a quote that opens with a quotation joins the quote before it that ends
     * with one when only a frame without quotation marks or line breaks lies between, the frame holds the cue of
     * one of them and no other speech verb that introduces the second ("“…,” Trump said, adding later, “…”" are
     * two), and their speakers agree. {@code sorted} is in text order.
     */
    private static List<Draft> joinInterrupted(AnnotatedArticle article, List<Draft> sorted) {
        List<Draft> out = new ArrayList<>();
        int lastDirect = -1;
        for (Draft d : sorted) {
            Draft before = lastDirect < 0 ? null : out.get(lastDirect);
            if (d.direct() && before != null && (interrupts(article, before, d) || sameCue(article, before, d))) {
                List<TextSpan> fragments = new ArrayList<>(before.fragments());
                fragments.addAll(d.fragments());
                List<Marked> covers = new ArrayList<>(before.covers());
                covers.addAll(d.covers());
                boolean firstCue = before.cue() != null && before.speaker() != null;
                out.set(lastDirect, new Draft(before.span().union(d.span()), fragments, true,
                        before.partial() || d.partial(), firstCue ? before.cue() : d.cue(),
                        firstCue ? before.speaker() : d.speaker(), Math.max(before.confidence(), d.confidence()), covers));
            } else {
                out.add(d);
                lastDirect = d.direct() ? out.size() - 1 : lastDirect;
            }
        }
        return out;
    }

    /**
     * A label quoted in a relative clause is reported from its pronoun on ("what aide Kevin Phillips called “…”",
     * "whom he described as “…”", "what had been called the “…”"): the pronoun is what the naming verb's subject
     * named. Only when the quote starts after its cue and a subject or a passive stands between pronoun and cue.
     */
    private static Draft fromRelativePronoun(AnnotatedArticle article, Draft d) {
        if (!d.direct() || d.cue() == null || d.fragments().size() != 1 || d.span().start() < d.cue().span().end()) {
            return d;
        }
        Sentence s = article.sentenceContaining(d.cue().span());
        int cue = s == null ? -1 : s.tokenAt(d.cue().span().start());
        if (cue < 0 || !SpeechCues.isNamingVerb(s.tokens().get(cue)) || !s.span().contains(d.span())) {
            return d;
        }
        boolean passive = s.tokens().get(cue).pos().equals("VBN");
        for (int i = cue - 1; i >= 0 && cue - i <= MAX_RELATIVE_SUBJECT_TOKENS; i--) {
            Token t = s.tokens().get(i);
            if ((t.pos().equals("WDT") || t.pos().startsWith("WP"))
                    && RELATIVE_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))) {
                int pronoun = i;
                boolean object = i == 0 || !s.tokens().get(i - 1).pos().equals("IN") // "in which he called …" names no "which";
                        || t.word().equalsIgnoreCase("what"); // "in what is called …" does
                boolean subjectBetween = s.dependentsOf(cue).stream().anyMatch(dep -> dep.relation().equals("nsubj")
                        && dep.dependent() > pronoun && dep.dependent() < cue);
                if (!object || !subjectBetween && !passive) {
                    return d; // "who in 2010 said …": the pronoun is the speaker
                }
                return new Draft(new TextSpan(t.span().start(), d.span().end()), true, true, d.cue(), d.speaker(),
                        d.confidence(), d.covers());
            }
            boolean auxiliary = t.pos().equals("MD") || t.pos().startsWith("VB") && AUXILIARIES.contains(t.lemma());
            if (t.pos().startsWith("VB") && !auxiliary || t.isPunctuation() && !t.word().equals(",")) {
                return d;
            }
        }
        return d;
    }

    /** {@code b} goes on the quotation {@code a} after a frame that attributes them: see {@link #joinInterrupted}. */
    private static boolean interrupts(AnnotatedArticle article, Draft a, Draft b) {
        String text = article.text();
        if (!a.direct() || !b.direct() || a.covers().isEmpty() || b.covers().isEmpty() || a.span().end() > b.span().start()) {
            return false;
        }
        Marked last = a.covers().get(a.covers().size() - 1);
        Marked next = b.covers().get(0);
        if (last.paragraph() != next.paragraph() || !last.quotation().closed()
                || a.span().end() != last.content().end() || b.span().start() != next.content().start()) {
            return false;
        }
        String lastWords = last.content().of(text);
        if (",?!—–-".indexOf(lastWords.charAt(lastWords.length() - 1)) < 0) {
            return false; // "“….” She adds, “…”": a new sentence introduces the second
        }
        TextSpan frame = new TextSpan(last.quotation().marks().end(), next.quotation().marks().start());
        if (frame.length() > MAX_FRAME_CHARS || QuotationMarks.in(frame.of(text)) || frame.of(text).indexOf('\n') >= 0) {
            return false;
        }
        Cue cue = a.cue() != null && frame.contains(a.cue().span()) ? a.cue()
                : b.cue() != null && frame.contains(b.cue().span()) ? b.cue() : null;
        if (cue == null || a.cue() != null && !a.cue().equals(cue)
                || b.cue() != null && !b.cue().span().equals(cue.span()) && !toldAfter(article, b)
                || b.speaker() != null && a.speaker() != null && !sameSpeaker(a.speaker(), b.speaker())) {
            return false;
        }
        return !anotherCueIntroduces(article, frame, cue, next.quotation().marks().start());
    }

    /**
     * The quote's cue comes after it, in a sentence of its own ("“B. C.” Perhaps, he said, …"): no comma inside the
     * marks announces it as this quotation's own attribution ("“B,” he said").
     */
    private static boolean toldAfter(AnnotatedArticle article, Draft d) {
        TextSpan content = d.covers().get(d.covers().size() - 1).content();
        String words = content.of(article.text()).strip();
        Sentence closing = article.sentenceContaining(new TextSpan(content.end() - 1, content.end()));
        return d.cue().span().start() >= d.span().end() && !words.isEmpty()
                && ",?!".indexOf(words.charAt(words.length() - 1)) < 0
                && (closing == null || !closing.span().overlaps(d.cue().span()));
    }

    /**
     * A speech verb other than {@code cue} in {@code frame} stands right before the quotation that opens at
     * {@code opening} ("… Trump said, adding later, “…”"), or is a participle after the cue ("the board said,
     * arguing that Cruz “…”"), in the same sentence.
     */
    private static boolean anotherCueIntroduces(AnnotatedArticle article, TextSpan frame, Cue cue, int opening) {
        // only the sentence that goes on to the quotation: a speech verb in one that ends before it introduces nothing of it
        Sentence s = article.sentenceContaining(new TextSpan(opening, opening + 1));
        if (s == null || !s.span().overlaps(frame)) {
            return false;
        }
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!frame.contains(t.span()) || t.span().equals(cue.span()) || !SpeechCues.isClauseVerb(t)) {
                continue;
            }
            int words = 0;
            for (int j = i + 1; j < tokens.size() && frame.contains(tokens.get(j).span()); j++) {
                words += tokens.get(j).isPunctuation() ? 0 : 1;
            }
            if (words <= MAX_WORDS_TO_QUOTATION || t.pos().equals("VBG") && t.span().start() > cue.span().end()) {
                return true; // or a participle after the cue opens the clause that quotes ("said, arguing that he “…”")
            }
        }
        return false;
    }

    /**
     * Two quotations of one paragraph under one cue ("called Machado “disgusting” and “a con”"), unless another
     * speech verb introduces the second ("Trump said before adding: “…”").
     */
    private static boolean sameCue(AnnotatedArticle article, Draft a, Draft b) {
        if (!a.direct() || !b.direct() || a.cue() == null || b.cue() == null || !a.cue().span().equals(b.cue().span())
                || a.covers().isEmpty() || b.covers().isEmpty()) {
            return false;
        }
        Marked last = a.covers().get(a.covers().size() - 1);
        Marked next = b.covers().get(0);
        return last.paragraph() == next.paragraph() && (last.quotation().marks().end() > next.quotation().marks().start()
                || !anotherCueIntroduces(article, new TextSpan(last.quotation().marks().end(), next.quotation().marks().start()),
                a.cue(), next.quotation().marks().start()));
    }

    private static boolean sameSpeaker(Speaker a, Speaker b) {
        return a.entityId() != null ? a.entityId().equals(b.entityId()) : a.name().equals(b.name());
    }

    /**
     * Attributions not nested inside the content of another ("X said that Y claimed …" keeps X's), except for a
     * report that stands beside the outer one: one joined by a conjunction or a contrast at the end of the outer
     * content ("X said that A, but he said that B", "…, but called it B", "…, although he tweeted that B": the outer
     * content stops before it), or one that opens the content of a
     * cue after it whose speaker is a pronoun ("DuVernay said she felt …,” she said": the same report, told twice;
     * the outer one gives way), or one after a comma or dash whose content quotes what the outer content does not
     * ("he was stiffed …, saying, “Maybe he didn’t do a good job”": the quotation is the inner report's).
     */
    private static List<ReportedSpeech.Attribution> outermost(List<ReportedSpeech.Attribution> all,
                                                              List<QuotationSpans.Quotation> quotations) {
        List<ReportedSpeech.Attribution> kept = new ArrayList<>(all);
        for (int k = 0; k < kept.size(); k++) {
            ReportedSpeech.Attribution b = kept.get(k);
            for (ReportedSpeech.Attribution a : all) {
                if (a == b || a.sentence() != b.sentence() || !b.content().contains(a.cueSpan())
                        || a.content().end() != b.content().end()) {
                    continue;
                }
                Sentence s = a.sentence();
                int from = a.speaker() < 0 ? a.cue() : Math.min(a.cue(), a.speaker());
                if (b.cueSpan().start() > b.content().start()) {
                    if (a.speaker() >= 0 && s.tokens().get(from).span().start() == b.content().start() && b.speaker() >= 0
                            && s.tokens().get(b.speaker()).pos().equals("PRP")) {
                        kept.set(k, null);
                        break;
                    }
                    continue;
                }
                int joint = from - 1;
                while (joint > 0 && s.tokens().get(joint).isPunctuation()) {
                    joint--;
                }
                boolean afterBreak = joint < from - 1 && SIDE_MARKS.contains(s.tokens().get(from - 1).word());
                boolean linked = joint > 0 && (s.tokens().get(joint).pos().equals("CC")
                        || CONTRASTS.contains(s.tokens().get(joint).word().toLowerCase(Locale.ROOT)));
                if (linked || afterBreak) {
                    int cut = s.tokens().get(afterBreak ? from - 1 : joint).span().start();
                    TextSpan before = cut <= b.content().start() ? null : s.trimmed(new TextSpan(b.content().start(), cut));
                    if (before != null && (!afterBreak || quotes(quotations, a.content()) && !quotes(quotations, before))) {
                        kept.set(k, new ReportedSpeech.Attribution(s, b.cue(), b.cueSpan(), b.speaker(), before));
                        break;
                    }
                }
            }
        }
        kept.removeIf(java.util.Objects::isNull);
        List<ReportedSpeech.Attribution> out = new ArrayList<>();
        for (ReportedSpeech.Attribution a : kept) {
            boolean nested = false;
            for (ReportedSpeech.Attribution b : kept) {
                if (b != a && b.content().contains(a.cueSpan())) {
                    nested = true;
                    break;
                }
            }
            if (!nested) {
                out.add(a);
            }
        }
        return out;
    }

    /** Some quotation's words lie inside {@code span}. */
    private static boolean quotes(List<QuotationSpans.Quotation> quotations, TextSpan span) {
        return quotations.stream().anyMatch(q -> q.content().overlaps(span));
    }

    /**
     * Reported content up to a closing quotation mark that a side clause follows — a participle or a speech verb
     * after a comma, dash or conjunction ("the move as a “breach of trust,” adding: …", "it “disqualifying” and
     * asserting that …", "a “good, decent man,” and said that …") — or, once a quotation has opened, up to a comma
     * or dash before a participle ("a “personal insult” if they did not vote, implicitly putting …"), or, once a
     * quotation has closed, up to a conjunction, comma, dash or "before"/"after"/"while" that a verb which only reports
     * follows (the speaker's next report: "“a prayer” for the nominee but did not suggest …"); the content itself
     * otherwise.
     */
    private static TextSpan beforeSideClause(Sentence s, TextSpan content) {
        List<Token> tokens = s.tokens();
        boolean quoted = false;
        boolean closed = false;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token close = tokens.get(i);
            if (content.contains(close.span()) && close.pos().equals("``")) {
                quoted = true;
            }
            if (closed && content.contains(close.span()) && content.start() < close.span().start()
                    && (close.pos().equals("CC") || SIDE_MARKS.contains(close.word()) || TIME_LINKS.contains(close.word()))) {
                int next = i + 1;
                while (next < tokens.size() && (tokens.get(next).pos().equals("RB") || tokens.get(next).pos().equals("MD")
                        || tokens.get(next).lemma().equals("do") || tokens.get(next).isPunctuation())) {
                    next++;
                }
                if (next < tokens.size() && content.contains(tokens.get(next).span())
                        && SpeechCues.isReportingVerb(tokens.get(next))) { // "“a prayer” for X but did not suggest …"
                    TextSpan cut = s.trimmed(new TextSpan(content.start(), close.span().start()));
                    return cut == null ? content : cut;
                }
            }
            if (quoted && content.contains(close.span()) && close.pos().equals("''")) {
                closed = true;
            }
            if (quoted && content.contains(close.span()) && SIDE_MARKS.contains(close.word())) {
                int next = i + 1 < tokens.size() && tokens.get(i + 1).pos().equals("RB") ? i + 2 : i + 1;
                if (next < tokens.size() && content.contains(tokens.get(next).span())
                        && tokens.get(next).pos().equals("VBG")) { // "…, implicitly putting his name on the line"
                    TextSpan cut = s.trimmed(new TextSpan(content.start(), close.span().start()));
                    return cut == null ? content : cut;
                }
            }
            if (!content.contains(close.span()) || !close.pos().equals("''")) {
                continue;
            }
            int next = i + 1;
            boolean joined = i > 0 && tokens.get(i - 1).word().equals(","); // “…,” adding
            while (next < tokens.size() && (tokens.get(next).isPunctuation() && !tokens.get(next).pos().startsWith("`")
                    || tokens.get(next).pos().equals("CC"))) {
                joined = true;
                next++;
            }
            if (joined && next < tokens.size() && content.contains(tokens.get(next).span())
                    && (tokens.get(next).pos().equals("VBG") || SpeechCues.isClauseVerb(tokens.get(next)))) {
                TextSpan cut = s.trimmed(new TextSpan(content.start(), close.span().end()));
                return cut == null ? content : cut;
            }
        }
        return content;
    }

    /**
     * A content that opens with a whole quotation ends with it when what follows is a clause about the saying
     * ("“That makes me smart,” when Clinton blasted him …", "“Don't you do it,” until gunshots are heard").
     */
    private static TextSpan beforeTrailingClause(String text, TextSpan content, List<Marked> marked) {
        for (Marked m : marked) {
            if (m.content().start() != content.start() || !m.quotation().closed() || m.quotation().marks().end() >= content.end()) {
                continue;
            }
            String rest = text.substring(m.quotation().marks().end(), content.end()).stripLeading();
            rest = rest.startsWith(",") ? rest.substring(1).stripLeading() : rest;
            int space = rest.indexOf(' ');
            String word = (space < 0 ? rest : rest.substring(0, space)).toLowerCase(Locale.ROOT);
            return ABOUT_THE_SAYING.contains(word) ? m.content() : content;
        }
        return content;
    }

    /** True when every word of {@code content} lies inside the quotation marks of {@code covered}. */
    private static boolean allQuoted(String text, TextSpan content, List<Marked> covered) {
        for (int i = content.start(); i < content.end(); i++) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                continue;
            }
            int at = i;
            if (covered.stream().noneMatch(m -> m.quotation().marks().contains(at))) {
                return false;
            }
        }
        return true;
    }

    /** A draft for a quotation the parse did not attribute, or null when it is too short to stand alone. */
    private static Draft fromQuotation(AnnotatedArticle article, SpeakerFinder speakers, Set<String> actors,
                                       Set<String> people, List<TextSpan> paragraphs, List<Draft> drafts, Marked m) {
        String text = article.text();
        TextSpan content = m.content();
        boolean full = words(content.of(text)) >= MIN_UNATTRIBUTED_WORDS;
        Cue cue = null;
        Speaker speaker = null;
        double confidence = 0.4;
        SpeakerFinder.Signature signed = speakers.signedAfter(m.quotation().marks());
        if (signed != null) {
            return new Draft(content, true, false, new Cue(signed.dash(), signed.dash().of(text)), signed.speaker(),
                    round(signed.speaker().entityId() != null ? 0.85 : 0.75), List.of(m));
        }
        CueHit next = verbRightAfter(article, m.quotation());
        CueHit governing = next == null ? governingVerb(article, m.quotation()) : null;
        governing = next == null && governing == null ? utteredBefore(article, m.quotation()) : governing;
        boolean voiced = governing != null && SpeechCues.isUtteranceVerb(governing.token());
        CueHit hit = next != null ? next : voiced ? null : speechVerbNear(article, m.quotation());
        if (hit != null) {
            cue = new Cue(hit.token().span(), hit.token().span().of(text));
            Draft same = drafts.stream().filter(d -> d.cue() != null && d.cue().span().equals(hit.token().span()))
                    .findFirst().orElse(null);
            if (same != null) {
                speaker = same.speaker();
            } else {
                int subject = ReportedSpeech.subjectOf(hit.sentence(), hit.index(), 0);
                speaker = speakers.ofToken(hit.sentence(), subject, hit.index(), content.start());
                if (speaker == null) {
                    speaker = speakers.nameNearCue(hit.sentence(), hit.index(), hit.token().span().start(),
                            m.quotation().marks());
                }
            }
            confidence += 0.25;
            TextSpan clause = clauseAround(hit, m.quotation());
            if (clause == null) {
                clause = wordsAfterCue(hit, m.quotation());
            }
            if (clause != null) {
                TextSpan cut = beforeSideClause(hit.sentence(), clause);
                content = beforeTrailingClause(text, cut.contains(m.content()) ? cut : clause, List.of(m));
                full = false;
            }
        } else {
            if (governing != null) {
                Speaker subject = speakers.ofToken(governing.sentence(), governing.index() >= 0
                        ? speakerToken(governing) : -1, governing.index(), content.start());
                if (subject != null && (actors.contains(subject.entityId()) || SpeechCues.isUtteranceVerb(governing.token()))) {
                    cue = new Cue(governing.token().span(), governing.token().span().of(text));
                    speaker = subject;
                    confidence += 0.05;
                    TextSpan phrase = QuotationSpans.labelPhrase(text, complementAround(governing, content));
                    content = phrase.contains(content) ? phrase : content;
                    full = false;
                }
            }
        }
        if (speaker == null && cue == null) {
            Draft previous = continued(article, drafts, m);
            if (previous != null) {
                return new Draft(content, true, false, previous.cue(), previous.speaker(),
                        round(previous.confidence() - 0.1), List.of(m));
            }
            CueHit intro = introducedBefore(article, m, paragraphs, speakers, people);
            if (intro != null) {
                cue = new Cue(intro.token().span(), intro.token().span().of(text));
                speaker = speakers.ofToken(intro.sentence(), ReportedSpeech.subjectOf(intro.sentence(), intro.index(), 0),
                        intro.index(), content.start());
            }
        }
        if (speaker == null && (!full || !m.quotation().closed())) {
            return null; // a short one is a title or scare quote; an unclosed one a stray mark more often than a quotation
        }
        confidence += (speaker != null ? 0.15 : 0) - (m.quotation().closed() ? 0 : 0.15);
        return new Draft(content, true, !content.equals(m.content()), cue, speaker, round(confidence), List.of(m));
    }

    /** A token of a sentence: a cue, or the verb or noun a quotation depends on. */
    private record CueHit(Sentence sentence, int index, int complement) {
        CueHit(Sentence sentence, int index) {
            this(sentence, index, -1);
        }

        Token token() {
            return sentence.tokens().get(index);
        }
    }

    /**
     * "“…,” Blige sings", "“…?” asked the host": a quotation closed on a comma, question or exclamation mark and
     * followed at once by a name or pronoun and a verb (or a verb and a name), or by a short noun phrase and a verb
     * ("“…,” the letter reads"), is attributed by that verb, whatever it is — the comma inside the marks announces
     * it. Null otherwise.
     */
    private static CueHit verbRightAfter(AnnotatedArticle article, QuotationSpans.Quotation q) {
        String text = article.text();
        String inside = q.content().of(text).strip();
        if (!q.closed() || inside.isEmpty() || ",?!".indexOf(inside.charAt(inside.length() - 1)) < 0) {
            return null;
        }
        int after = q.marks().end();
        Sentence s = article.sentenceContaining(new TextSpan(after, after));
        if (s == null) { // the quotation ends its sentence: the next one, if it starts on the same line
            Sentence next = article.sentenceContaining(new TextSpan(after + 1, after + 1));
            s = next != null && next.span().start() - after <= 1 ? next : null;
        }
        if (s == null) {
            return null;
        }
        int first = 0;
        while (first < s.tokens().size() && s.tokens().get(first).span().start() < after) {
            first++;
        }
        if (first + 1 >= s.tokens().size()) {
            return null;
        }
        Token a = s.tokens().get(first);
        Token b = s.tokens().get(first + 1);
        if (isNameOrPronoun(a) && isFiniteVerb(b)) {
            return new CueHit(s, first + 1);
        }
        if (isFiniteVerb(a) && (isNameOrPronoun(b) || SpeechCues.isClauseVerb(a))) {
            return new CueHit(s, first); // "“…,” said the bureau's director", however the parser took it
        }
        int nameEnd = first;
        while (nameEnd < s.tokens().size() && s.tokens().get(nameEnd).pos().startsWith("NNP")) {
            nameEnd++;
        }
        if (nameEnd > first + 1 && nameEnd < s.tokens().size() && isFiniteVerb(s.tokens().get(nameEnd))) {
            return new CueHit(s, nameEnd); // "“…,” Mary J. Blige sings"
        }
        int nounEnd = first + 1;
        while (nounEnd < s.tokens().size() && nounEnd <= first + MAX_NOUN_PHRASE_WORDS
                && (s.tokens().get(nounEnd).pos().startsWith("NN") || s.tokens().get(nounEnd).pos().startsWith("JJ"))) {
            nounEnd++;
        }
        if (a.pos().equals("DT") && nounEnd > first + 1 && nounEnd < s.tokens().size()
                && s.tokens().get(nounEnd - 1).pos().startsWith("NN") && isFiniteVerb(s.tokens().get(nounEnd))) {
            return new CueHit(s, nounEnd); // "“…,” the letter reads"
        }
        return null;
    }

    /** A proper noun, or a personal pronoun other than "it". */
    private static boolean isNameOrPronoun(Token t) {
        return t.pos().equals("NNP") || t.pos().equals("PRP") && !t.word().equalsIgnoreCase("it");
    }

    /** A verb in the past or present tense. */
    private static boolean isFiniteVerb(Token t) {
        return t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP");
    }

    /**
     * The speech verb nearest to the quotation, outside it, in the sentences it touches or the one right after;
     * one whose clause holds the quotation first.
     */
    private static CueHit speechVerbNear(AnnotatedArticle article, QuotationSpans.Quotation q) {
        TextSpan quoted = q.marks();
        CueHit best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Sentence s : sentencesAround(article, quoted)) {
            for (int i = 0; i < s.tokens().size(); i++) {
                Token t = s.tokens().get(i);
                if (quoted.overlaps(t.span()) || !(SpeechCues.isClauseVerb(t) || SpeechCues.isAccording(t))
                        || isModifier(s, i)) {
                    continue;
                }
                int distance = t.span().start() >= quoted.end() ? t.span().start() - quoted.end()
                        : quoted.start() - t.span().end();
                if (clauseAround(new CueHit(s, i), q) != null) {
                    distance -= FAR; // a cue whose clause holds the quotation comes before any other
                }
                if (distance < bestDistance) {
                    best = new CueHit(s, i);
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /**
     * The clause of the cue that holds the quotation and more than it ("With thousands of systems, “there is no
     * single point of failure,” he said"), also when the parser hung the cue from that clause; null if none.
     */
    private static TextSpan clauseAround(CueHit cue, QuotationSpans.Quotation q) {
        Sentence s = cue.sentence();
        int at = cue.index();
        List<TextSpan> clauses = new ArrayList<>();
        for (Dependency d : s.dependentsOf(at)) {
            if (CLAUSE_RELATIONS.contains(d.relation())) {
                clauses.add(s.trimmed(s.subtreeSpan(d.dependent(), at)));
            }
        }
        Dependency up = s.governorOf(at);
        if (up != null && INVERTED_CUE_RELATIONS.contains(up.relation())) { // the parser hung the cue from what it reports
            TextSpan whole = s.subtreeSpan(up.governor(), -1);
            TextSpan own = s.subtreeSpan(at, -1);
            clauses.add(at < up.governor() ? s.trimmed(new TextSpan(cue.token().span().end(), whole.end()))
                    : s.trimmed(new TextSpan(whole.start(), own.start())));
        }
        for (TextSpan clause : clauses) {
            if (clause != null && clause.start() <= q.content().start() && q.content().start() < clause.end()
                    && (clause.start() < q.content().start() || clause.end() > q.content().end())
                    && !cue.token().span().overlaps(clause)) {
                return clause.union(q.content());
            }
        }
        return null;
    }

    /**
     * The words a cue before the quotation reports when the parse does not say: from the word after the cue,
     * with nothing but words between it and the quotation, to the first comma, semicolon, colon, dash or bracket
     * after the quotation or the sentence's end ("said it was “a mistake” to use private email, but …"); null
     * when the cue is not right before the quotation's clause.
     */
    private static TextSpan wordsAfterCue(CueHit cue, QuotationSpans.Quotation q) {
        Sentence s = cue.sentence();
        List<Token> tokens = s.tokens();
        int i = cue.index() + 1;
        if (i >= tokens.size() || tokens.get(i).span().start() >= q.marks().start()) {
            return null;
        }
        int first = i;
        while (i < tokens.size() && tokens.get(i).span().end() <= q.marks().start()) {
            if (tokens.get(i).isPunctuation() || SpeechCues.isClauseVerb(tokens.get(i))) {
                return null;
            }
            i++;
        }
        int last = i;
        while (last + 1 < tokens.size() && (tokens.get(last + 1).span().start() < q.marks().end()
                || !CLAUSE_BREAKS.contains(tokens.get(last + 1).word()))) {
            last++;
        }
        TextSpan words = s.trimmed(new TextSpan(tokens.get(first).span().start(), tokens.get(last).span().end()));
        return words == null || !words.overlaps(q.content()) ? null : words.union(q.content());
    }

    /** A verb form used as an adjective ("the continuing conflict"). */
    private static boolean isModifier(Sentence s, int i) {
        Dependency up = s.governorOf(i);
        return up != null && up.relation().equals("amod");
    }

    /** The sentences the quotation touches, and the next one when it follows on the same line. */
    private static List<Sentence> sentencesAround(AnnotatedArticle article, TextSpan quoted) {
        List<Sentence> out = new ArrayList<>();
        String text = article.text();
        for (Sentence s : article.sentences()) {
            if (s.span().overlaps(quoted)) {
                out.add(s);
            } else if (s.span().start() >= quoted.end()) {
                String gap = text.substring(quoted.end(), s.span().start());
                if (!out.isEmpty() && blank(gap) && gap.indexOf('\n') < 0 && gap.length() <= 3) {
                    out.add(s);
                }
                break;
            }
        }
        return out;
    }

    /**
     * The verb the quotation depends on when the quotation follows it outside its subject, or a noun of speech on
     * the way ("his statements"); null when the quotation is a subject, or depends on nothing.
     */
    private static CueHit governingVerb(AnnotatedArticle article, QuotationSpans.Quotation q) {
        Sentence s = article.sentenceContaining(q.content());
        if (s == null) {
            return null;
        }
        int head = -1;
        for (int i = 0; i < s.tokens().size(); i++) {
            Token t = s.tokens().get(i);
            Dependency up = s.governorOf(i);
            if (q.content().contains(t.span()) && (up == null || !q.content().contains(s.tokens().get(up.governor()).span()))) {
                head = i;
                break;
            }
        }
        int child = head;
        for (int step = 0; head >= 0 && step < 6; step++) {
            Dependency up = s.governorOf(child);
            if (up == null || SUBJECT_RELATIONS.contains(up.relation())) {
                return null;
            }
            int g = up.governor();
            Token gt = s.tokens().get(g);
            if (SpeechCues.isSpeechNoun(gt)) {
                return new CueHit(s, g, child);
            }
            if (gt.pos().startsWith("VB")) {
                boolean after = gt.span().end() <= q.content().start();
                return after && GOVERNED_RELATIONS.contains(up.relation()) && !label(s, up, gt)
                        ? new CueHit(s, g, child) : null;
            }
            child = g;
        }
        return null;
    }

    /**
     * An "as" complement of a verb that neither speaks nor names, nor characterises an object, is a label, not
     * someone's words: "travels to Moscow as a “guest of honor”" (against "described Trump as a “con artist”",
     * "admires Putin as a “strong leader”").
     */
    private static boolean label(Sentence s, Dependency up, Token verb) {
        return up.relation().startsWith("obl") && s.caseMarker(up.dependent()).equals("as")
                && !SpeechCues.isNamingVerb(verb) && s.dependent(up.governor(), "obj") < 0;
    }

    /**
     * The words a governing verb reports, around its quotation: from the word after the verb to the end of the
     * complement that holds the quotation ("bemoaned | the climate in which people “literally hate each other”").
     */
    private static TextSpan complementAround(CueHit governing, TextSpan quoted) {
        Sentence s = governing.sentence();
        if (governing.complement() < 0 || governing.token().pos().startsWith("NN")) {
            return quoted;
        }
        TextSpan complement = s.subtreeSpan(governing.complement(), governing.index());
        TextSpan around = s.trimmed(new TextSpan(
                s.tokens().get(governing.index() + 1).span().start(), Math.max(complement.end(), quoted.end())));
        return around == null || !around.contains(quoted) ? quoted : around;
    }

    /** The subject of a governing verb, or the possessor of a noun of speech ("his statements"). */
    private static int speakerToken(CueHit governing) {
        Sentence s = governing.sentence();
        if (governing.token().pos().startsWith("NN")) {
            return s.dependent(governing.index(), "nmod:poss");
        }
        int subject = ReportedSpeech.subjectOf(s, governing.index(), 0);
        if (subject < 0 && SpeechCues.isUtteranceVerb(governing.token())) {
            for (int i = 0; i < governing.index(); i++) { // the parser lost it: the sentence's first noun or pronoun
                String pos = s.tokens().get(i).pos();
                if (pos.startsWith("NN") || pos.equals("PRP")) {
                    return i;
                }
            }
        }
        return subject;
    }

    /**
     * A verb of voice right before the quotation's opening mark, after at most a comma or colon ("Protesters
     * chanted “What curfew?”", "…, chanting “U-S-A!”"), when the parser hung the verb from the quotation. Null
     * otherwise.
     */
    private static CueHit utteredBefore(AnnotatedArticle article, QuotationSpans.Quotation q) {
        int opening = q.marks().start();
        Sentence s = article.sentenceContaining(new TextSpan(opening, opening + 1));
        if (s == null) {
            return null;
        }
        int i = s.tokenAt(opening) - 1;
        if (i >= 0 && (s.tokens().get(i).word().equals(",") || s.tokens().get(i).word().equals(":"))) {
            i--;
        }
        return i >= 0 && SpeechCues.isUtteranceVerb(s.tokens().get(i)) ? new CueHit(s, i) : null;
    }

    /**
     * The attributed quotation that this one continues: it opens the paragraph right after the other's
     * paragraph, or it starts the sentence right after the other's sentence in the same paragraph.
     */
    private static Draft continued(AnnotatedArticle article, List<Draft> drafts, Marked m) {
        Draft best = null;
        for (Draft d : drafts) {
            if (!d.direct() || d.speaker() == null || d.covers().isEmpty() || d.span().start() > m.content().start()) {
                continue;
            }
            Marked last = d.covers().get(d.covers().size() - 1);
            boolean nextParagraph = m.quotation().marks().start() == m.block().start()
                    && last.paragraph() == m.paragraph() - 1;
            int end = Math.max(sentenceEnd(article, last.quotation().marks().end() - 1),
                    d.cue() == null ? -1 : sentenceEnd(article, d.cue().span().start()));
            boolean nextSentence = last.block().equals(m.block()) && end >= 0
                    && end <= m.quotation().marks().start()
                    && blank(article.text().substring(end, m.quotation().marks().start()));
            if ((nextParagraph || nextSentence) && (best == null || d.span().start() > best.span().start())) {
                best = d;
            }
        }
        return best;
    }

    /** The end of the sentence holding {@code offset}, or -1. */
    private static int sentenceEnd(AnnotatedArticle article, int offset) {
        Sentence s = article.sentenceContaining(new TextSpan(offset, offset + 1));
        return s == null ? -1 : s.span().end();
    }

    /**
     * The speaker introduced just before a quotation that opens its sentence: by a paragraph that ends with a
     * colon after a speech verb ("In a 1963 speech, he declared:"), by a paragraph whose last sentence is a
     * person's speech ("Clinton said the plan would fail.¶“We need …”"), or by the sentence right before it in the
     * same paragraph whose subject is a person ("Clinton touted her credentials. “We need …”"); null otherwise.
     * Returns the cue token (the verb) with its sentence.
     */
    private static CueHit introducedBefore(AnnotatedArticle article, Marked m, List<TextSpan> paragraphs,
                                           SpeakerFinder speakers, Set<String> people) {
        String text = article.text();
        int open = m.quotation().marks().start();
        Sentence previous = null;
        for (Sentence s : article.sentences()) {
            if (s.span().end() <= open) {
                previous = s;
            } else {
                break;
            }
        }
        if (previous == null || !blank(text.substring(previous.span().end(), open))) {
            return null;
        }
        boolean sameParagraph = m.block().contains(previous.span());
        boolean colonBefore = m.paragraph() > 0 && open == m.block().start()
                && paragraphs.get(m.paragraph() - 1).contains(previous.span())
                && text.substring(paragraphs.get(m.paragraph() - 1).start(), paragraphs.get(m.paragraph() - 1).end()).strip().endsWith(":");
        boolean paragraphBefore = !colonBefore && m.paragraph() > 0 && open == m.block().start()
                && paragraphs.get(m.paragraph() - 1).contains(previous.span());
        if (!sameParagraph && !colonBefore && !paragraphBefore || QuotationMarks.in(previous.span().of(text))) {
            return null;
        }
        int root = -1;
        for (int i = 0; i < previous.tokens().size(); i++) {
            if (previous.governorOf(i) == null && previous.tokens().get(i).pos().startsWith("VB")) {
                root = i;
            }
        }
        int cue = root;
        if (colonBefore) {
            for (int i = previous.tokens().size() - 1; i >= 0 && cue == root; i--) {
                if (SpeechCues.isClauseVerb(previous.tokens().get(i))) {
                    cue = i;
                }
            }
        } else if (root < 0 || paragraphBefore && !SpeechCues.isClauseVerb(previous.tokens().get(root))) {
            return null;
        }
        if (cue < 0) {
            return null;
        }
        int subject = ReportedSpeech.subjectOf(previous, cue, 0);
        Speaker speaker = speakers.ofToken(previous, subject, cue, open);
        return speaker != null && (colonBefore || people.contains(speaker.entityId())) ? new CueHit(previous, cue) : null;
    }

    /** Only white space, the no-break space included (String.isBlank misses it; a quarter of PolNeAR has it). */
    private static boolean blank(String s) {
        return s.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    private static double round(double confidence) {
        return Math.round(Math.max(0.05, Math.min(1, confidence)) * 100) / 100.0;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
