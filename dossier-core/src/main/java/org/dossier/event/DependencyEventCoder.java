package org.dossier.event;

import org.dossier.kb.ActorResolver;
import org.dossier.kb.ResolvedActor;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Dependency;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Event;
import org.dossier.model.EventActor;
import org.dossier.model.EventStatus;
import org.dossier.model.Mention;
import org.dossier.model.QuotationMarks;
import org.dossier.model.Quote;
import org.dossier.model.Sentence;
import org.dossier.model.TextSpan;
import org.dossier.model.TimeExpression;
import org.dossier.model.Token;
import org.dossier.quote.SpeechCues;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Codes events clause by clause from the dependency parse. A verb or noun of the action lexicon (with the words
 * its pattern needs among its dependents: "impose" + "tariff") is the action; for a verb the subject is the
 * source and the object, or a complement introduced by "on", "against", "to", "with" …, the target (passives
 * swap: "was attacked by X"); for a noun the possessor or an actor word before it is the source ("Putin's
 * ceasefire offer", "US tariffs"), or the subject of the verb whose object it is ("Ukraine has started drone
 * attacks"), and an "on/against/with/between" complement the target. Actors are entities
 * of the article (country and sector for the event's date) or phrases the knowledge base codes ("Ukrainian
 * drones" → UKR MIL); an action without any actor is not an event. Compound actors ("China and Russia") give one
 * event per actor. Status, date and place come from the clause. Stateless.
 */
public final class DependencyEventCoder implements EventCoder {

    private static final Set<String> TARGET_CASES = Set.of("on", "against", "to", "with", "at", "into", "toward",
            "towards", "upon", "from", "for", "over");
    private static final Set<String> NOUN_TARGET_CASES = Set.of("on", "against", "to", "with", "into", "toward",
            "towards", "upon", "between", "of");
    /** Acts one does rather than undergoes: "the surrender of Germany", "the visit of Xi", "the withdrawal of troops". */
    private static final Set<String> OF_IS_ACTOR = Set.of("CONSULT", "CONCEDE", "RETREAT", "MOBILIZE");
    /** Verbs whose subject reacts to an act rather than doing it: "Zelenskyy showed the proposal as …", "welcomed the offer". */
    private static final Set<String> NOT_ONES_OWN = Set.of("show", "see", "view", "describe", "call", "consider",
            "regard", "interpret", "welcome", "discuss", "receive", "study", "examine", "review", "praise", "criticize",
            "criticise", "condemn", "denounce", "dismiss", "reject", "refuse", "accept", "support", "back", "oppose",
            "question", "doubt", "fear", "expect", "await", "ignore", "note", "report", "mention", "cite", "recall",
            "say", "deny", "confirm", "blame", "allege", "predict");
    /** Verbs of the law: the act their complement names was done by another ("charged X in the shooting"). */
    private static final Set<String> PROSECUTING = Set.of("charge", "arrest", "convict", "indict", "sentence",
            "detain", "prosecute", "try", "acquit", "jail", "suspect", "investigate", "question", "extradite");
    private static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "outside", "inside");
    private static final Set<String> PLACE_NOUNS = Set.of("town", "city", "village", "capital", "province",
            "region", "district", "port", "area", "state", "sector", "neighbourhood", "neighborhood", "suburb",
            "outskirts", "quarter");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> HYPOTHETICAL_AUX = Set.of("could", "might", "may", "would", "should", "can", "must");
    /** Prepositions that make a verb pattern of their own ("call for", "call on", "push for", "appeal to"). */
    private static final Set<String> PREPOSITIONS = Set.of("for", "on", "to", "with", "against", "from", "at",
            "about"); // not "over", "into": "hand over", "take over", "look into" are particle verbs with objects
    /** Sectors of politicians in or running for office, whose own rallies are campaigns, not dissent. */
    private static final Set<String> CAMPAIGNING = Set.of("GOV", "PTY", "ELI", "LEG");
    /** Verbs of talking, which consult someone only when a counterpart is named. */
    private static final Set<String> ONE_SIDED_TALK = Set.of("talk", "discuss");
    /**
     * Verbs whose subject undergoes the act named in their complement or object ("eight Mexicans died in the
     * attack", "Qawi drew criticism", "the president faces impeachment").
     */
    private static final Set<String> UNDERGOING = Set.of("die", "perish", "suffer", "survive", "flee", "escape",
            "drown", "lose", "sustain", "recover", "draw", "face", "attract", "earn", "incur", "endure", "withstand");
    /** Penalties a court gives, which are no one an act is aimed at ("sentenced to ten years in prison"). */
    private static final Set<String> PENALTIES = Set.of("life", "year", "years", "month", "months", "week", "day",
            "prison", "jail", "death", "term", "imprisonment", "detention", "probation", "fine", "hour", "lashes");
    /** People who stand for a state or an organisation: its envoys, leaders and officials. */
    private static final Set<String> REPRESENTATIVES = Set.of("ambassador", "diplomat", "envoy", "consul", "attache",
            "inspector", "observer", "peacekeeper", "monitor", "representative", "delegate", "delegation", "leader",
            "minister", "official");
    /** Verbs of fighting that two sides do to each other. */
    private static final Set<String> RECIPROCAL = Set.of("fight", "clash", "battle", "skirmish");
    /** Verbs of accidents: what happens when a plane crashes is no attack. */
    private static final Set<String> MISHAPS = Set.of("crash", "collapse", "derail", "capsize", "sink");
    /** Verbs of harm whose passive subject underwent the act in their complement ("were wounded in the ambush"). */
    private static final Set<String> HARMED = Set.of("kill", "injure", "wound", "hurt", "maim", "harm");
    /** Natural and accidental causes of harm, which are no actors ("the blaze killed three", "a bat attacks"). */
    private static final Set<String> HAZARDS = Set.of("fire", "blaze", "flame", "wildfire", "bushfire", "storm",
            "typhoon", "hurricane", "cyclone", "tornado", "earthquake", "quake", "tremor", "flood", "flooding",
            "tsunami", "landslide", "mudslide", "avalanche", "eruption", "lightning", "drought", "heatwave", "crash",
            "accident", "collision", "derailment", "virus", "disease", "pandemic", "epidemic", "outbreak", "smoke",
            "car", "truck", "lorry", "van", "bus", "train", "vehicle", "motorcycle", "pickup", "animal", "bat", "dog",
            "shark", "bear", "lion", "tiger", "snake", "crocodile", "alligator", "elephant", "wolf", "bee", "hornet");
    /** Words for a day that news puts between a verb and its object ("rejected Thursday a plan"). */
    private static final Set<String> DAY_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight");
    /** Nouns of refusing, and of planning, whose infinitive clause is the act refused or planned. */
    private static final Set<String> REFUSING_NOUNS = Set.of("refusal", "rejection", "failure");
    private static final Set<String> EXPECTING_NOUNS = Set.of("plan", "decision", "intention", "intent", "readiness");
    /** Verbs whose open complement is an act not done ("refused to send troops", "failed to reach a deal"). */
    private static final Set<String> REFUSING = Set.of("refuse", "decline", "reject", "oppose", "fail");
    /** Verbs and nouns of asking: the act they ask for is not done ("demanded that X withdraw", "urged X to talk"). */
    private static final Set<String> REQUESTING = Set.of("demand", "urge", "ask", "request", "call", "press", "appeal",
            "plead", "beg", "order", "push");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    /** Adverbs of frequency, which make "would" a past habit. */
    private static final Set<String> FREQUENCY = Set.of("sometimes", "often", "usually", "always", "frequently",
            "regularly", "occasionally", "routinely", "repeatedly");
    private static final Set<String> EXPECTING = Set.of("expect", "plan", "intend", "prepare", "schedule", "aim",
            "hope", "want", "seek", "set", "propose", "offer", "vow", "swear", "pledge", "promise", "threaten", "try",
            "go", "ready", "willing", "prepared", "able", "agree", "decide");
    private static final String INTENT_TO_COOPERATE = "030";
    private static final String INTENT_TO_MEET = "036";

    /** Verbs whose object is an act not done: stopped, put off or called off. */
    private static final Set<String> UNDOING = Set.of("stop", "halt", "end", "cancel", "postpone", "suspend",
            "delay", "abandon", "call", "avert", "prevent", "avoid", "break", "overturn", "quash", "annul", "vacate",
            "reverse");

    /** Words that state an intent rather than a plan ("ready to host", "agreed to meet", "offered to talk"). */
    private static final Set<String> INTENT_WORDS = Set.of("offer", "ready", "willing", "agree", "promise", "propose",
            "vow", "pledge", "want", "seek", "hope");
    private static final String THREATEN = "130";
    private static final String ULTIMATUM = "139";
    private static final String SHOW_OF_FORCE = "150";
    /** Verbs of beginning or going on, whose gerund is the act itself ("resumed shelling"). */
    private static final Set<String> ASPECTUAL = Set.of("begin", "start", "resume", "continue", "keep");
    /** Verbs of getting ready: an attack they govern is being prepared, a show of force. */
    private static final Set<String> PREPARING = Set.of("prepare", "ready", "poise");
    private static final String THREATEN_PROTEST = "133";
    private static final String REJECT = "120";
    private static final String OBSTRUCT = "144";
    private static final String RESTRICT = "172";
    private static final String OCCUPY = "192";
    private static final String TRUCE = "0871";
    /** Sectors of the state: their blockings are restrictions. */
    private static final Set<String> STATE = Set.of("GOV", "MIL", "COP", "SPY", "JUD", "LEG");
    /** Sectors of actors that are not the state: their blockings are protests. */
    private static final Set<String> NON_STATE = Set.of("CVL", "LAB", "REB", "OPP", "EDU", "REL", "BUS", "AGR",
            "MED", "REF", "UAF", "IMG", "NGO", "ENV", "HRI", "CRM");
    private static final String CONSTRUCTION = "construction";
    private static final Set<String> MUTUAL = Set.of("CONSULT", "AGREE", "COOPERATE");

    /** Verbs of causing: their subject set off the act their object names but did not do it. */
    private static final Set<String> CAUSING = Set.of("spark", "trigger", "cause", "prompt", "provoke", "fuel",
            "ignite", "spur", "touch", "precipitate");

    /** Verbs of going somewhere, whose "from" complement is where they set out, no target. */
    private static final Set<String> MOTION = Set.of("march", "walk", "travel", "move", "parade", "drive", "ride",
            "fly", "sail", "run", "go", "come", "return", "trek", "rally");

    /** Nouns of acts done to a person, whose possessor is that person ("Navalny's arrest"). */
    private static final Set<String> UNDERGONE_NOUNS = Set.of("arrest", "detention", "imprisonment", "execution",
            "assassination", "murder", "killing", "kidnapping", "abduction", "trial", "conviction", "deportation",
            "extradition", "torture", "beating", "release", "expulsion", "impeachment", "indictment", "prosecution");

    /** Relations that open a clause of its own, whose words are no part of a pattern above it. */
    private static final Set<String> OWN_CLAUSE = Set.of("acl:relcl", "ccomp", "parataxis", "csubj");

    /** Case markers of what an act is about: "complained over …", "protested against …". */
    private static final Set<String> MATTER_CASES = Set.of("over", "about", "against");

    /** Types whose target is what the act is about, not whom it is addressed to. */
    private static final Set<String> COMPLAINING = Set.of("ACCUSE", "PROTEST", "REQUEST");

    /** Types whose unnamed other side is, by PLOVER's and ICEWS's convention, in the named side's country. */
    private static final Set<String> DOMESTIC = Set.of("PROTEST", "COERCE", "CONCEDE");
    private static final String THREATEN_TYPE = "THREATEN";
    private static final String PROTEST_TYPE = "PROTEST";
    private static final String ACCUSE_TYPE = "ACCUSE";
    private static final String REQUEST_TYPE = "REQUEST";
    /** Types of nouns whose "that" clause names whom they are aimed at: a demand of it, an accusation against it. */
    private static final Set<String> CLAUSE_TARGETED = Set.of("REQUEST", "ACCUSE");

    /** Codes of actors that belong to no country. */
    private static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO", "UNO", "IMG", "MNC");
    /** Modifiers of an act that say which of a series it is, never who does it ("the first deployment"). */
    private static final Set<String> ORDER_WORDS = Set.of("first", "second", "third", "last", "latest", "new", "initial",
            "final", "further", "fresh", "recent", "planned", "proposed", "possible", "full", "partial");
    private static final String VISIT = "042";
    /** Military protection or peacekeeping (CAMEO 074, PLOVER AID): the troops of its "of" complement give it. */
    private static final String PEACEKEEPING = "074";
    private static final String DEMAND = "100";

    /** What tariffs and duties fall on. */
    private static final Set<String> TRADED = Set.of("export", "import", "good", "product", "shipment", "car",
            "steel", "commodity");

    /** Nouns of something offered to another, which that other may take up or turn down. */
    private static final Set<String> OFFER_NOUNS = Set.of("offer", "proposal", "plan", "initiative", "proposition",
            "invitation", "appeal", "ultimatum", "request", "demand", "deal", "idea");

    /** Verbs that characterise what they take by a label ("described the proposal as a 'farce'"). */
    private static final Set<String> CHARACTERISING = Set.of("call", "describe", "dub", "label", "brand", "term",
            "portray", "show", "dismiss", "deride", "mock", "ridicule");
    /** Heads that measure an act out in time or number ("10 days of war games", "a round of talks"). */
    private static final Set<String> MEASURE_HEADS = Set.of("day", "week", "month", "hour", "year", "round", "series",
            "wave", "spate");
    private static final Set<String> QUANTITY_HEADS = Set.of("ten", "hundred", "thousand", "million", "dozen",
            "group", "member", "number", "some", "many", "most", "all", "one", "two", "three", "several", "score");
    private static final Set<String> SEARCHED_RELATIONS = Set.of("obj", "iobj", "obl", "xcomp", "ccomp", "nmod",
            "nmod:poss", "nsubj", "compound", "amod", "conj", "appos");
    /** How many clauses up an open-complement chain status and conditions are read from. */
    private static final int CLAUSE_DEPTH = 3;
    /**
     * Prepositions of an act that sets the scene of another ("offered to negotiate following the invasions", "after
     * two days of fighting"): it is neither done by the other's subject nor in its tense.
     */
    private static final Set<String> CIRCUMSTANCES = Set.of("after", "following", "before", "since", "amid",
            "amidst", "despite", "until");
    /** Prepositions by which an act noun names who did it ("clashes between police and …", "an attack by rebels"). */
    private static final Set<String> DOER_CASES = Set.of("between", "by", "from", "of", "with");
    /** Prepositions of the means or the occasion of an act ("killed in a car bomb explosion", "by air strikes"). */
    private static final Set<String> MEANS_CASES = Set.of("in", "by", "with", "through");
    /** Participles of "X-ruled Y", "X-backed Y" compounds, which the parser may read as a clause of their own. */
    private static final Set<String> RULED_BY = Set.of("rule", "lead", "back", "control", "hold", "occupy", "run",
            "dominate", "govern", "sponsor");
    /** Verbs that claim what their complement says someone did. */
    private static final Set<String> ALLEGING = Set.of("accuse", "charge", "blame", "suspect", "allege", "claim",
            "testify", "contend", "maintain", "insist");
    /** Adverbs that make an act someone's claim ("allegedly threatened"). */
    private static final Set<String> HEARSAY = Set.of("allegedly", "reportedly", "purportedly", "supposedly");
    /** Verbs whose object did what their "of/with/for …-ing" complement says ("accused X of violating …"). */
    private static final Set<String> OBJECT_CONTROL = Set.of("accuse", "charge", "blame", "suspect", "convict",
            "condemn", "criticize", "criticise", "praise", "thank", "credit", "punish", "sanction");
    /** Possessives that make a thing the clause subject's own ("offered its troops", "urged its citizens"). */
    private static final Set<String> OWN = Set.of("its", "their");
    /** Relations of a verb's subject and objects: the parties to its act. */
    private static final Set<String> CORE_ARGUMENTS = Set.of("obj", "iobj", "nsubj", "nsubj:pass");
    /** Relations of a clause that says what an act is for ("struck to demand …", "marched, calling for …"). */
    private static final Set<String> PURPOSE_RELATIONS = Set.of("xcomp", "advcl", "acl");
    private static final Set<String> SUBJECT_INHERITING = Set.of("xcomp", "conj", "advcl");
    /** Markers of whom a thing is for: "an aid program for Bosnia", "supplies to the camp". */
    private static final Set<String> RECIPIENT_CASES = Set.of("for", "to", "into");
    /** Quantity heads a pattern's word is looked for through without using up depth: "part of the aid". */
    private static final Set<String> PARTITIVES = Set.of("part", "some", "most", "half", "portion", "share", "rest");
    /** CAMEO 045, mediate: the parties it is between are its targets. */
    private static final String MEDIATE = "045";
    /** Heads that only carry the action noun before them: "mediation effort", "aid package". */
    private static final Set<String> LIGHT_HEADS = Set.of("effort", "bid", "attempt", "initiative", "mission",
            "campaign", "operation", "plan", "process", "package", "programme", "program", "drive", "push");
    /** Nouns of a statement whose participle speaks for its issuer: "issued a statement condemning …". */
    private static final Set<String> STATEMENT_NOUNS = Set.of("statement", "declaration", "communique", "communiqué",
            "resolution", "letter", "message", "note", "report", "announcement", "ultimatum");

    private final ActionLexicon lexicon;
    private final ActorResolver actors;

    public DependencyEventCoder(ActionLexicon lexicon, ActorResolver actors) {
        this.lexicon = lexicon;
        this.actors = actors;
    }

    @Override
    public List<Event> code(AnnotatedArticle article, List<Entity> entities, List<TimeExpression> times,
                            List<Quote> quotes) {
        List<Event> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        EventActor lastOfferer = null; // the one who made the offer "the proposal" refers back to
        LocalDate published = article.article().published();
        for (Sentence parsed : article.sentences()) {
            if (parsed.span().of(article.article().text()).strip().endsWith("?")) {
                continue; // a question asks, it reports no act ("Which individuals would you ask to be in your cabinet?")
            }
            Sentence s = withDatedObjects(parsed);
            int first = out.size();
            List<Integer> triggers = new ArrayList<>(); // the action word of each event of this sentence
            for (int i = 0; i < s.tokens().size(); i++) {
                Token t = s.tokens().get(i);
                boolean verb = t.pos().startsWith("VB");
                boolean noun = t.pos().startsWith("NN");
                if (!verb && !noun) {
                    continue;
                }
                Event demand = verb ? demandIn(article, entities, s, i, times, published, out.size() + 1) : null;
                if (demand != null) {
                    out.add(demand);
                    triggers.add(s.governorOf(i).governor()); // the demand is the act of saying
                }
                Event dismissal = verb ? dismissalIn(article, entities, s, i, times, published, lastOfferer,
                        out.size() + 1) : null;
                if (dismissal != null) {
                    out.add(dismissal);
                    triggers.add(i);
                }
                Context c = new Context(article, entities, s, published);
                Action action = verb ? expectedPresence(s, i) : null;
                if (action == null && !(noun && insideTime(t, times))) { // "in March 2019" is no march
                    // "asked about …", "signed a letter", "released a statement": no row's sense
                    action = inSense(c, i, noun, matches(s, i, noun));
                }
                int at = noun ? lightHead(s, i) : i; // "a mediation effort between …": the roles are the effort's
                if (action == null || !noun && underAction(s, i) || noun && partOfVerbPattern(s, i, action)
                        || !noun && purposeOfProtest(s, i, action) || !noun && occupiesNothing(s, i, action)
                        || !noun && doneByAHazard(s, i)
                        || noun && (undone(s, i) || undone(s, at)) || noun && partOfAName(c, i)) {
                    continue;
                }
                boolean construction = action.origin().startsWith(CONSTRUCTION);
                Roles roles = noun ? withoutToken(nounRoles(s, at, action), i) : verbRoles(s, i);
                if (construction) {
                    roles = new Roles(roles.target(), List.of(), "source: the one expected");
                }
                StringBuilder how = new StringBuilder(roles.how());
                List<EventActor> sources = sourcesOf(c, at, noun, action, roles, how);
                List<EventActor> targets = targetsOf(c, at, noun, action, roles, sources, how);
                if (sources.isEmpty() && targets.isEmpty()) {
                    continue;
                }
                EventStatus stated = construction ? EventStatus.EXPECTED : status(s, at, quotes);
                TimeExpression when = dateOf(s, at, times);
                String date = when != null ? when.value() : published == null ? null : published.toString();
                EventActor where = placeOf(c, s, at, roles);
                // a target that is a place of the article (a city or region visited, attacked …) is where it happened
                if (where == null && targets.size() == 1 && names(entities, targets.get(0), EntityType.LOCATION)) {
                    where = targets.get(0);
                }
                Coded coded = construction ? coded(action) : recoded(action, stated, intentStated(s, at));
                EventStatus status = stated;
                if (blockingBy(action, sources, NON_STATE) && !coded.code().code().equals(OBSTRUCT)) {
                    coded = codedAs(OBSTRUCT, "a blocking by protesters, workers or rebels is an obstruction protest");
                } else if (blockingBy(action, sources, STATE) && coded.code().code().equals(OBSTRUCT)) {
                    coded = codedAs(RESTRICT, "a blocking by the state is a restriction, not a protest");
                }
                if (!construction && action.plover().equals("ASSAULT") && preparedFor(s, at)) {
                    coded = codedAs(SHOW_OF_FORCE, "an attack being prepared is a show of force");
                    status = said(s, at, quotes);
                } else if (!construction && conditionalOnUnless(s, at)) {
                    coded = codedAs(ULTIMATUM, "an act announced unless a condition is met is an ultimatum");
                    status = said(s, at, quotes);
                } else if (!construction && stated == EventStatus.NEGATED && coded.code().quadClass() <= 2
                        && announcedRefusal(s, at)) {
                    coded = codedAs(REJECT, "a cooperative act one says one will not do is a rejection");
                    status = said(s, at, quotes);
                }
                EventActor place = where;
                boolean placeIsTarget = place != null && targets.stream().anyMatch(x -> x != null && sameActor(x, place));
                if (sources.isEmpty() && coded.code().quadClass() == 4 && where != null && where.country() != null
                        && !placeIsTarget) { // not "the invasions of Dagestan": who invades a place is not from it
                    // "A roadside bomb near Samarra killed one U.S. soldier": an unnamed perpetrator where it happened
                    sources = List.of(unnamedIn(where.name(), where.country()));
                    how.append(", source: unnamed, the country of the event's place");
                }
                if (targets.isEmpty() && coded.code().quadClass() == 4 && where != null && where.country() != null
                        && !sources.isEmpty()) {
                    // "suicide bombers killed 23 people … in Tel Aviv": unnamed victims where it happened
                    targets = List.of(unnamedIn(where.name(), where.country()));
                    how.append(", target: unnamed, the country of the event's place");
                }
                if (targets.isEmpty() && coded.code().code().equals(PEACEKEEPING) && where != null && where.country() != null
                        && !sources.isEmpty()) {
                    // "the deployment of NATO peacekeeping troops … in Bosnia": protection given to the place's country
                    targets = List.of(unnamedIn(where.name(), where.country()));
                    how.append(", target: the country of the place protected");
                }
                if (pattern(action).contains("rally") && action.plover().equals(PROTEST_TYPE) && !sources.isEmpty()
                        && sources.stream().allMatch(a -> a != null && a.sector() != null && CAMPAIGNING.contains(a.sector())
                        && names(entities, a, EntityType.PERSON))) {
                    // "Trump held five rallies a day": a rally of a politician in or running for office is a campaign,
                    // not dissent ("activists from the Fatah party staged rallies against its leader" still protest)
                    continue;
                }
                if (!noun && action.with().isEmpty() && ONE_SIDED_TALK.contains(action.head().toLowerCase(Locale.ROOT))
                        && sources.size() < 2) {
                    EventActor counterpart = talkCounterpart(c, at);
                    if (counterpart == null) {
                        continue; // talk with no one, or with the press, is no consultation
                    }
                    targets = List.of(counterpart);
                }
                if (!noun && action.head().equalsIgnoreCase("seek") && action.with().isEmpty()
                        && s.dependent(at, "obj") < 0 && s.dependent(at, "xcomp") >= 0) {
                    continue; // "sought to determine …": an attempt, not a request
                }
                if (action.cameo().startsWith("04") && !sources.isEmpty() && sources.stream()
                        .allMatch(x -> x != null && x.entityId() == null && "CVL".equals(x.sector()))) {
                    continue; // "the citizens have travelled to China": private travel, no visit or meeting
                }
                if (action.cameo().equals(OCCUPY) && concat(sources, targets).stream()
                        .anyMatch(x -> x != null && "BUS".equals(x.sector()))) {
                    continue; // "the company took over its rival": an acquisition, not an occupation
                }
                boolean noCodedTarget = targets.stream().allMatch(x -> x.country() == null && x.sector() == null);
                if (!noun && noCodedTarget && sources.size() < 2 && everydaySense(c, at, action)) {
                    continue; // "sought the nomination", "provided lyrics", "released a statement", "hosted a panel"
                }
                if (reciprocalFight(c, at, noun, action, sources)) {
                    targets = List.of(); // "Armenia and Azerbaijan fought a war over Nagorno-Karabakh": each other
                    how.append(", each side the other's target (a fight between them)");
                }
                // "Xi and Putin held talks", "Bosnia and Slovenia agreed to a ceasefire": each side is the other's target
                boolean mutual = !construction && targets.isEmpty() && sources.size() > 1
                        && (MUTUAL.contains(action.plover()) || action.cameo().equals(TRUCE)
                        || reciprocalFight(c, at, noun, action, sources));
                if (!mutual) {
                    String home = homeCountry(sources, targets, where);
                    if (home != null) {
                        List<EventActor> placedSources = placedIn(sources, home, entities);
                        List<EventActor> placedTargets = placedIn(targets, home, entities);
                        if (!placedSources.equals(sources) || !placedTargets.equals(targets)) {
                            how.append(", an actor known by its sector only placed in ").append(home)
                                    .append(" (the event's place, else the other side's country)");
                        }
                        sources = placedSources;
                        targets = placedTargets;
                        // "will extend the curfew": a threat of domestic coercion is as domestic as the coercion
                        boolean domestic = DOMESTIC.contains(coded.plover())
                                || THREATEN_TYPE.equals(coded.plover()) && DOMESTIC.contains(action.plover());
                        String kind = DOMESTIC.contains(coded.plover()) ? coded.plover() : "a threat of " + action.plover();
                        if (targets.isEmpty() && !sources.isEmpty() && domestic) {
                            targets = List.of(unnamedIn(home, home));
                            how.append(", target: unnamed, in the source's country (").append(kind)
                                    .append(" without a named target is domestic)");
                        } else if (sources.isEmpty() && !targets.isEmpty() && domestic) {
                            sources = List.of(unnamedIn(home, home));
                            how.append(", source: unnamed, in the target's country (").append(kind)
                                    .append(" without a named source is domestic)");
                        }
                    }
                }
                String rule = (noun ? "noun" : "verb") + " '" + String.join(" ", pattern(action)) + "' → "
                        + action.cameo() + " (" + action.origin() + "); " + how.toString().replaceFirst("^, ", "")
                        + (when != null ? "; date from '" + when.text() + "'" : "; date of publication") + coded.note()
                        + (c.notes().isEmpty() ? "" : "; " + String.join("; ", c.notes()));
                CameoCode code = coded.code();
                String plover = coded.plover();
                String mode = coded.mode();
                for (EventActor source : sources.isEmpty() ? java.util.Collections.<EventActor>singletonList(null) : sources) {
                    // "Xi and Putin held talks": each side of a mutual act is the other's target
                    List<EventActor> others = mutual ? sources : targets;
                    for (EventActor target : others.isEmpty() ? java.util.Collections.<EventActor>singletonList(null) : others) {
                        if (source != null && target != null && sameActor(source, target)) {
                            continue;
                        }
                        String key = s.span().start() + "|" + plover + "|" + key(source) + "|" + key(target);
                        if (!seen.add(key)) {
                            continue;
                        }
                        double confidence = 0.45 + (source != null ? 0.15 : 0) + (target != null ? 0.15 : 0)
                                + (source != null && source.entityId() != null ? 0.05 : 0)
                                + (target != null && target.entityId() != null ? 0.05 : 0);
                        out.add(new Event("V" + (out.size() + 1), plover, mode, code.code(), status,
                                source, target, date, when != null ? "text" : published == null ? null : "published",
                                where, code.goldstein(), code.quadClass(), s.span(), t.span(), rule,
                                Math.round(confidence * 100) / 100.0, false));
                        triggers.add(i);
                        if (noun && source != null && OFFER_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                            lastOfferer = source;
                        }
                    }
                }
            }
            dropRepeats(out, first, triggers, s);
            markPrincipal(out, first, triggers, s);
        }
        for (int k = 0; k < out.size(); k++) { // consecutive again where repeats were dropped
            if (!out.get(k).id().equals("V" + (k + 1))) {
                out.set(k, out.get(k).withId("V" + (k + 1)));
            }
        }
        return out;
    }

    /**
     * Drops from one sentence's events ({@code out} from {@code first}, with their action words) those that repeat
     * an act coded from a word up to two steps above theirs: same type, same source, and no target or the same one
     * ("hosted Hashimoto for an informal meeting": one meeting; "opened fire …, killing one person": one attack).
     */
    static void dropRepeats(List<Event> out, int first, List<Integer> triggers, Sentence s) {
        for (int k = triggers.size() - 1; k >= 0; k--) {
            Event e = out.get(first + k);
            for (int m = 0; m < triggers.size(); m++) {
                Event f = out.get(first + m);
                boolean repeat = !triggers.get(m).equals(triggers.get(k)) && e.source() != null && f.source() != null
                        && f.plover().equals(e.plover()) && key(f.source()).equals(key(e.source()))
                        && (e.target() == null || f.target() != null && key(f.target()).equals(key(e.target())))
                        && governs(s, triggers.get(m), triggers.get(k), 2);
                if (repeat) {
                    out.remove(first + k);
                    triggers.remove(k);
                    break;
                }
            }
        }
    }

    /** Token {@code above} is {@code below}'s governor, or its governor's governor …, at most {@code steps} up. */
    private static boolean governs(Sentence s, int above, int below, int steps) {
        int at = below;
        for (int i = 0; i < steps; i++) {
            Dependency up = s.governorOf(at);
            if (up == null) {
                return false;
            }
            if (up.governor() == above) {
                return true;
            }
            at = up.governor();
        }
        return false;
    }

    /**
     * Marks the events of one sentence ({@code out} from {@code first}, with their action words) whose word stands
     * highest in the sentence: fewest steps to the root, a conjunct level with its first conjunct, an action noun
     * that is a verb's object or complement level with that verb but after it ("demanded a truce": the demand),
     * the earlier word on a tie. Every event of that word (one per actor of a compound side) is principal.
     */
    static void markPrincipal(List<Event> out, int first, List<Integer> triggers, Sentence s) {
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        for (int token : triggers) {
            int rank = prominenceRank(s, token);
            if (rank < bestRank || rank == bestRank && token < best) {
                best = token;
                bestRank = rank;
            }
        }
        for (int k = 0; k < triggers.size(); k++) {
            out.set(first + k, out.get(first + k).asPrincipal(triggers.get(k) == best));
        }
    }

    /** Twice the token's depth below the root (conjuncts level with their first), plus one for a noun a verb carries. */
    static int prominenceRank(Sentence s, int token) {
        int at = token;
        int carried = 0;
        Dependency up = s.governorOf(at);
        if (s.tokens().get(token).pos().startsWith("NN") && up != null
                && (up.relation().equals("obj") || up.relation().startsWith("obl"))
                && s.tokens().get(up.governor()).pos().startsWith("VB")) {
            at = up.governor();
            carried = 1;
        }
        int depth = 0;
        for (int guard = 0; guard < s.tokens().size() && (up = s.governorOf(at)) != null; guard++) {
            depth += up.relation().equals("conj") ? 0 : 1;
            at = up.governor();
        }
        return 2 * depth + carried;
    }

    /**
     * "rejected Thursday a United Nations appeal", "rejected on Thursday a plan by …", "denounced as an ugly crime
     * Serbia's suppression of …": the parser hangs the object on the day or the "as" phrase that comes between; the
     * noun becomes the verb's object again (a verb that has none of its own).
     */
    static Sentence withDatedObjects(Sentence s) {
        List<Dependency> edges = new ArrayList<>(s.dependencies());
        boolean changed = false;
        for (int i = 0; i < edges.size(); i++) {
            Dependency d = edges.get(i);
            if (d.governor() < 0) {
                continue; // the root's edge
            }
            Dependency day = s.governorOf(d.governor());
            boolean between = DAY_WORDS.contains(s.tokens().get(d.governor()).word().toLowerCase(Locale.ROOT))
                    || s.caseMarker(d.governor()).equals("as");
            if (d.relation().equals("dep") && between && d.dependent() > d.governor()
                    && s.tokens().get(d.dependent()).pos().startsWith("NN") && day != null
                    && day.relation().startsWith("obl") && s.tokens().get(day.governor()).pos().startsWith("VB")
                    && s.dependent(day.governor(), "obj") < 0) {
                edges.set(i, new Dependency(day.governor(), d.dependent(), "obj"));
                changed = true;
            }
        }
        return changed ? new Sentence(s.span(), s.tokens(), edges) : s;
    }

    /** The code an action gets, with a note when a rule changed it from the lexicon's. */
    private record Coded(CameoCode code, String plover, String mode, String note) {
    }

    private Coded coded(Action action) {
        CameoCode code = lexicon.cameo(action.cameo());
        return new Coded(code, action.plover(), action.mode() != null ? action.mode() : code.ploverMode(), "");
    }

    /** The code {@code to} (a code of the shipped table) in place of the lexicon's, with the reason in the rule. */
    private Coded codedAs(String to, String why) {
        CameoCode target = lexicon.cameo(to);
        return new Coded(target, target.plover(), target.ploverMode(), "; " + why + " (" + to + ")");
    }

    /**
     * A blocking ("blocked the Europe Bridge", "blocked the road") whose sources all have a sector of
     * {@code sectors}: by protesters, workers or rebels it is a protest by obstruction (144), as PLOVER reads it;
     * by a government, army or police a restriction (172).
     */
    private static boolean blockingBy(Action action, List<EventActor> sources, Set<String> sectors) {
        return action.head().equalsIgnoreCase("block") && !sources.isEmpty()
                && sources.stream().allMatch(a -> a != null && a.sector() != null && sectors.contains(a.sector()));
    }

    /** "will withdraw its force from Chad unless …": the act, or the verb it hangs from, has an "unless" clause. */
    private static boolean conditionalOnUnless(Sentence s, int i) {
        List<Integer> chain = xcompChain(s, i);
        for (int k : chain.subList(0, Math.min(CLAUSE_DEPTH, chain.size()))) {
            for (Dependency d : s.dependentsOf(k)) {
                if (d.relation().startsWith("advcl")) {
                    int mark = s.dependent(d.dependent(), "mark");
                    if (mark >= 0 && s.tokens().get(mark).word().equalsIgnoreCase("unless")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Token {@code i} and the verbs it hangs from as an open complement, nearest first ("lift" in "agreed to
     * lift": lift, agreed): the clause an act's status and conditions are read from, and one verb above it.
     */
    private static List<Integer> xcompChain(Sentence s, int i) {
        List<Integer> chain = new ArrayList<>(List.of(i));
        Dependency up = s.governorOf(i);
        while (chain.size() <= CLAUSE_DEPTH && up != null && (up.relation().equals("xcomp")
                || requestedClause(s, up.dependent()) || gerundComplement(s, up) || sharedClause(s, up))) {
            chain.add(up.governor());
            up = s.governorOf(up.governor());
        }
        return chain;
    }

    /**
     * "aims to tighten sanctions and impose a blockade": a bare infinitive joined to another without a subject or
     * auxiliary of its own shares that infinitive's clause — what governs it, its negation. Not finite verbs ("sought
     * the nomination but withdrew"), which the parser joins to the wrong head too often.
     */
    private static boolean sharedClause(Sentence s, Dependency up) {
        int v = up.dependent();
        return up.relation().equals("conj") && s.tokens().get(v).pos().equals("VB")
                && s.tokens().get(up.governor()).pos().equals("VB")
                && s.dependentsOf(v).stream().noneMatch(d -> d.relation().startsWith("nsubj")
                        || d.relation().startsWith("aux") || d.relation().equals("mark"));
    }

    /**
     * "resume shelling", "began firing": a bare gerund the parser hangs loosely ("dep") on a verb of beginning or
     * going on, which it completes (not "rejected it, approving only …", a participle beside the verb).
     */
    private static boolean gerundComplement(Sentence s, Dependency up) {
        return up.relation().equals("dep") && s.tokens().get(up.dependent()).pos().equals("VBG")
                && ASPECTUAL.contains(s.tokens().get(up.governor()).lemma().toLowerCase(Locale.ROOT))
                && up.dependent() > up.governor();
    }

    /**
     * The act is made ready rather than done: its word or the verb that carries it sits under "prepare" or "ready"
     * ("prepared to resume shelling", "is preparing a major offensive").
     */
    private static boolean preparedFor(Sentence s, int i) {
        for (int v : xcompChain(s, actingVerb(s, i))) {
            if (v != i && PREPARING.contains(s.tokens().get(v).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "called for NATO members to increase …", "called on the President to demand …": a clause the parser hung on a
     * verb of asking by its "for"/"on", with a subject of its own — the act asked for, by that subject.
     */
    private static boolean requestedClause(Sentence s, int clause) {
        Dependency up = s.governorOf(clause);
        return up != null && up.relation().equals("advcl") && s.dependent(clause, "nsubj") >= 0
                && REQUESTING.contains(s.tokens().get(up.governor()).lemma().toLowerCase(Locale.ROOT))
                && s.dependentsOf(clause).stream().anyMatch(d -> d.relation().equals("mark")
                        && Set.of("for", "on").contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT)));
    }

    /** "will not accept", "would not allow": a negated act with "will" or "would" is announced as refused. */
    private static boolean announcedRefusal(Sentence s, int i) {
        for (Dependency d : s.dependentsOf(i)) {
            String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
            if (d.relation().equals("aux") && (FUTURE_AUX.contains(w) || w.equals("would"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * CAMEO's own distinction for acts not yet done: a cooperative act (quad class 1–2) that is expected is an
     * intent to cooperate (030, AGREE) — except a meeting or visit, which stays itself with the status expected
     * ("is scheduled to attend a summit") unless it is stated as an intent ("said they would meet", "ready to
     * host a meeting": 036, intent to meet); force, sanctions or coercion (quad class 4) that is expected is a threat
     * (130, THREATEN), an expected protest or boycott a threat of dissent (133). Anything else keeps the lexicon's
     * code.
     */
    private Coded recoded(Action action, EventStatus status, boolean intent) {
        Coded plain = coded(action);
        boolean meeting = "CONSULT".equals(plain.plover());
        String to = status != EventStatus.EXPECTED ? null
                : meeting ? (intent ? INTENT_TO_MEET : null)
                : plain.code().quadClass() <= 2 && !plain.code().code().startsWith("03") ? INTENT_TO_COOPERATE
                : plain.code().quadClass() == 4 ? THREATEN
                : plain.code().code().startsWith("14") ? THREATEN_PROTEST : null;
        if (to == null || lexicon.cameo(to) == null) {
            return plain;
        }
        return codedAs(to, to.equals(THREATEN) ? "expected force or coercion coded as a threat"
                : to.equals(INTENT_TO_MEET) ? "a meeting one says one would hold or is ready to coded as intent to meet"
                : to.equals(THREATEN_PROTEST) ? "an announced protest or boycott coded as a threat"
                : "expected cooperation coded as intent");
    }

    /** The sources of the roles; for a noun without one, the subject of the verb whose object it is. */
    private List<EventActor> sourcesOf(Context c, int i, boolean noun, Action action, Roles roles, StringBuilder how) {
        Sentence s = c.sentence();
        List<EventActor> sources = actorsOf(c, roles.source());
        int lightSubject = noun && sources.isEmpty() ? lightVerbSubject(s, i) : -1;
        if (lightSubject >= 0 && !action.plover().equals(ACCUSE_TYPE)
                && PROSECUTING.contains(s.tokens().get(s.governorOf(i).governor()).lemma().toLowerCase(Locale.ROOT))) {
            lightSubject = -1; // "charged the suspect in the shooting" (but "jailed them on allegations of …" alleges)
        }
        if (lightSubject >= 0) {
            sources = actorsOf(c, withConjuncts(s, List.of(lightSubject)));
            how.append(s.caseMarker(lightSubject).equals("by") ? ", source: by-agent of '" : ", source: subject of '")
                    .append(s.tokens().get(s.governorOf(i).governor()).word()).append("'");
        }
        return sources;
    }

    /**
     * The targets of the roles; else, for an attack noun, the place attacked ("attacks in Ukrainian territory");
     * else, for a verb, the first actor in its complements that is not a source.
     */
    private List<EventActor> targetsOf(Context c, int i, boolean noun, Action action, Roles roles,
                                       List<EventActor> sources, StringBuilder how) {
        Sentence s = c.sentence();
        List<EventActor> targets = actorsOf(c, roles.target());
        if (noun && targets.isEmpty() && action.plover().equals("ASSAULT")) {
            for (Dependency d : s.dependentsOf(i)) {
                if (d.relation().equals("nmod") && s.caseMarker(d.dependent()).equals("in") && targets.isEmpty()) {
                    targets = actorsOf(c, List.of(d.dependent()));
                    how.append(", target: the place attacked");
                }
            }
        }
        Dependency up = s.governorOf(i);
        if (!noun && targets.isEmpty() && action.plover().equals(REQUEST_TYPE)) {
            for (Dependency d : s.dependentsOf(i)) {
                if (requestedClause(s, d.dependent())) { // "called on the President to demand …": the one asked
                    targets = actorsOf(c, withConjuncts(s, List.of(s.dependent(d.dependent(), "nsubj"))));
                    how.append(", target: subject of the clause asked for");
                    break;
                }
            }
        }
        if (noun && targets.isEmpty() && up != null
                && (up.relation().startsWith("obl") || up.relation().equals("obj"))) {
            // "eight Mexicans died in the attack", "two soldiers were wounded in the ambush", "Qawi drew criticism":
            // those who underwent it
            String verb = s.tokens().get(up.governor()).lemma().toLowerCase(Locale.ROOT);
            int victim = UNDERGOING.contains(verb) ? s.dependent(up.governor(), "nsubj")
                    : HARMED.contains(verb) ? s.dependent(up.governor(), "nsubj:pass") : -1;
            if (victim >= 0) {
                targets = actorsOf(c, withConjuncts(s, List.of(victim)));
                how.append(", target: who underwent it ('").append(s.tokens().get(up.governor()).word()).append("')");
            }
        }
        boolean ownObject = roles.target().stream().anyMatch(t -> s.dependent(t, "nmod:poss") >= 0
                && OWN.contains(s.tokens().get(s.dependent(t, "nmod:poss")).word().toLowerCase(Locale.ROOT)));
        if (!noun && !targets.isEmpty() && (ownObject || targets.stream().allMatch(t -> t.country() == null))) {
            // "offered its troops to Lebanon", "providing intelligence to Macedonia", "withdraw its troops from
            // Lebanon": what is given or moved has no country, or is the giver's own; the one it goes to or leaves
            // is the target
            boolean withdrawal = action.plover().equals("RETREAT");
            List<EventActor> recipients = complementActors(c, i,
                    m -> TARGET_CASES.contains(m) || withdrawal && m.equals("from"));
            if (!recipients.isEmpty()) {
                targets = recipients;
                how.append(", target: the complement with a country, not the object");
            }
        }
        int named = !noun ? objectNamedByPattern(s, i, action) : -1;
        if (named >= 0 && roles.target().contains(named)) {
            // "suspended part of a military aid program for Bosnia": what the pattern names is the act, not its
            // target; the one it is for is
            List<EventActor> recipients = representedBy(c, named);
            recipients = recipients.isEmpty() ? recipientsInside(c, named) : recipients;
            targets = recipients.isEmpty() ? complementActors(c, i, TARGET_CASES::contains) : recipients;
            how.append(", target: not the object the pattern names");
        }
        if (!noun && COMPLAINING.contains(action.plover()) && roles.how().contains("'to' complement")) {
            List<EventActor> matter = complementActors(c, i, MATTER_CASES::contains);
            if (!matter.isEmpty()) {
                targets = matter; // "complained to the United Nations over two Israeli air raids"
                how.append(", target: what the complaint is about, not whom it is made to");
            }
        }
        if (!noun && targets.stream().allMatch(t -> t.country() == null)) {
            List<EventActor> recipients = List.of();
            for (int object : roles.target()) { // "a camp for Congolese refugees was attacked": those it is for
                recipients = recipients.isEmpty() ? recipientsInside(c, object) : recipients;
            }
            if (!recipients.isEmpty()) {
                targets = recipients;
                how.append(", target: whom the object is for");
            }
        }
        if (targets.isEmpty() && !noun && action.plover().equals("THREATEN")) {
            List<Integer> conditional = conditionalSubjects(s, i);
            targets = actorsOf(c, conditional);
            if (!targets.isEmpty()) {
                how.append(", target: subject of the threat's condition");
            }
        }
        // "the leaders of France and Germany met in Paris", "the two leaders met in Beijing": a place is no side of a
        // meeting between two sides, or among the members of a plural subject
        boolean betweenSources = MUTUAL.contains(action.plover()) && sources.size() > 1
                || action.plover().equals("CONSULT") && roles.source().stream().anyMatch(t -> s.tokens().get(t).pos().equals("NNS"));
        if (targets.isEmpty() && !noun && !betweenSources) {
            for (int candidate : otherTargets(s, i)) {
                if (PENALTIES.contains(s.tokens().get(candidate).lemma().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                targets = actorsOf(c, withConjuncts(s, List.of(candidate)));
                targets.removeIf(x -> sources.stream().anyMatch(f -> sameActor(f, x)));
                if (!targets.isEmpty()) {
                    how.append(", target: '").append(s.tokens().get(candidate).word()).append("'");
                    break;
                }
            }
        }
        if (noun && targets.isEmpty() && action.plover().equals(ACCUSE_TYPE) && up != null
                && up.relation().equals("obl") && s.dependent(up.governor(), "obj") >= 0) {
            // "jailed 52 members of MASSOB on allegations of treason": the allegations are against the ones jailed
            targets = actorsOf(c, withConjuncts(s, List.of(s.dependent(up.governor(), "obj"))));
            if (!targets.isEmpty()) {
                how.append(", target: the object of '").append(s.tokens().get(up.governor()).word()).append("'");
            }
        }
        if (targets.isEmpty() && action.plover().equals(PROTEST_TYPE)) {
            int demand = demandOfProtest(s, i);
            demand = demand >= 0 || !noun ? demand : demandOfProtest(s, actingVerb(s, i));
            Action asked = demand < 0 ? null : match(s, demand, false);
            if (asked != null && (asked.plover().equals(REQUEST_TYPE) || asked.plover().equals(PROTEST_TYPE))) {
                // "continued their hunger strike to demand the resignation of President Ben Bella"
                targets = targetsOf(c, demand, false, asked, verbRoles(s, demand), sources, new StringBuilder());
                if (!targets.isEmpty()) {
                    how.append(", target: that of what the protest is for ('").append(s.tokens().get(demand).word())
                            .append("')");
                }
            }
        }
        return targets;
    }

    /**
     * The verb of demanding a protest is made for ("marched to demand …", "went on a hunger strike to demand …",
     * "rallied, calling for …"): a purpose clause of the protest word or of its object or complement; -1 if none.
     */
    private static int demandOfProtest(Sentence s, int protest) {
        List<Integer> heads = new ArrayList<>(List.of(protest));
        s.dependentsOf(protest).stream().filter(d -> d.relation().equals("obj") || d.relation().equals("obl"))
                .forEach(d -> heads.add(d.dependent()));
        for (int head : heads) {
            for (Dependency d : s.dependentsOf(head)) {
                if (d.dependent() > head && PURPOSE_RELATIONS.contains(d.relation())
                        && s.tokens().get(d.dependent()).pos().startsWith("VB")) {
                    return d.dependent();
                }
            }
        }
        return -1;
    }

    /** What the article's entities and date are, for coding actors; {@code notes} collects how actors were coded. */
    private record Context(AnnotatedArticle article, List<Entity> entities, Sentence sentence, LocalDate date,
                           List<String> notes) {
        Context(AnnotatedArticle article, List<Entity> entities, Sentence sentence, LocalDate date) {
            this(article, entities, sentence, date, new ArrayList<>());
        }

        /** The same sentence with notes of its own: for a lookup whose how is not the event's. */
        Context scratch() {
            return new Context(article, entities, sentence, date);
        }
    }

    /** The tokens that name the source and the target, and how they were found. */
    private record Roles(List<Integer> source, List<Integer> target, String how) {
    }

    private static List<String> pattern(Action a) {
        List<String> words = new ArrayList<>();
        words.add(a.head());
        words.addAll(a.with());
        return words;
    }

    /** The longest lexicon entry for token {@code i} whose extra words are lemmas of its dependents, or null. */
    private Action match(Sentence s, int i, boolean noun) {
        List<Action> all = matches(s, i, noun);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The lexicon entries for token {@code i} whose extra words are lemmas of its dependents, longest first. */
    private List<Action> matches(Sentence s, int i, boolean noun) {
        Token t = s.tokens().get(i);
        List<Action> out = new ArrayList<>();
        for (Action a : lexicon.withHead(t.lemma().toLowerCase(Locale.ROOT), noun)) {
            // "call for" and "call on" are calls only without an object of their own ("called the race for Biden",
            // "called off the search late on Tuesday" are not)
            boolean prepositional = !noun && !a.with().isEmpty() && a.with().stream().allMatch(PREPOSITIONS::contains);
            if (prepositional && (s.dependent(i, "obj") >= 0 || s.dependent(i, "compound:prt") >= 0)) {
                continue;
            }
            if (a.with().stream().allMatch(w -> hasDependentLemma(s, i, w, 2))) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * A word with {@code lemma} hangs under token {@code i}, at most {@code depth} steps down, within its clause: not
     * in a relative or complement clause, nor in an adverbial or noun-modifying clause with a subject of its own, but
     * for the word that introduces it ("called for NATO members to increase …"; "shares the same name … specialises
     * in language expertise" names no shared expertise; "carried out the attack using ten drones" is a drone attack).
     */
    private static boolean hasDependentLemma(Sentence s, int i, String lemma, int depth) {
        for (Dependency d : s.dependentsOf(i)) {
            Token t = s.tokens().get(d.dependent());
            if (OWN_CLAUSE.contains(d.relation()) && t.pos().startsWith("VB")) {
                continue; // not a small clause without a verb: "taking dozens of people hostage"
            }
            if ((d.relation().equals("advcl") || d.relation().equals("acl"))
                    && s.dependent(d.dependent(), "nsubj") >= 0) {
                int mark = s.dependent(d.dependent(), "mark");
                if (mark >= 0 && s.tokens().get(mark).lemma().equalsIgnoreCase(lemma)) {
                    return true;
                }
                continue;
            }
            if (t.lemma().equalsIgnoreCase(lemma) || t.word().equalsIgnoreCase(lemma)) {
                return true;
            }
            // "suspended part of an aid programme": a partitive does not use up depth
            boolean partitive = PARTITIVES.contains(t.lemma().toLowerCase(Locale.ROOT));
            if ((depth > 1 || partitive) && !d.relation().startsWith("nsubj")
                    && hasDependentLemma(s, d.dependent(), lemma, partitive ? depth : depth - 1)) {
                return true;
            }
        }
        return false;
    }

    private Roles verbRoles(Sentence s, int v) {
        List<Integer> source = new ArrayList<>();
        List<Integer> target = new ArrayList<>();
        String how = "";
        for (Dependency d : s.dependentsOf(v)) {
            if (d.relation().equals("nsubj")) {
                source.add(d.dependent());
                how = "source: subject";
            } else if (d.relation().equals("nsubj:pass")) {
                target.add(d.dependent());
                how = "target: passive subject";
            }
        }
        if (s.tokens().get(v).pos().equals("VBN") && s.dependent(v, "aux") < 0 && !source.isEmpty()
                && byAgent(s, v) >= 0) {
            // "the demonstration staged by students", read as a clause whose subject is the demonstration: a
            // participle without "have" and with a by-agent is passive, whatever the parser calls its noun
            target.addAll(source);
            source.clear();
            how = "target: the noun the passive participle describes";
        }
        int ruled = s.dependent(v, "csubj");
        if (source.isEmpty() && ruled >= 0 && s.dependent(ruled, "obj") >= 0
                && RULED_BY.contains(s.tokens().get(ruled).lemma().toLowerCase(Locale.ROOT))) {
            // "Taliban ruled Afghanistan has been sharing …": "Taliban-ruled Afghanistan" read as a clause
            source.add(s.dependent(ruled, "obj"));
            how = "source: the place of an 'X-ruled' compound read as a clause";
        }
        // "was attacked by rebels", "attacked by rebels, the convoy …"; not "to demand reforms by the government"
        boolean passive = s.tokens().get(v).pos().equals("VBN") || s.dependent(v, "obj") < 0;
        if (source.isEmpty() && passive) {
            for (Dependency d : s.dependentsOf(v)) {
                if (d.relation().startsWith("obl") && s.caseMarker(d.dependent()).equals("by")) {
                    source.add(d.dependent());
                    how += (how.isEmpty() ? "" : ", ") + "source: by-agent";
                }
            }
        }
        if (source.isEmpty() && passive) {
            // "was condemned in a joint statement by Egypt, Greece and Cyprus": the statement's authors
            for (Dependency d : s.dependentsOf(v)) {
                if (d.relation().startsWith("obl") && STATEMENT_NOUNS.contains(
                        s.tokens().get(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
                    s.dependentsOf(d.dependent()).stream()
                            .filter(m -> m.relation().equals("nmod") && s.caseMarker(m.dependent()).equals("by"))
                            .findFirst().ifPresent(m -> source.add(m.dependent()));
                }
            }
            how += source.isEmpty() ? "" : (how.isEmpty() ? "" : ", ") + "source: author of the statement";
        }
        Dependency up = s.governorOf(v);
        boolean passiveAdverbial = s.tokens().get(v).pos().equals("VBN") && up != null
                && up.relation().equals("advcl") && s.dependent(v, "aux") < 0 && s.dependent(v, "aux:pass") < 0;
        if (source.isEmpty() && target.isEmpty() && passiveAdverbial && s.dependent(v, "obj") < 0) {
            int inherited = inheritedSubject(s, v, 0);
            if (inherited >= 0) {
                target.add(inherited); // "when asked about plans, Stamenković said": he is the one asked
                how = "target: subject of the governing clause, of whom the participle is said";
            }
        }
        if (source.isEmpty() && target.isEmpty()) {
            int inherited = inheritedSubject(s, v, 0);
            if (inherited >= 0) {
                source.add(inherited);
                how = "source: subject of the governing clause";
            }
        }
        if (source.isEmpty() && target.isEmpty() && up != null && up.relation().equals("acl")
                && (s.tokens().get(v).pos().equals("VBD")
                        || s.tokens().get(v).pos().equals("VBN") && s.dependent(v, "obj") >= 0)) {
            // "aid groups donated … goods to …", "authorities in Croatia cracked down on …": a finite verb or an
            // active participle the parser hung on the noun before it has that noun as subject. Not an -ing form
            // ("a charity auction offering artwork", "killing eight people in Linwood Mosque": on Wikinews most such
            // nouns were not the doers), nor an infinitive ("an attempt to …")
            source.add(up.governor());
            how = "source: the noun the participle describes";
        }
        if (target.isEmpty()) {
            for (Dependency d : s.dependentsOf(v)) {
                if (d.relation().equals("obj") || d.relation().equals("iobj")) {
                    target.add(d.dependent());
                    how += ", target: object";
                    break;
                }
            }
        }
        if (target.isEmpty()) {
            for (Dependency d : s.dependentsOf(v)) {
                boolean origin = s.caseMarker(d.dependent()).equals("from")
                        && MOTION.contains(s.tokens().get(v).lemma().toLowerCase(Locale.ROOT)); // "marched from the park"
                if (d.relation().equals("obl") && TARGET_CASES.contains(s.caseMarker(d.dependent())) && !origin
                        && !PENALTIES.contains(s.tokens().get(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
                    target.add(d.dependent()); // not "sentenced to life in prison", "to ten years"
                    how += ", target: '" + s.caseMarker(d.dependent()) + "' complement";
                    break;
                }
            }
        }
        return new Roles(withConjuncts(s, source), withConjuncts(s, target), how.startsWith(", ") ? how.substring(2) : how);
    }

    /**
     * "XI and Putin's meetings", parsed as "XI and [Putin's meetings]": the proper noun the possessed noun is
     * coordinated with, right before "and" and the possessor, possesses it too; -1 otherwise.
     */
    private static int coPossessor(Sentence s, int n) {
        Dependency up = s.governorOf(n);
        int possessor = s.dependent(n, "nmod:poss");
        if (up == null || possessor < 0 || !up.relation().equals("conj") || up.governor() > possessor) {
            return -1;
        }
        int name = up.governor();
        boolean adjacent = name + 2 == possessor && s.tokens().get(name + 1).word().equalsIgnoreCase("and");
        return adjacent && s.tokens().get(name).pos().startsWith("NNP") ? name : -1;
    }

    private Roles nounRoles(Sentence s, int n, Action action) {
        List<Integer> source = new ArrayList<>();
        List<Integer> target = new ArrayList<>();
        String how = "";
        // "Basilashvili's arrest", "Floyd's killing": with no "of" complement, the possessor of an act done to
        // someone is the one it was done to
        boolean undergone = UNDERGONE_NOUNS.contains(s.tokens().get(n).lemma().toLowerCase(Locale.ROOT))
                && s.dependentsOf(n).stream()
                        .noneMatch(d -> d.relation().equals("nmod") && s.caseMarker(d.dependent()).equals("of"));
        for (Dependency d : s.dependentsOf(n)) {
            String r = d.relation();
            if (r.equals("nmod:poss") && undergone) {
                target.add(d.dependent());
                how = "target: possessor (the one it was done to)";
            } else if (r.equals("nmod:poss") || r.equals("compound") || r.equals("amod")) {
                if (d.dependent() < n && s.tokens().get(d.dependent()).word().chars().anyMatch(Character::isLetter)
                        && !ORDER_WORDS.contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT))) {
                    source.add(d.dependent());
                    how = "source: " + (r.equals("nmod:poss") ? "possessor" : "word before the noun");
                }
            }
        }
        int coPossessor = coPossessor(s, n);
        if (coPossessor >= 0) {
            (undergone ? target : source).add(0, coPossessor); // "Kelly and Baroni's convictions": both convicted
            how += " (with the name before 'and')";
        }
        List<Dependency> complements = new ArrayList<>(s.dependentsOf(n));
        for (Dependency d : s.dependentsOf(n)) {
            if (d.relation().equals("nmod")) {
                for (Dependency inner : s.dependentsOf(d.dependent())) {
                    if (inner.relation().equals("nmod") && s.caseMarker(inner.dependent()).equals("between")) {
                        complements.add(inner); // "an agreement on resources between Washington and Kyiv"
                    }
                }
            }
        }
        for (Dependency d : complements) {
            if (!d.relation().startsWith("nmod") || d.relation().equals("nmod:poss")) {
                continue;
            }
            String c = s.caseMarker(d.dependent());
            if (c.equals("by") && source.isEmpty()) {
                source.add(d.dependent());
                how = "source: by-complement";
            } else if (c.equals("of") && source.isEmpty()
                    && (OF_IS_ACTOR.contains(action.plover()) || action.cameo().equals(PEACEKEEPING))) {
                source.add(d.dependent());
                how = "source: 'of' complement of an act one does oneself";
            } else if (c.equals("between") && action.cameo().startsWith(MEDIATE)) {
                target.addAll(withConjuncts(s, List.of(d.dependent()))); // a mediation between X and Y is aimed at both
                how = "targets: 'between' complement of a mediation";
            } else if (c.equals("between")) {
                List<Integer> both = withConjuncts(s, List.of(d.dependent()));
                source.add(both.get(0));
                target.addAll(both.subList(1, both.size()));
                how = "source and target: 'between' complement";
            } else if (NOUN_TARGET_CASES.contains(c) && target.isEmpty() // goods are no actor:
                    && !TRADED.contains(s.tokens().get(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
                target.add(d.dependent());
                how += (how.isEmpty() ? "" : ", ") + "target: '" + c + "' complement";
            }
        }
        if (target.isEmpty() && CLAUSE_TARGETED.contains(action.plover())) {
            for (Dependency d : s.dependentsOf(n)) {
                int subject = d.relation().equals("ccomp") || d.relation().startsWith("acl") ? s.dependent(d.dependent(), "nsubj") : -1;
                if (subject > n && target.isEmpty()) { // "its demand that Israel ease restrictions", "accusations that Russia meddled"
                    target.add(subject);
                    how += (how.isEmpty() ? "" : ", ") + "target: subject of the clause the noun states";
                }
            }
        }
        if (action.cameo().startsWith("16")) {
            how = tradeMeasureRoles(s, n, source, target, how);
        }
        List<Integer> sources = new ArrayList<>(withConjuncts(s, source));
        sources.remove(Integer.valueOf(n)); // "XI and Putin's meetings": the noun is not its own actor
        return new Roles(sources, withConjuncts(s, target), how);
    }

    /**
     * The head an action noun modifies when that head only carries it ("a mediation effort", "an aid package", "a
     * rescue mission"): the act's roles, tense and place are the head's; the noun itself otherwise.
     */
    private static int lightHead(Sentence s, int n) {
        Dependency up = s.governorOf(n);
        return up != null && up.relation().equals("compound") && up.governor() > n
                && LIGHT_HEADS.contains(s.tokens().get(up.governor()).lemma().toLowerCase(Locale.ROOT)) ? up.governor() : n;
    }

    /** The roles without one token (the action noun, which is no actor of its own act). */
    private static Roles withoutToken(Roles roles, int token) {
        List<Integer> source = new ArrayList<>(roles.source());
        source.remove(Integer.valueOf(token));
        List<Integer> target = new ArrayList<>(roles.target());
        target.remove(Integer.valueOf(token));
        return new Roles(source, target, roles.how());
    }

    /**
     * Tariffs and duties: on exports to X, X imposes them ("tariffs on most exports to the United States"); whoever
     * faces them is their target ("the country is now faced with 145% tariffs"). Fills only empty roles.
     */
    private static String tradeMeasureRoles(Sentence s, int n, List<Integer> source, List<Integer> target, String how) {
        if (source.isEmpty()) {
            for (Dependency goods : s.dependentsOf(n)) {
                String goodsLemma = s.tokens().get(goods.dependent()).lemma().toLowerCase(Locale.ROOT);
                if (!goods.relation().equals("nmod") || !TRADED.contains(goodsLemma)) {
                    continue;
                }
                for (Dependency to : s.dependentsOf(goods.dependent())) {
                    if (to.relation().equals("nmod") && Set.of("to", "into").contains(s.caseMarker(to.dependent()))) {
                        source.add(to.dependent());
                        how += (how.isEmpty() ? "" : ", ") + "source: where the goods go";
                    }
                }
            }
        }
        Dependency up = s.governorOf(n);
        if (target.isEmpty() && up != null && s.tokens().get(up.governor()).lemma().equalsIgnoreCase("face")) {
            for (Dependency d : s.dependentsOf(up.governor())) {
                if (d.relation().startsWith("nsubj")) {
                    target.add(d.dependent());
                    how += (how.isEmpty() ? "" : ", ") + "target: who faces them";
                }
            }
        }
        return how;
    }

    /**
     * For a noun that is a verb's object or complement ("Ukraine has started several drone attacks", "Xi arrives in
     * Moscow for talks"): that verb's subject, or -1. Not for an "as" complement: who "interpreted it as a threat" did
     * not threaten; nor what it is about ("tweeted about the riots", "expelled the envoy over the agreement"); nor who
     * died in, fled or survived it.
     */
    private static int lightVerbSubject(Sentence s, int n) {
        Dependency up = s.governorOf(n);
        if (up != null && up.relation().equals("nmod") && s.caseMarker(n).equals("of")
                && MEASURE_HEADS.contains(s.tokens().get(up.governor()).lemma().toLowerCase(Locale.ROOT))) {
            n = up.governor(); // "launched 10 days of war games", "began a series of talks": the measure is the object
            up = s.governorOf(n);
        }
        String verb = up == null ? "" : s.tokens().get(up.governor()).lemma().toLowerCase(Locale.ROOT);
        // "welcomed the offer", "died in the attack"; "Floyd's death led to protests", "the shooting sparked riots":
        // who reacts to, undergoes or causes an act is not its doer
        boolean caused = CAUSING.contains(verb) || verb.equals("lead") && s.caseMarker(n).equals("to");
        if (caused || NOT_ONES_OWN.contains(verb) || UNDERGOING.contains(verb)) {
            return -1;
        }
        boolean passive = up != null && (up.relation().equals("nsubj:pass") || up.relation().equals("nsubj")
                && s.tokens().get(up.governor()).pos().equals("VBN") && s.dependent(up.governor(), "aux") < 0);
        int agent = passive ? byAgent(s, up.governor()) : -1;
        if (agent >= 0) {
            return agent; // "a demonstration was staged by students", "the demonstration staged by students"
        }
        if (up != null && (up.relation().equals("obj") || up.relation().equals("obl") && !s.caseMarker(n).equals("as")
                        && !MATTER_CASES.contains(s.caseMarker(n)) && !CIRCUMSTANCES.contains(s.caseMarker(n)))
                && s.tokens().get(up.governor()).pos().startsWith("VB")) {
            int subject = s.dependent(up.governor(), "nsubj");
            Dependency control = s.governorOf(up.governor());
            if (subject < 0 && control != null && control.relation().equals("xcomp")
                    && EXPECTING.contains(s.tokens().get(control.governor()).lemma().toLowerCase(Locale.ROOT))) {
                // "Obama is scheduled to attend a summit", "plans to impose restrictions": the one who plans acts
                subject = s.dependent(control.governor(), "nsubj");
                subject = subject >= 0 ? subject : s.dependent(control.governor(), "nsubj:pass");
            }
            return subject;
        }
        return -1;
    }

    /** The verb's "by" complement that names someone ("staged by students", not "by saying"), or -1. */
    private static int byAgent(Sentence s, int v) {
        for (Dependency d : s.dependentsOf(v)) {
            if (d.relation().startsWith("obl") && s.caseMarker(d.dependent()).equals("by")
                    && !s.tokens().get(d.dependent()).pos().startsWith("VB")) {
                return d.dependent();
            }
        }
        return -1;
    }

    /** The verb's object when its phrase holds a word of the verb's pattern ("suspended part of an aid program"), or -1. */
    private static int objectNamedByPattern(Sentence s, int v, Action action) {
        int object = s.dependent(v, "obj");
        if (object < 0 || action.with().isEmpty()) {
            return -1;
        }
        TextSpan phrase = s.subtreeSpan(object, v);
        for (Token t : s.tokens()) {
            if (phrase.contains(t.span()) && action.with().contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return object;
            }
        }
        return -1;
    }

    /** Actors with a country in a "for/to/…" complement inside the phrase of {@code head}. */
    private List<EventActor> recipientsInside(Context c, int head) {
        Sentence s = c.sentence();
        TextSpan phrase = s.subtreeSpan(head, -1);
        for (int k = 0; k < s.tokens().size(); k++) {
            Dependency up = s.governorOf(k);
            if (up != null && up.relation().equals("nmod") && phrase.contains(s.tokens().get(k).span())
                    && RECIPIENT_CASES.contains(s.caseMarker(k))) {
                List<EventActor> found = actorsWithCountry(c, k);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /**
     * Whom an envoy stands for, named before it: "expelled the Libyan ambassador to Greece" (Libya), "IAEA
     * inspectors"; nobody for other words.
     */
    private List<EventActor> representedBy(Context c, int head) {
        Sentence s = c.sentence();
        if (!REPRESENTATIVES.contains(s.tokens().get(head).lemma().toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        for (int modifier : modifiersBefore(s, head)) {
            List<EventActor> found = actorsWithCountry(c, modifier);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** The possessors, adjectives and nouns before token {@code n} that modify it ("Libyan", "Russia's", "IAEA"). */
    private static List<Integer> modifiersBefore(Sentence s, int n) {
        return s.dependentsOf(n).stream()
                .filter(d -> d.dependent() < n && Set.of("nmod:poss", "amod", "compound").contains(d.relation()))
                .map(Dependency::dependent).toList();
    }

    /** The actors the token and its conjuncts name, those with a country only. */
    private List<EventActor> actorsWithCountry(Context c, int token) {
        List<EventActor> found = actorsOf(c, withConjuncts(c.sentence(), List.of(token)));
        found.removeIf(a -> a.country() == null);
        return found;
    }

    /** Actors with a country in the first of the action's complements whose case marker passes {@code marker}. */
    private List<EventActor> complementActors(Context c, int v, Predicate<String> marker) {
        Sentence s = c.sentence();
        for (Dependency d : s.dependentsOf(v)) {
            if (d.relation().equals("obl") && marker.test(s.caseMarker(d.dependent()))) {
                List<EventActor> found = actorsWithCountry(c, d.dependent());
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /** "threatened to stop … if the United States goes ahead": the subjects of an "if/unless" clause. */
    private static List<Integer> conditionalSubjects(Sentence s, int v) {
        int head = v;
        for (int depth = 0; head >= 0 && depth <= CLAUSE_DEPTH; depth++) {
            int next = -1;
            for (Dependency d : s.dependentsOf(head)) {
                if (d.relation().equals("advcl") && (hasDependentLemma(s, d.dependent(), "if", 1)
                        || hasDependentLemma(s, d.dependent(), "unless", 1))) {
                    return subjectsOf(s, d.dependent());
                }
                if (d.relation().equals("xcomp")) {
                    next = d.dependent(); // the threatened act: "threatened to stop … if"
                }
            }
            head = next;
        }
        return List.of();
    }

    /**
     * Where else a verb's target may be named when its object is not an actor: the words of its complements,
     * nearest first (breadth first, after the verb, through objects, complements, complement clauses and their
     * nominal modifiers): "threatened to impose restrictions against | German goods", "lodged a protest with |
     * Albania", "rejected calls by | Belarus's rulers", "will evacuate settlements in | the Gaza Strip".
     */
    private static List<Integer> otherTargets(Sentence s, int v) {
        List<Integer> out = new ArrayList<>();
        java.util.ArrayDeque<int[]> todo = new java.util.ArrayDeque<>();
        todo.add(new int[] {v, 0});
        while (!todo.isEmpty()) {
            int[] at = todo.poll();
            for (Dependency d : s.dependentsOf(at[0])) {
                // a joined clause ("… after fierce fighting, but media reports said …") has its own roles
                boolean otherClause = d.relation().equals("conj") && s.tokens().get(d.dependent()).pos().startsWith("VB")
                        && s.dependent(d.dependent(), "nsubj") >= 0; // not "destroy and obliterate the economy of …"
                // "resign without returning to …"; "… as the leaders of the two countries sought …"; "according to
                // The Guardian", who tells of the act: no target there
                boolean without = Set.of("without", "as", "according").contains(s.caseMarker(d.dependent()))
                        || CIRCUMSTANCES.contains(s.caseMarker(d.dependent())); // "condemned X after vandalism against …"
                if (d.dependent() > v && at[1] < 4 && SEARCHED_RELATIONS.contains(d.relation()) && !otherClause
                        && !without) {
                    out.add(d.dependent());
                    todo.add(new int[] {d.dependent(), at[1] + 1});
                }
            }
        }
        return out;
    }

    /**
     * "Zelenskyy described the proposal as a “theatrical performance”": characterising an offer by a quoted label
     * (or dismissing it) turns it down — REJECT (120), by the subject, of the offer's owner (its possessor, else,
     * for "the proposal", the one who made the last offer the article coded). Null for any other verb.
     */
    private Event dismissalIn(AnnotatedArticle article, List<Entity> entities, Sentence s, int v,
                              List<TimeExpression> times, LocalDate published, EventActor lastOfferer, int number) {
        int offer = s.dependent(v, "obj");
        if (!CHARACTERISING.contains(s.tokens().get(v).lemma().toLowerCase(Locale.ROOT)) || offer < 0
                || !OFFER_NOUNS.contains(s.tokens().get(offer).lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Context c = new Context(article, entities, s, published);
        boolean dismissed = s.tokens().get(v).lemma().equalsIgnoreCase("dismiss") || quotedLabel(c, v);
        List<EventActor> sources = actorsOf(c, subjectsOf(s, v));
        if (!dismissed || sources.isEmpty()) {
            return null;
        }
        int possessor = s.dependent(offer, "nmod:poss");
        int det = s.dependent(offer, "det");
        boolean definite = det >= 0 && s.tokens().get(det).word().equalsIgnoreCase("the");
        EventActor target = possessor >= 0 ? actorAt(c, possessor) : definite ? lastOfferer : null;
        if (target != null && sameActor(target, sources.get(0))) {
            target = null;
        }
        CameoCode code = lexicon.cameo(REJECT);
        if (code == null) {
            return null;
        }
        String targetFrom = target == null ? "" : possessor >= 0 ? "; target: its possessor"
                : "; target: who made the last offer coded";
        return assertedEvent(number, code, sources.get(0), target, dateOf(s, v, times), published, s,
                s.tokens().get(v).span(), "dismissal: '" + s.tokens().get(v).word() + "' characterises the "
                        + s.tokens().get(offer).word() + " by a quoted label → " + REJECT + targetFrom, 0.55);
    }

    /** The verb has an "as" complement holding a quotation mark ("as “Theatrical performance”"). */
    private static boolean quotedLabel(Context c, int v) {
        Sentence s = c.sentence();
        for (Dependency d : s.dependentsOf(v)) {
            int as = s.dependent(d.dependent(), "case");
            if (as < 0 || !s.tokens().get(as).word().equalsIgnoreCase("as")) {
                continue;
            }
            int end = Math.min(s.tokens().size() - 1, d.dependent() + 1);
            if (QuotationMarks.in(new TextSpan(s.tokens().get(as).span().start(), s.tokens().get(end).span().end())
                    .of(c.article().text()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "X said that Y must …": X demands of Y (CAMEO 100, REQUEST), whatever Y must do; null when the clause has no
     * "must" under a speech verb or neither side is an actor.
     */
    private Event demandIn(AnnotatedArticle article, List<Entity> entities, Sentence s, int v,
                           List<TimeExpression> times, LocalDate published, int number) {
        boolean must = s.dependentsOf(v).stream().anyMatch(d -> d.relation().equals("aux")
                && s.tokens().get(d.dependent()).word().equalsIgnoreCase("must"));
        Dependency up = s.governorOf(v);
        if (!must || up == null || !up.relation().equals("ccomp")
                || !SpeechCues.isClauseVerb(s.tokens().get(up.governor()))) {
            return null;
        }
        Context c = new Context(article, entities, s, published);
        List<EventActor> sources = actorsOf(c, subjectsOf(s, up.governor()));
        List<EventActor> targets = actorsOf(c, subjectsOf(s, v));
        if (sources.isEmpty() || targets.isEmpty() || sameActor(sources.get(0), targets.get(0))
                || names(entities, targets.get(0), EntityType.COUNTRY)
                && Objects.equals(targets.get(0).country(), sources.get(0).country())) {
            return null; // "Johnson stated that Britain must leave": one's own country's course is policy, no demand
        }
        CameoCode code = lexicon.cameo(DEMAND);
        if (code == null) {
            return null;
        }
        return assertedEvent(number, code, sources.get(0), targets.get(0), dateOf(s, v, times), published, s,
                s.tokens().get(up.governor()).span(),
                "demand: '" + s.tokens().get(v).word() + "' with 'must' in what the subject of '"
                        + s.tokens().get(up.governor()).word() + "' said → " + DEMAND, 0.6);
    }

    /**
     * An asserted event of {@code code} in sentence {@code s}, named by the word at {@code trigger}, dated by
     * {@code when}, else the publication date.
     */
    private static Event assertedEvent(int number, CameoCode code, EventActor source, EventActor target,
                                       TimeExpression when, LocalDate published, Sentence s, TextSpan trigger, String rule,
                                       double confidence) {
        return new Event("V" + number, code.plover(), code.ploverMode(), code.code(), EventStatus.ASSERTED, source,
                target, when != null ? when.value() : published == null ? null : published.toString(),
                when != null ? "text" : published == null ? null : "published", null, code.goldstein(),
                code.quadClass(), s.span(), trigger, rule, confidence, false);
    }

    private static List<Integer> subjectsOf(Sentence s, int v) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.dependentsOf(v)) {
            if (d.relation().equals("nsubj")) {
                out.add(d.dependent());
            }
        }
        return withConjuncts(s, out);
    }

    /**
     * "Leaders are expected at the celebrations / in Moscow": a visit that is expected (CAMEO 042) by the
     * passive subject; null for any other token.
     */
    private Action expectedPresence(Sentence s, int v) {
        if (!s.tokens().get(v).lemma().equalsIgnoreCase("expect") || lexicon.cameo(VISIT) == null) {
            return null;
        }
        boolean passive = s.dependentsOf(v).stream().anyMatch(d -> d.relation().equals("nsubj:pass"));
        boolean where = s.dependentsOf(v).stream().anyMatch(d -> d.relation().equals("obl")
                && Set.of("at", "in").contains(s.caseMarker(d.dependent())));
        CameoCode visit = lexicon.cameo(VISIT);
        return passive && where ? new Action("expect", List.of("at/in"), false, VISIT, visit.plover(), visit.ploverMode(),
                Sense.ANY, CONSTRUCTION + " 'be expected at/in'") : null;
    }

    /**
     * "the Green New Deal", "the Economic Bill of Rights": a capitalised action noun after capitalised words that
     * name no entity of their own is part of a name, no act ("the Paris Agreement", after a place, stays one).
     */
    private static boolean partOfAName(Context c, int n) {
        Sentence s = c.sentence();
        if (!s.tokens().get(n).pos().startsWith("NNP")) {
            return false;
        }
        List<Integer> words = s.dependentsOf(n).stream()
                .filter(d -> d.relation().equals("compound") && d.dependent() < n
                        && s.tokens().get(d.dependent()).pos().startsWith("NNP"))
                .map(Dependency::dependent).toList();
        // a mention of the whole name ("Green New Deal" read as an organisation) does not make its words an entity
        TextSpan noun = s.tokens().get(n).span();
        return !words.isEmpty() && words.stream().noneMatch(w -> c.entities().stream()
                .flatMap(e -> e.mentions().stream())
                .anyMatch(m -> m.span().overlaps(s.tokens().get(w).span()) && !m.span().overlaps(noun)));
    }

    /**
     * "agreed to postpone the demonstration", "threatened to stop negotiations", "to halt attacks": an act that is
     * stopped, put off or averted is not itself an event (the verb may be one). "call" counts with "off" only.
     */
    private static boolean undone(Sentence s, int n) {
        Dependency up = s.governorOf(n);
        if (up == null || !up.relation().equals("obj")) {
            return false;
        }
        String verb = s.tokens().get(up.governor()).lemma().toLowerCase(Locale.ROOT);
        return UNDOING.contains(verb) && (!verb.equals("call") && !verb.equals("break")
                || hasDependentLemma(s, up.governor(), "off", 1));
    }

    /**
     * A noun its verb's pattern already names ("impose tariffs": the tariffs are not a second event), or the object
     * of a verb coded as the same kind of act ("provide humanitarian aid").
     */
    private boolean partOfVerbPattern(Sentence s, int n, Action nounAction) {
        Dependency up = s.governorOf(n);
        if (up == null || !s.tokens().get(up.governor()).pos().startsWith("VB")) {
            return false;
        }
        Action verb = match(s, up.governor(), false);
        String lemma = s.tokens().get(n).lemma().toLowerCase(Locale.ROOT);
        boolean named = verb != null && (verb.with().contains(lemma)
                || verb.with().contains(s.tokens().get(n).word().toLowerCase(Locale.ROOT)));
        boolean bare = s.dependentsOf(n).stream().noneMatch(d -> d.relation().equals("nmod:poss") || d.relation().equals("amod")
                || d.relation().equals("nmod") && DOER_CASES.contains(s.caseMarker(d.dependent())));
        boolean sameAct = verb != null && verb.plover().equals(nounAction.plover()) && (up.relation().equals("obj")
                || up.relation().equals("obl") && MEANS_CASES.contains(s.caseMarker(n)) && bare);
        // "provide humanitarian aid": the aid provided is the providing; "was killed in a car bomb explosion": the
        // explosion is the killing — unless the noun names who did it ("killed in clashes between police and …",
        // "in Israeli air strikes")
        return named || sameAct;
    }

    /** An action verb that is the complement of another action verb ("agreed to lift", "offered to negotiate"). */
    private boolean underAction(Sentence s, int v) {
        Dependency up = s.governorOf(v);
        return up != null && up.relation().equals("xcomp") && s.tokens().get(up.governor()).pos().startsWith("VB")
                && match(s, up.governor(), false) != null;
    }

    /**
     * Whom one talks or discusses "with" or "to" — the counterpart a consultation needs, never the press — or null:
     * "Biden discussed the original sin of slavery", "discusses his campaign and the Supreme Court" (a topic), "talked
     * to more media outlets" are no consultation; "discussed Ukraine with Xi" is one, with Xi.
     */
    private EventActor talkCounterpart(Context c, int v) {
        Sentence s = c.sentence();
        for (Dependency d : s.dependentsOf(v)) {
            EventActor other = d.relation().equals("obl") && Set.of("with", "to").contains(s.caseMarker(d.dependent()))
                    ? actorAt(c, d.dependent()) : null;
            if (other != null && !"JRN".equals(other.sector())) {
                return other;
            }
        }
        return null;
    }

    /**
     * "The blaze killed three", "Typhoon Phanfone … killing at least 20": a fire, storm, quake, crash or disease is
     * no actor, and what it does is no political event. The verb's subject (or the clause subject it inherits, or its
     * "by" agent).
     */
    private static boolean doneByAHazard(Sentence s, int v) {
        int subject = s.dependent(v, "nsubj");
        subject = subject >= 0 ? subject : inheritedSubject(s, v, 0);
        for (Dependency d : s.dependentsOf(v)) {
            if (subject < 0 && d.relation().startsWith("obl") && s.caseMarker(d.dependent()).equals("by")) {
                subject = d.dependent(); // "victims killed by the crash"
            }
        }
        if (subject < 0) {
            // "seven people were killed in a crash", "… were killed when a bomber crashed"
            for (Dependency d : s.dependentsOf(v)) {
                String lemma = s.tokens().get(d.dependent()).lemma().toLowerCase(Locale.ROOT);
                boolean inHazard = d.relation().startsWith("obl") && s.caseMarker(d.dependent()).equals("in")
                        && HAZARDS.contains(lemma);
                if (inHazard || d.relation().equals("advcl") && MISHAPS.contains(lemma)) {
                    return true;
                }
            }
            return false;
        }
        if (HAZARDS.contains(s.tokens().get(subject).lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        int head = subject;
        return s.dependentsOf(head).stream().anyMatch(d -> d.relation().equals("compound")
                && HAZARDS.contains(s.tokens().get(d.dependent()).lemma().toLowerCase(Locale.ROOT)));
    }

    /**
     * A verb of many senses, matched by its bare lexicon row, whose object is neither an actor nor an act of the
     * lexicon and which has no target: the everyday sense ("Harris sought the nomination", "providing lyrics to
     * songs", "signed a letter", "attacking the subpoena"), not the political one ("sought talks", "provided aid",
     * "signed the treaty", "attacked the convoy near Kandahar" — a place gives its unnamed victims).
     */
    private boolean everydaySense(Context c, int v, Action action) {
        Sentence s = c.sentence();
        if (!action.sense().manySenses()) {
            return false;
        }
        int object = s.dependent(v, "obj");
        object = object >= 0 ? object : s.dependent(v, "nsubj:pass");
        if (object < 0) {
            return false;
        }
        boolean anAct = !lexicon.withHead(s.tokens().get(object).lemma().toLowerCase(Locale.ROOT), true).isEmpty();
        return !anAct && actorAt(c, object) == null;
    }

    /** The first of {@code rows} whose word sense the complements at token {@code v} give, or null. */
    private Action inSense(Context c, int v, boolean noun, List<Action> rows) {
        for (Action a : rows) {
            if (inSense(c, v, noun, a.sense())) {
                return a;
            }
        }
        return null;
    }

    /** The complements at token {@code v} give the row's word sense: one it needs (if any), none it excludes. */
    private boolean inSense(Context c, int v, boolean noun, Sense sense) {
        return sense.excludes().stream().noneMatch(x -> filled(c, v, noun, x))
                && (sense.needs().isEmpty() || sense.needs().stream().anyMatch(x -> filled(c, v, noun, x)));
    }

    /** Some complement of token {@code v} is of the slot's kind and filled as the slot says. */
    private boolean filled(Context c, int v, boolean noun, Sense.Slot slot) {
        Sentence s = c.sentence();
        List<Integer> heads = new ArrayList<>();
        switch (slot.kind()) {
            case "to" -> {
                // "asked Miller to delay …", "asked him to be patient"; a noun's: "an offer to resign"; not an
                // adjective without "to" ("pleaded guilty")
                for (Dependency d : s.dependentsOf(v)) {
                    boolean marked = s.dependentsOf(d.dependent()).stream().anyMatch(m -> m.relation().equals("mark")
                            && s.tokens().get(m.dependent()).word().equalsIgnoreCase("to"));
                    if (d.relation().equals("xcomp") && (marked || s.tokens().get(d.dependent()).pos().startsWith("VB"))
                            || noun && d.relation().equals("acl") && marked) {
                        heads.add(d.dependent());
                    }
                }
            }
            case "that" -> {
                // "asked that …", not "asked whether/if …" nor "asked why/what …": a question is no request
                for (Dependency d : s.dependentsOf(v)) {
                    if (d.relation().equals("ccomp") && !askedQuestion(s, d.dependent())) {
                        heads.add(d.dependent());
                    }
                }
            }
            case "obj" -> heads.addAll(objectsOf(s, v, noun));
            case "none" -> {
                return objectsOf(s, v, noun).isEmpty();
            }
            case "obl" -> {
                for (Dependency d : s.dependentsOf(v)) {
                    if ((d.relation().startsWith("obl") || d.relation().startsWith("nmod"))
                            && s.caseMarker(d.dependent()).equals(slot.preposition())) {
                        heads.add(d.dependent());
                    }
                }
            }
            case "poss" -> s.dependentsOf(v).stream().filter(d -> d.relation().equals("nmod:poss"))
                    .forEach(d -> heads.add(d.dependent()));
            case "mod" -> s.dependentsOf(v).stream()
                    .filter(d -> d.dependent() < v && (d.relation().equals("compound") || d.relation().equals("amod")))
                    .forEach(d -> heads.add(d.dependent()));
            default -> throw new IllegalStateException("unknown sense kind " + slot.kind());
        }
        return heads.stream().anyMatch(h -> fills(c, h, slot.filler()));
    }

    /**
     * What the act is done to: a verb's object, its passive subject, or the noun its participle describes ("the
     * agreement signed between …"); a noun's "of" complement.
     */
    private static List<Integer> objectsOf(Sentence s, int v, boolean noun) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.dependentsOf(v)) {
            if (noun ? d.relation().startsWith("nmod") && s.caseMarker(d.dependent()).equals("of")
                    : d.relation().equals("obj") || d.relation().equals("nsubj:pass")) {
                out.add(d.dependent());
            }
        }
        Dependency up = s.governorOf(v);
        if (!noun && out.isEmpty() && up != null && up.relation().startsWith("acl")
                && s.tokens().get(v).pos().equals("VBN")) {
            out.add(up.governor());
        }
        return out;
    }

    /**
     * Token {@code h} (or a word joined to it by "and") is what {@code filler} asks for: anything (null), an actor,
     * an act, or a word of its class.
     */
    private boolean fills(Context c, int h, String filler) {
        if (filler == null) {
            return true;
        }
        Sentence s = c.sentence();
        for (int w : withConjuncts(s, List.of(h))) {
            String lemma = s.tokens().get(w).lemma().toLowerCase(Locale.ROOT);
            boolean filled = switch (filler) {
                // a scratch context: how the sense was checked is not how the roles were found
                case "actor" -> actorAt(c.scratch(), speakerOf(s, w)) != null; // "Cyprus, which Turkey recognizes"
                case "act" -> !lexicon.withHead(lemma, true).isEmpty();
                // "aid packages", "family reasons", "personal reasons", "tons of food aid", "an investigation into
                // the crash": the head, a compound word or adjective before it, what it is a quantity of or looks into
                default -> ofClass(filler, s.tokens().get(w)) || s.dependentsOf(w).stream()
                        .anyMatch(d -> (d.relation().equals("compound") || d.relation().equals("amod")
                                || d.relation().startsWith("nmod")
                                && Set.of("of", "into").contains(s.caseMarker(d.dependent())))
                                && ofClass(filler, s.tokens().get(d.dependent())));
            };
            if (filled) {
                return true;
            }
        }
        return false;
    }

    /** The word's lemma is in the class; a plural the lemmatiser left as it is ("troops") by its singular. */
    private boolean ofClass(String wordClass, Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        return lexicon.inClass(wordClass, lemma) || t.pos().equals("NNS") && lemma.endsWith("s")
                && lexicon.inClass(wordClass, lemma.substring(0, lemma.length() - 1));
    }

    /** A complement clause that asks a question: opened by "whether"/"if" or a wh-word ("asked why …"). */
    private static boolean askedQuestion(Sentence s, int clause) {
        for (Dependency d : s.dependentsOf(clause)) {
            Token t = s.tokens().get(d.dependent());
            if (d.dependent() < clause && (t.pos().startsWith("W") || d.relation().equals("mark")
                    && Set.of("whether", "if").contains(t.word().toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two or more sides that "fight" or "clash" with no one else named as the one fought ("Armenia and Azerbaijan
     * fought a war over …"): they fight each other. Not "Russia and Syria fought the rebels", nor "… against ISIS".
     */
    private boolean reciprocalFight(Context c, int v, boolean noun, Action action, List<EventActor> sources) {
        Sentence s = c.sentence();
        if (noun || sources.size() < 2 || !action.plover().equals("ASSAULT")
                || !RECIPROCAL.contains(s.tokens().get(v).lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int object = s.dependent(v, "obj");
        Context scratch = c.scratch();
        return (object < 0 || actorAt(scratch, object) == null)
                && complementActors(scratch, v, m -> m.equals("with") || m.equals("against")).isEmpty();
    }

    /**
     * "Israeli and Palestinian forces", "Russian and Ukrainian officials": a noun with joined country adjectives is
     * one actor per adjective, each with the noun's sector; empty for any other noun.
     */
    private List<EventActor> joinedAdjectives(Context c, int n) {
        Sentence s = c.sentence();
        for (Dependency d : s.dependentsOf(n)) {
            if (!d.relation().equals("amod") || d.dependent() > n || s.dependent(d.dependent(), "conj") < 0) {
                continue;
            }
            List<EventActor> out = new ArrayList<>();
            for (int adjective : withConjuncts(s, List.of(d.dependent()))) {
                String phrase = s.tokens().get(adjective).word() + " " + s.tokens().get(n).word();
                ResolvedActor r = s.tokens().get(adjective).pos().startsWith("JJ")
                        ? actors.resolve(phrase, c.date(), null) : null;
                if (r == null || r.country() == null) {
                    return List.of();
                }
                out.add(new EventActor(null, phrase, code(r.country(), r.sector()), r.country(), r.sector()));
            }
            return out;
        }
        return List.of();
    }

    /** The token lies inside one of the article's time expressions ("in March 2019"). */
    private static boolean insideTime(Token t, List<TimeExpression> times) {
        return times.stream().anyMatch(x -> x.span().contains(t.span()));
    }

    /** "until a democratically elected government takes over": an occupation verb with nothing occupied is none. */
    private static boolean occupiesNothing(Sentence s, int v, Action action) {
        return action.cameo().equals(OCCUPY) && s.dependent(v, "obj") < 0 && s.dependent(v, "nsubj:pass") < 0;
    }

    /**
     * "began a hunger strike to protest against …": a protest verb saying what a protest is for is that protest,
     * no second event (its target is the protest's, see {@link #demandOfProtest}).
     */
    private boolean purposeOfProtest(Sentence s, int v, Action action) {
        Dependency up = s.governorOf(v);
        if (!action.plover().equals(PROTEST_TYPE) || up == null || !PURPOSE_RELATIONS.contains(up.relation())) {
            return false;
        }
        List<Integer> acts = new ArrayList<>(List.of(up.governor()));
        s.dependentsOf(up.governor()).stream().filter(d -> d.relation().equals("obj") || d.relation().equals("obl"))
                .forEach(d -> acts.add(d.dependent()));
        for (int a : acts) {
            Action act = match(s, a, s.tokens().get(a).pos().startsWith("NN"));
            if (act != null && act.plover().equals(PROTEST_TYPE) && (a == up.governor() || demandOfProtest(s, a) == v)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject of the clause this verb hangs from ("agreed to meet" → the subject of "agreed"; "issued a
     * statement demanding" → the subject of "issued"), or -1.
     */
    private static int inheritedSubject(Sentence s, int v, int depth) {
        Dependency up = s.governorOf(v);
        if (up != null && up.relation().equals("acl") && s.tokens().get(v).pos().equals("VB")
                && s.dependent(up.governor(), "nmod:poss") >= 0) {
            return s.dependent(up.governor(), "nmod:poss"); // "the Russian government's refusal to accept …"
        }
        if (up != null && depth <= 2 && up.relation().equals("acl")
                && STATEMENT_NOUNS.contains(s.tokens().get(up.governor()).lemma().toLowerCase(Locale.ROOT))) {
            Dependency issued = s.governorOf(up.governor()); // "issued a declaration demanding …": the issuer's
            return issued != null && issued.relation().equals("obj") ? s.dependent(issued.governor(), "nsubj") : -1;
        }
        // "prepared to resume shelling …" with the participle parsed as a loose dependent of "resume"
        boolean looseParticiple = up != null && up.relation().equals("dep") && s.tokens().get(v).pos().equals("VBG")
                && s.tokens().get(up.governor()).pos().startsWith("VB");
        if (up == null || depth > 2 || !SUBJECT_INHERITING.contains(up.relation()) && !looseParticiple) {
            return -1;
        }
        int accused = s.dependent(up.governor(), "obj");
        boolean ofDoing = s.dependentsOf(v).stream().anyMatch(d -> (d.relation().equals("mark") || d.relation().equals("case"))
                && Set.of("of", "with", "for").contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT)));
        if (accused >= 0 && ofDoing && s.tokens().get(v).pos().equals("VBG")
                && OBJECT_CONTROL.contains(s.tokens().get(up.governor()).lemma().toLowerCase(Locale.ROOT))) {
            return accused; // "accused the United States of violating …": the one accused did it
        }
        int subject = s.dependent(up.governor(), "nsubj");
        if (subject < 0 && (up.relation().equals("xcomp") || up.relation().equals("conj") && s.dependent(v, "aux:pass") < 0)) {
            // "Obama is scheduled to attend", "the prime minister has been indicted … and will resign"
            subject = s.dependent(up.governor(), "nsubj:pass");
        }
        return subject >= 0 ? subject : inheritedSubject(s, up.governor(), depth + 1);
    }

    /** The tokens, their conjuncts ("China and Russia") and the members they include ("leaders, including …"). */
    private static List<Integer> withConjuncts(Sentence s, List<Integer> heads) {
        List<Integer> out = new ArrayList<>();
        for (int h : heads) {
            boolean representative = REPRESENTATIVES.contains(s.tokens().get(h).lemma().toLowerCase(Locale.ROOT));
            int of = !representative ? -1 : s.dependentsOf(h).stream()
                    .filter(d -> d.relation().equals("nmod") && s.caseMarker(d.dependent()).equals("of"))
                    .mapToInt(Dependency::dependent).findFirst().orElse(-1);
            if (of >= 0 && s.dependent(of, "conj") >= 0) {
                out.addAll(withConjuncts(s, List.of(of))); // "the delegations of Cyprus, Greece and Israel met"
                continue;
            }
            if (!out.contains(h)) {
                out.add(h);
            }
            for (Dependency d : s.dependentsOf(h)) {
                if (d.relation().equals("conj") && !out.contains(d.dependent())) {
                    out.add(d.dependent());
                } else if (d.relation().equals("nmod") && s.caseMarker(d.dependent()).equals("including")) {
                    for (int member : withConjuncts(s, List.of(d.dependent()))) {
                        if (!out.contains(member)) {
                            out.add(member); // "more leaders, including Lula, Tô Lâm and Lukashenko"
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The actors named by the tokens: entities of the article, else phrases the knowledge base codes. */
    private List<EventActor> actorsOf(Context c, List<Integer> tokens) {
        List<EventActor> out = new ArrayList<>();
        List<Integer> all = new ArrayList<>(tokens);
        for (int i : tokens) {
            int speaker = speakerOf(c.sentence(), i);
            if (speaker != i && c.sentence().tokens().get(i).pos().startsWith("PRP")) {
                // "Obama and Putin said they will attack …": "they" is both speakers
                withConjuncts(c.sentence(), List.of(speaker)).stream().filter(t -> t != speaker && !all.contains(t))
                        .forEach(all::add);
            }
        }
        for (int i : List.copyOf(all)) {
            List<EventActor> joined = joinedAdjectives(c, i);
            if (!joined.isEmpty()) {
                all.remove(Integer.valueOf(i)); // "Israeli and Palestinian forces": two actors
                joined.stream().filter(a -> out.stream().noneMatch(b -> sameActor(a, b))).forEach(out::add);
            }
        }
        for (int i : all) {
            EventActor found = actorAt(c, speakerOf(c.sentence(), groupMembers(c.sentence(), i)));
            boolean placeable = found != null && found.country() == null && found.sector() != null;
            String country = placeable ? countryOfItsClause(c, i) : null;
            if (country != null) {
                c.notes().add("country of '" + found.name() + "' from the subject its possessive refers to");
            }
            country = placeable && country == null ? onlyCountryNamed(c) : country;
            EventActor a = country == null ? found
                    : new EventActor(found.entityId(), found.name(), code(country, found.sector()), country, found.sector());
            if (country != null && c.notes().stream().noneMatch(n -> n.startsWith("country of '" + found.name()))) {
                c.notes().add("country of '" + found.name() + "' from the one country the sentence names");
            }
            if (a != null && out.stream().noneMatch(b -> sameActor(a, b))) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * A pronoun subject of what someone said is the one who said it ("Hungary has said it will support …",
     * "Bouteflika said he is prepared to …"); a relative pronoun is the noun its clause describes; any other token
     * is itself.
     */
    private static int speakerOf(Sentence s, int i) {
        Token t = s.tokens().get(i);
        Dependency asSubject = s.governorOf(i);
        if (t.pos().startsWith("W") && asSubject != null && asSubject.relation().startsWith("nsubj")) {
            Dependency relative = s.governorOf(asSubject.governor());
            if (relative != null && relative.relation().startsWith("acl")) {
                return relative.governor(); // "dignitaries who travel to Kyiv"
            }
        }
        if (!t.pos().startsWith("PRP") || asSubject == null || !asSubject.relation().equals("nsubj")) {
            return i;
        }
        int saying = sayingVerbOver(s, asSubject.governor());
        int speaker = saying < 0 ? -1 : subjectOfSaying(s, saying);
        return speaker >= 0 ? speaker : i;
    }

    /**
     * The verb of saying whose report the clause headed by {@code head} is ("Iraq said it would allow …", "was
     * quoted as saying he would be ready …"), or -1.
     */
    private static int sayingVerbOver(Sentence s, int head) {
        Dependency up = s.governorOf(head);
        if (up != null && up.relation().equals("ccomp") && SpeechCues.isClauseVerb(s.tokens().get(up.governor()))) {
            return up.governor();
        }
        for (Dependency d : s.dependentsOf(head)) {
            Token t = s.tokens().get(d.dependent());
            if (d.dependent() < head && t.pos().equals("VBG") && SpeechCues.isClauseVerb(t)
                    && s.dependentsOf(d.dependent()).isEmpty() && up != null && up.relation().equals("advcl")) {
                return d.dependent(); // "as saying" parsed as a dependent of the clause it introduces
            }
        }
        return -1;
    }

    /** Who says: the subject of the verb of saying, or of the verb its "as saying" hangs from ("X was quoted as saying"). */
    private static int subjectOfSaying(Sentence s, int saying) {
        int subject = s.dependent(saying, "nsubj");
        Dependency joined = s.governorOf(saying);
        if (subject < 0 && joined != null && joined.relation().equals("conj")) {
            subject = s.dependent(joined.governor(), "nsubj"); // "rebels rejected the plan, and said they …"
        }
        if (subject >= 0 || !s.tokens().get(saying).pos().equals("VBG")) {
            return subject;
        }
        Dependency up = s.governorOf(saying);
        if (up != null && !up.relation().equals("advcl")) {
            up = s.governorOf(up.governor()); // "saying" inside the clause it introduces
        }
        if (up == null || !up.relation().equals("advcl")) {
            return -1;
        }
        subject = s.dependent(up.governor(), "nsubj");
        return subject >= 0 ? subject : s.dependent(up.governor(), "nsubj:pass");
    }

    /**
     * "has urged its citizens", "withdrew their troops": an agent noun with "its" or "their" belongs to the subject of
     * the clause it is in, when that subject has a country; null otherwise.
     */
    private String countryOfItsClause(Context c, int i) {
        Sentence s = c.sentence();
        int possessive = s.dependent(i, "nmod:poss");
        if (possessive < 0 || !OWN.contains(s.tokens().get(possessive).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int verb = i;
        for (Dependency up = s.governorOf(verb); up != null && !s.tokens().get(verb).pos().startsWith("VB");
             up = s.governorOf(verb)) {
            verb = up.governor();
        }
        if (!s.tokens().get(verb).pos().startsWith("VB")) {
            return null;
        }
        int subject = s.dependent(verb, "nsubj");
        subject = subject >= 0 ? subject : inheritedSubject(s, verb, 0);
        EventActor owner = subject >= 0 && subject != i ? actorAt(c, subject) : null;
        return owner == null ? null : owner.country();
    }

    /**
     * The one country the sentence's places and countries belong to, or null when it names none or several: an
     * actor known only by its sector ("a prominent journalist", "rebels") is placed there.
     */
    private static String onlyCountryNamed(Context c) {
        String found = null;
        for (Entity e : c.entities()) {
            if ((e.type() == EntityType.LOCATION || e.type() == EntityType.COUNTRY) && e.country() != null
                    && e.mentions().stream().anyMatch(m -> c.sentence().span().contains(m.span())
                    && !coreArgument(c.sentence(), m.span()))) {
                if (found != null && !found.equals(e.country())) {
                    return null;
                }
                found = e.country();
            }
        }
        return found;
    }

    /**
     * The mention is a verb's subject or object ("Congress is asking Obama to help Iran"): a party to an act, not
     * the setting the sentence's other actors are in.
     */
    private static boolean coreArgument(Sentence s, TextSpan mention) {
        for (int t = 0; t < s.tokens().size(); t++) {
            Dependency up = s.governorOf(t);
            if (mention.contains(s.tokens().get(t).span()) && up != null && !mention.contains(s.tokens().get(up.governor()).span())) {
                return CORE_ARGUMENTS.contains(up.relation())
                        && s.tokens().get(up.governor()).pos().startsWith("VB");
            }
        }
        return false;
    }

    /** "Tens of thousands of students", "members of Hamas": the "of" noun names the actor. */
    private static int groupMembers(Sentence s, int i) {
        for (int depth = 0; depth < 3 && QUANTITY_HEADS.contains(s.tokens().get(i).lemma().toLowerCase(Locale.ROOT)); depth++) {
            int next = -1;
            for (Dependency d : s.dependentsOf(i)) {
                if (d.relation().equals("nmod") && s.caseMarker(d.dependent()).equals("of")) {
                    next = d.dependent();
                }
            }
            if (next < 0) {
                break;
            }
            i = next;
        }
        return i;
    }

    private EventActor actorAt(Context c, int i) {
        Sentence s = c.sentence();
        TextSpan head = s.tokens().get(i).span();
        TextSpan phrase = phraseOf(s, i);
        Entity best = null;
        TextSpan bestSpan = null;
        int bestRank = Integer.MAX_VALUE;
        int bestDistance = Integer.MAX_VALUE;
        for (Entity e : c.entities()) {
            for (Mention m : e.mentions()) {
                // the entity named by the head word first, then a person or organisation in the phrase
                // ("Vietnam's President Tô Lâm"), then any other entity in it; of two, the nearer to the head
                // ("Osama bin Laden's al-Qaeda terror network" is al-Qaeda's)
                int rank = m.span().overlaps(head) ? 0 : !phrase.contains(m.span()) || allyOf(c, m, phrase)
                        ? Integer.MAX_VALUE
                        : e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION ? 1 : 2;
                int distance = Math.abs(head.start() - m.span().end());
                if (rank < bestRank || rank == bestRank && rank < Integer.MAX_VALUE && distance < bestDistance) {
                    best = e;
                    bestSpan = m.span();
                    bestRank = rank;
                    bestDistance = distance;
                }
            }
        }
        String pos = s.tokens().get(i).pos();
        if (pos.startsWith("JJ") && i > 0 && s.tokens().get(i - 1).word().equalsIgnoreCase("ethnic")) {
            return null; // "ethnic Albanian unrest in Montenegro": a people, not the state of its name
        }
        boolean peopleOfAPerson = pos.equals("NNS") && bestRank > 0 && best != null && best.type() == EntityType.PERSON;
        if (peopleOfAPerson && best.country() != null) {
            // "Selenskyj dignitaries", "supporters of Ben Bella": people around a person are of that person's
            // country, not that person
            return new EventActor(null, phrase.of(c.article().text()), best.country(), best.country(), null);
        }
        if (peopleOfAPerson) {
            best = null;
        }
        if (best != null && bestRank == 2 && (best.type() == EntityType.COUNTRY || best.type() == EntityType.LOCATION)) {
            String text = phrase.of(c.article().text());
            String upToHead = new TextSpan(phrase.start(), head.end()).of(c.article().text());
            ResolvedActor agents = actors.resolve(upToHead, c.date(), null);
            if (agents != null && agents.sector() != null) { // "Rebels in Mali", "security forces in Guinea"
                String country = agents.country() != null ? agents.country() : best.country();
                return new EventActor(null, text, code(country, agents.sector()), country, agents.sector());
            }
        }
        if (best != null && (best.country() != null || best.sector() != null)) {
            return new EventActor(best.id(), best.name(), code(best.country(), best.sector()), best.country(), best.sector());
        }
        Entity country = best == null ? theCountry(c, i) : null;
        if (country != null) {
            c.notes().add("'" + s.tokens().get(i).word() + "' is " + country.name()
                    + ", the country last named before it");
            return new EventActor(country.id(), country.name(), code(country.country(), country.sector()),
                    country.country(), country.sector());
        }
        if (best == null && (pos.startsWith("PRP") || pos.startsWith("W") || pos.equals("DT"))) {
            return null; // a pronoun is an actor only through the entity it refers to
        }
        if (best == null && pos.startsWith("NN") && !lexicon.withHead(s.tokens().get(i).lemma(), true).isEmpty()) {
            return actorOfAct(c, i); // "the biggest attack … demanded three lives": an event is not an actor
        }
        String text = phrase.of(c.article().text());
        ResolvedActor r = actors.resolve(text, c.date(), null);
        if (r != null && r.country() == null && pos.startsWith("JJ")) {
            return null; // "joint military exercises": an adjective is an actor only when it names a country
        }
        // "Victoria Park" is not Victoria, Seychelles: a place the article names but could not link is not coded by
        // a place inside its name
        boolean placeNamedAfterPlace = r != null && best != null && bestRank == 0 && best.type() == EntityType.LOCATION
                && best.country() == null && (r.rule() != null && r.rule().startsWith("kb name inside")
                || !phrase.contains(bestSpan));
        if (r != null && (r.country() != null || r.sector() != null) && !placeNamedAfterPlace) {
            return new EventActor(best != null ? best.id() : null, best != null ? best.name() : text,
                    code(r.country(), r.sector()), r.country(), r.sector());
        }
        ResolvedActor byRole = best != null && best.type() == EntityType.PERSON && best.role() != null
                ? actors.resolve(best.role(), c.date(), null) : null;
        if (byRole != null && byRole.type() == EntityType.MISC && byRole.sector() != null) {
            // "Senator Elizabeth Warren", "Solicitor General Jose Calida": a person the KB does not know is coded by
            // the role the text gives them (agent words only, not an organisation the role names)
            c.notes().add("'" + best.name() + "' coded by the role the text gives: '" + best.role() + "'");
            return new EventActor(best.id(), best.name(), code(byRole.country(), byRole.sector()), byRole.country(),
                    byRole.sector());
        }
        if (best != null && (best.type() == EntityType.PERSON || best.type() == EntityType.ORGANIZATION)) {
            return new EventActor(best.id(), best.name(), null, null, null);
        }
        return null;
    }

    /** "the deputy chief of Israel's militia ally": a name whose ally or proxy the phrase is does not name it. */
    private static boolean allyOf(Context c, Mention m, TextSpan phrase) {
        return c.sentence().tokens().stream().anyMatch(t -> t.span().start() >= m.span().end()
                && phrase.contains(t.span()) && ActorResolver.isAllyWord(t.word()));
    }

    /**
     * An act named as a verb's complement where an actor is expected ("complained over two Israeli air raids")
     * stands for the country that did it, when a modifier before the noun names one; null otherwise.
     */
    private EventActor actorOfAct(Context c, int n) {
        Sentence s = c.sentence();
        Dependency up = s.governorOf(n);
        if (up == null || !s.tokens().get(up.governor()).pos().startsWith("VB")) {
            return null; // only a verb's complement ("the attack in the uprising" is no actor)
        }
        for (int modifier : modifiersBefore(s, n)) {
            EventActor owner = actorAt(c, modifier);
            if (owner != null && owner.country() != null) {
                c.notes().add("'" + s.tokens().get(n).word() + "' stands for " + owner.name() + ", who did it");
                return owner;
            }
        }
        return null;
    }

    /**
     * "the country" (nothing else modifying it) refers back to the country last named before it in the sentence,
     * passing over possessors ("access of China to Russia's resources, since the country …" is China), else to
     * the last one named in the sentence before; null when there is none.
     */
    private static Entity theCountry(Context c, int i) {
        Sentence s = c.sentence();
        List<Dependency> modifiers = s.dependentsOf(i);
        boolean bare = s.tokens().get(i).lemma().equalsIgnoreCase("country") && modifiers.size() == 1
                && modifiers.get(0).relation().equals("det")
                && s.tokens().get(modifiers.get(0).dependent()).word().equalsIgnoreCase("the");
        if (!bare) {
            return null;
        }
        int at = s.tokens().get(i).span().start();
        Entity inSentence = lastCountryBefore(c, s.span().start(), at, c.article().text());
        if (inSentence != null) {
            return inSentence;
        }
        Sentence previous = null;
        for (Sentence other : c.article().sentences()) {
            if (other.span().end() <= s.span().start()) {
                previous = other;
            }
        }
        return previous == null ? null
                : lastCountryBefore(c, previous.span().start(), previous.span().end(), c.article().text());
    }

    /** The country whose mention, not a possessor, starts last within [from, to); null when none. */
    private static Entity lastCountryBefore(Context c, int from, int to, String text) {
        Entity found = null;
        int foundAt = -1;
        for (Entity e : c.entities()) {
            if (e.type() != EntityType.COUNTRY) {
                continue;
            }
            for (Mention m : e.mentions()) {
                boolean possessor = text.startsWith("'s", m.span().end()) || text.startsWith("’s", m.span().end());
                if (m.span().start() >= from && m.span().end() <= to && !possessor && m.span().start() > foundAt) {
                    found = e;
                    foundAt = m.span().start();
                }
            }
        }
        return found;
    }

    /**
     * The token with its modifiers — compounds, adjectives, names, determiners, possessors, with theirs — and an
     * "of/in/from" complement or an apposition ("the Bulgarian President Todor Zhivkov", "the Ukrainian drones",
     * "security forces in Guinea", "the deputy governor of the Tyumen region", "the Belarusian leader, Lukashenko",
     * "President Wolodymyr Selenskyj" where the parser left the name an unlabelled dependent; the first part of a
     * hyphened modifier, "Vietnamese-led forces").
     */
    private static TextSpan phraseOf(Sentence s, int i) {
        int[] range = {i, i};
        widen(s, i, range, 0);
        return new TextSpan(s.tokens().get(range[0]).span().start(), s.tokens().get(range[1]).span().end());
    }

    private static void widen(Sentence s, int i, int[] range, int depth) {
        for (Dependency d : s.dependentsOf(i)) {
            String r = d.relation();
            boolean placeOrOwner = depth == 0 && (r.equals("nmod") && d.dependent() > i
                    && Set.of("of", "in", "from").contains(s.caseMarker(d.dependent())) || r.equals("appos")
                    || r.equals("dep") && d.dependent() > i && d.dependent() <= i + 3
                    && s.tokens().get(d.dependent()).pos().startsWith("NNP")
                    // "Vietnam's President to Lam" (Tô Lâm), "Ambassador to France": a title's "to" name
                    || r.equals("nmod") && d.dependent() == i + 2 && s.caseMarker(d.dependent()).equals("to")
                    && s.tokens().get(i).pos().startsWith("NNP") && s.tokens().get(d.dependent()).pos().startsWith("NNP"));
            boolean hyphened = r.equals("dep") && d.dependent() + 1 < s.tokens().size()
                    && s.tokens().get(d.dependent() + 1).pos().equals("HYPH"); // "Vietnamese - led forces"
            if (depth < 3 && (r.equals("compound") || r.equals("amod") || r.startsWith("flat") || r.equals("det") || hyphened
                    || r.equals("nmod:poss") || r.equals("nummod") || r.equals("case") && depth > 0 || placeOrOwner)) {
                range[0] = Math.min(range[0], d.dependent());
                range[1] = Math.max(range[1], d.dependent());
                widen(s, d.dependent(), range, depth + 1);
            }
        }
    }

    /**
     * The country an event's actors without one belong to: the country of the event's place, else the one country
     * its named actors share; null when neither is known or the named actors are of several countries.
     */
    private static String homeCountry(List<EventActor> sources, List<EventActor> targets, EventActor where) {
        if (where != null && where.country() != null && where.country().length() == 3) {
            return where.country();
        }
        String home = null;
        for (EventActor a : concat(sources, targets)) {
            if (a.country() != null && a.country().length() == 3 && !INTERNATIONAL.contains(a.country())) {
                if (home != null && !home.equals(a.country())) {
                    return null;
                }
                home = a.country();
            }
        }
        return home;
    }

    /** An actor the text does not name, known only to be in {@code country} ("unnamed actor in Basra"). */
    private static EventActor unnamedIn(String place, String country) {
        return new EventActor(null, "unnamed actor in " + place, code(country, null), country, null);
    }

    /** Both lists, in order. */
    private static List<EventActor> concat(List<EventActor> a, List<EventActor> b) {
        List<EventActor> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * The actors, those known by their sector only ("demonstrators", "guerrillas") and named organisations the
     * knowledge base does not know placed in {@code country}.
     */
    private static List<EventActor> placedIn(List<EventActor> actors, String country, List<Entity> entities) {
        List<EventActor> out = new ArrayList<>(actors.size());
        for (EventActor a : actors) {
            boolean placeable = a.country() == null && (a.sector() != null && !INTERNATIONAL.contains(a.sector())
                    && !"REF".equals(a.sector()) // refugees have left their own country
                    // an organisation the KB does not know ("the Islamic Salvation Front"); not a person, whose
                    // name alone says too little of where they are from ("cartoons of the Prophet Mohammed")
                    || a.sector() == null && names(entities, a, EntityType.ORGANIZATION));
            out.add(placeable
                    ? new EventActor(a.entityId(), a.name(), code(country, a.sector()), country, a.sector()) : a);
        }
        return out;
    }

    private static String code(String country, String sector) {
        if (country == null && sector == null) {
            return null;
        }
        return (country == null ? "" : country) + (sector == null ? "" : sector);
    }

    private static boolean sameActor(EventActor a, EventActor b) {
        if (a.entityId() != null && a.entityId().equals(b.entityId())) {
            return true;
        }
        return a.entityId() == null && b.entityId() == null && a.name().equals(b.name());
    }

    private static String key(EventActor a) {
        return a == null ? "-" : a.entityId() != null ? a.entityId() : a.name();
    }

    /** The act is stated as an intent: under an intent word, or the "would" of what someone said. */
    private static boolean intentStated(Sentence s, int i) {
        List<Integer> chain = xcompChain(s, actingVerb(s, i));
        for (int head : chain) {
            Token t = s.tokens().get(head);
            if (INTENT_WORDS.contains(t.lemma().toLowerCase(Locale.ROOT))
                    || INTENT_WORDS.contains(t.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
            boolean would = s.dependentsOf(head).stream().anyMatch(d -> d.relation().equals("aux")
                    && s.tokens().get(d.dependent()).word().equalsIgnoreCase("would"));
            if (would && reported(s, chain.get(chain.size() - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verb whose object or complement an action noun is ("will extend the curfew", "prepared to impose martial
     * law"): its tense and mood are the act's; the token itself otherwise.
     */
    private static int actingVerb(Sentence s, int i) {
        Dependency up = s.governorOf(i);
        boolean object = up != null && Set.of("obj", "obl", "nsubj:pass").contains(up.relation())
                && !CIRCUMSTANCES.contains(s.caseMarker(i));
        boolean noun = s.tokens().get(i).pos().startsWith("NN");
        // "did not accede to protesters' demands": an act with a named owner of its own keeps its own status
        int owner = s.dependent(i, "nmod:poss");
        boolean ownAct = owner >= 0 && s.tokens().get(owner).pos().startsWith("NN");
        return noun && object && !ownAct && s.tokens().get(up.governor()).pos().startsWith("VB") ? up.governor() : i;
    }

    /** The clause headed by {@code head} is what a verb of saying reports ("Iraq said it would allow …"). */
    private static boolean reported(Sentence s, int head) {
        return sayingVerbOver(s, head) >= 0;
    }

    /** Negated, hypothetical, expected, reported (inside a quotation or reported speech), else asserted. */
    private static EventStatus status(Sentence s, int i, List<Quote> quotes) {
        boolean negated = false;
        boolean hypothetical = false;
        boolean expected = false;
        List<Integer> chain = xcompChain(s, actingVerb(s, i));
        for (int depth = 0; depth < chain.size(); depth++) {
            Token verb = s.tokens().get(chain.get(depth));
            boolean wentTo = verb.lemma().equalsIgnoreCase("go") && !verb.pos().equals("VBG"); // "went to fight"
            // "tried to storm parliament": an attempt made, not a plan
            boolean tried = verb.lemma().equalsIgnoreCase("try") && (verb.pos().equals("VBD") || verb.pos().equals("VBN"));
            if (depth > 0 && !wentTo && !tried && (EXPECTING.contains(verb.lemma().toLowerCase(Locale.ROOT))
                    || EXPECTING.contains(verb.word().toLowerCase(Locale.ROOT)))) {
                expected = true; // "plans to attack", "is going to attack"
            }
            if (depth > 0 && REQUESTING.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
                hypothetical = true; // "urged the Community to support the PLO": asked for, not done
            }
            if (depth > 0 && REFUSING.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
                negated = true; // "refused to commit to any direct assistance": refused, not done
            }
            if (depth == CLAUSE_DEPTH) {
                break;
            }
            for (Dependency d : s.dependentsOf(chain.get(depth))) {
                String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
                boolean noOne = d.relation().startsWith("nsubj") && (Set.of("nobody", "none", "no-one").contains(w)
                        || s.dependentsOf(d.dependent()).stream().anyMatch(m -> m.relation().equals("det")
                        && s.tokens().get(m.dependent()).word().equalsIgnoreCase("no"))); // "no one tried to storm …"
                if ((d.relation().equals("advmod") || d.relation().equals("det")) && NEGATIONS.contains(w) || noOne) {
                    negated = true;
                } else if (d.relation().equals("aux") && w.equals("would")
                        && reported(s, chain.get(chain.size() - 1))) {
                    expected = true; // "said they would boycott": the future of a reported statement
                } else if (d.relation().equals("aux") && HYPOTHETICAL_AUX.contains(w)
                        && !(w.equals("would") && habitual(s, chain.get(depth)))) {
                    hypothetical = true; // not "they would sometimes kill the farmers": a past habit
                } else if (d.relation().equals("aux") && FUTURE_AUX.contains(w)) {
                    expected = true;
                } else if (d.relation().equals("mark") && (w.equals("if") || w.equals("unless"))) {
                    hypothetical = true;
                }
            }
        }
        Dependency clause = s.governorOf(chain.get(chain.size() - 1));
        if (clause != null && clause.relation().equals("ccomp")
                && REQUESTING.contains(s.tokens().get(clause.governor()).lemma().toLowerCase(Locale.ROOT))) {
            hypothetical = true; // "demanded that the US cancel …", "its demand that Israel ease …"
        }
        String noun = nounOfInfinitive(s, chain.get(chain.size() - 1));
        if (noun != null) {
            negated |= REFUSING_NOUNS.contains(noun); // "the government's refusal to accept the independence …"
            hypothetical |= REQUESTING.contains(noun); // "a United Nations appeal to deploy troops"
            expected |= EXPECTING_NOUNS.contains(noun); // "Sweden's decision to send them back"
        }
        if (negated) {
            return EventStatus.NEGATED;
        }
        if (hypothetical) {
            return EventStatus.HYPOTHETICAL;
        }
        if (expected) {
            return EventStatus.EXPECTED;
        }
        boolean hearsay = chain.stream().flatMap(v -> s.dependentsOf(v).stream()).anyMatch(d -> d.relation().equals("advmod")
                && HEARSAY.contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT)));
        // a clause the claim governs, not one joined to it ("the attack was claimed by …, but X have alleged …")
        boolean claimed = clause != null && !Set.of("conj", "parataxis").contains(clause.relation())
                && ALLEGING.contains(s.tokens().get(clause.governor()).lemma().toLowerCase(Locale.ROOT));
        if (hearsay || claimed) {
            return EventStatus.REPORTED; // "accused the United States of violating …": the accuser's claim
        }
        return said(s, i, quotes);
    }

    /** The verb has an adverb of frequency ("would often/sometimes …": what used to happen). */
    private static boolean habitual(Sentence s, int v) {
        return s.dependentsOf(v).stream().anyMatch(d -> d.relation().equals("advmod")
                && FREQUENCY.contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT)));
    }

    /**
     * The lemma of the noun whose infinitive the clause headed by {@code v} is ("refusal to accept", "decision to
     * send"; parsed as the noun's clause or, often, with the noun as the infinitive's subject), or null.
     */
    private static String nounOfInfinitive(Sentence s, int v) {
        boolean infinitive = s.dependentsOf(v).stream().anyMatch(d -> d.relation().equals("mark")
                && s.tokens().get(d.dependent()).word().equalsIgnoreCase("to"));
        if (!infinitive) {
            return null;
        }
        Dependency up = s.governorOf(v);
        int noun = up != null && up.relation().equals("acl") ? up.governor() : s.dependent(v, "nsubj");
        return noun >= 0 && s.tokens().get(noun).pos().startsWith("NN")
                ? s.tokens().get(noun).lemma().toLowerCase(Locale.ROOT) : null;
    }

    /**
     * Reported inside a quotation or someone's reported speech, else asserted. A relative clause inside reported
     * speech is the narrator's description ("urged him to …, such as Chris Christie, who denounced …"), unless the
     * whole quotation is quoted word for word.
     */
    private static EventStatus said(Sentence s, int i, List<Quote> quotes) {
        TextSpan at = s.tokens().get(i).span();
        Dependency up = s.governorOf(i);
        boolean relative = up != null && up.relation().equals("acl:relcl");
        for (Quote q : quotes) {
            if (q.span().contains(at) && (!relative || q.direct() && !q.partial())) {
                return EventStatus.REPORTED;
            }
        }
        return EventStatus.ASSERTED;
    }

    /** The dated time expression of the sentence nearest to the action, or null. */
    private static TimeExpression dateOf(Sentence s, int i, List<TimeExpression> times) {
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        int at = s.tokens().get(i).span().start();
        for (TimeExpression t : times) {
            if (!s.span().contains(t.span()) || t.value() == null || !"DATE".equals(t.type())
                    || !t.value().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                continue;
            }
            int distance = Math.abs(t.span().start() - at);
            if (distance < bestDistance) {
                best = t;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The actor is one of the article's entities of that type. */
    private static boolean names(List<Entity> entities, EventActor actor, EntityType type) {
        return actor.entityId() != null && entities.stream()
                .anyMatch(e -> e.id().equals(actor.entityId()) && e.type() == type);
    }

    /**
     * The place of an "in/at X" complement of the action, or of its subject or complement ("a device outside of
     * the city of Basra"), that names a place or country, not its target.
     */
    private EventActor placeOf(Context c, Sentence s, int i, Roles roles) {
        List<Dependency> candidates = new ArrayList<>(s.dependentsOf(i));
        for (Dependency d : s.dependentsOf(i)) {
            if (d.relation().startsWith("obl") || d.relation().startsWith("obj") || d.relation().startsWith("nsubj")) {
                // "killed by a device outside of Basra": the place may hang on the action's complement
                s.dependentsOf(d.dependent()).stream().filter(n -> n.relation().equals("nmod")).forEach(candidates::add);
            }
        }
        for (Dependency d : candidates) {
            if (!d.relation().startsWith("obl") && !d.relation().startsWith("nmod") || roles.target().contains(d.dependent())
                    || !PLACE_CASES.contains(s.caseMarker(d.dependent()))) {
                continue;
            }
            int named = placeNamed(s, d.dependent());
            TextSpan head = s.tokens().get(named).span();
            for (Entity e : c.entities()) {
                if ((e.type() == EntityType.LOCATION || e.type() == EntityType.COUNTRY)
                        && e.mentions().stream().anyMatch(m -> m.span().overlaps(head))) {
                    return new EventActor(e.id(), e.name(), null, e.country(), null);
                }
            }
        }
        return onlyPlaceNamed(c);
    }

    /** The token is part of who says the sentence ("relief officials in Nairobi said"), not of what is said. */
    private static boolean inSpeakerPhrase(Sentence s, int t) {
        for (Dependency up = s.governorOf(t); up != null; up = s.governorOf(up.governor())) {
            if (up.relation().equals("nsubj") && SpeechCues.isClauseVerb(s.tokens().get(up.governor()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one place the sentence names after "in/at/near/outside/inside" ("… when they blew themselves up in Tel
     * Aviv"), for an action whose own complements name none; null when it names none or several.
     */
    private static EventActor onlyPlaceNamed(Context c) {
        Sentence s = c.sentence();
        Entity found = null;
        for (int t = 0; t + 1 < s.tokens().size(); t++) {
            if (!PLACE_CASES.contains(s.tokens().get(t).word().toLowerCase(Locale.ROOT)) || inSpeakerPhrase(s, t)) {
                continue;
            }
            int first = t + 1; // the name starts after determiners, adjectives and "the town of"
            while (first < s.tokens().size() && first <= t + 4 && (s.tokens().get(first).pos().matches("DT|JJ.*|VBN")
                    || PLACE_NOUNS.contains(s.tokens().get(first).lemma().toLowerCase(Locale.ROOT))
                    || s.tokens().get(first).word().equals("of"))) {
                first++;
            }
            if (first >= s.tokens().size()) {
                continue;
            }
            int from = s.tokens().get(t + 1).span().start();
            int nameStart = s.tokens().get(first).span().start();
            for (Entity e : c.entities()) {
                if ((e.type() == EntityType.LOCATION || e.type() == EntityType.COUNTRY) && e.country() != null
                        && e.mentions().stream().anyMatch(m -> m.span().start() >= from
                        && m.span().start() <= nameStart)) {
                    if (found != null && !found.id().equals(e.id())) {
                        return null;
                    }
                    found = e;
                }
            }
        }
        return found == null ? null : new EventActor(found.id(), found.name(), null, found.country(), null);
    }

    /** "the town of Samarra", "the Iraqi city of Basra": the name after a place noun; else the token itself. */
    private static int placeNamed(Sentence s, int i) {
        if (!PLACE_NOUNS.contains(s.tokens().get(i).lemma().toLowerCase(Locale.ROOT))) {
            return i;
        }
        for (Dependency d : s.dependentsOf(i)) {
            if (d.relation().equals("nmod") && s.caseMarker(d.dependent()).equals("of")) {
                return d.dependent();
            }
        }
        int compound = s.dependent(i, "compound"); // "in Montenegro province"
        return compound >= 0 ? compound : i;
    }
}
