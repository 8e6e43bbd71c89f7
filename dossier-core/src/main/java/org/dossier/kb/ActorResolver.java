package org.dossier.kb;

import org.dossier.model.EntityType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves a standalone actor phrase ("Chile's Defense Ministry", "two Chinese warplanes", "President
 * Kassym-Jomart Tokayev") to an actor: the knowledge base's entity for the whole phrase or a name inside
 * it, else a country from a demonym, country name or the context, and a sector from an agent word (such an
 * actor is of type MISC: a kind of actor, not a named one). Unknown names resolve to null rather than to a
 * guess. Thread-safe.
 */
public final class ActorResolver {

    /** The sector of an ethnic people named without a state: as the knowledge base's "ethnic group". */
    private static final String ETHNIC_PEOPLE_SECTOR = "CVL";

    private static final Set<String> SKIP = Set.of("the", "a", "an", "some", "several", "many", "two", "three",
            "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens", "hundreds", "thousands",
            "over", "about", "around", "nearly", "members", "member", "of", "group", "groups", "based", "s");

    private static final Set<String> GROUP_WORDS = Set.of("group", "groups");
    private static final Set<String> FORMER = Set.of("former", "formerly", "ex", "onetime", "erstwhile");
    private static final Set<String> OFFICES = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");
    private static final Set<String> ALLY_WORDS = Set.of("ally", "allies", "proxy", "proxies", "client", "clients");

    /** The agent word that yields to any other in its phrase. */
    private static final String LEADER = "leader";

    private final KnowledgeBase kb;

    public ActorResolver(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The actor {@code phrase} names at {@code date} (null = today), with {@code context} text (nullable) for a country. */
    public ResolvedActor resolve(String phrase, LocalDate date, String context) {
        String text = phrase.strip();
        if (text.isEmpty()) {
            return null;
        }
        String contextCountry = context == null ? null : countryIn(words(context), true);
        KbEntity whole = unique(kb.find(text), contextCountry);
        if (whole == null) {
            whole = unique(kb.find(stripDeterminers(text)), contextCountry);
        }
        if (whole != null) {
            return fromKb(whole, date, "kb name");
        }
        List<String> words = words(text);
        List<String> sectors = agentSectors(words);
        if (sectors.isEmpty() && ethnicPeople(words)) {
            sectors = List.of(ETHNIC_PEOPLE_SECTOR); // "ethnic Albanians": a people, civilians of no state
        }
        String country = countryIn(words, !sectors.isEmpty());
        KbEntity inner = longestInnerName(words, country);
        if (inner != null) {
            KbPosition at = inner.at(date);
            if ("IGO".equals(at.sector()) && !sectors.isEmpty() && !agentWordsInside(inner, words)) {
                return new ResolvedActor(text, EntityType.PERSON, null, at.country(), sectors.get(0), null,
                        "agent word of a kb organisation (" + at.source() + ")");
            }
            KbPosition titled = officeNamedInPhrase(inner, at, sectors, date);
            if (titled != null) {
                return new ResolvedActor(inner.name(), inner.type(), inner.wikipedia(), titled.country(),
                        titled.sector(), titled.role(), "kb name inside the phrase, office from its title ("
                        + titled.source() + ")");
            }
            return fromKb(inner, date, "kb name inside the phrase");
        }
        String rule = country == null ? null : "country word";
        String region = sectors.isEmpty() ? null : regionBefore(words, country == null);
        if (region != null) { // "Western governments"; "Latin American presidents" (not "American")
            country = region;
            rule = "region word";
        }
        if (country == null) {
            country = countryOfAmbiguousName(words, !sectors.isEmpty());
            rule = country == null ? null : "country every kb entity of a name in the phrase shares";
        }
        if (country == null && contextCountry != null) {
            country = contextCountry;
            rule = "country from context";
        }
        if (country == null && sectors.isEmpty()) {
            return null;
        }
        String sector = sectors.isEmpty() ? null : sectors.get(0);
        String agentRule = sectors.isEmpty() ? null : "agent word";
        if (sector != null && OFFICES.contains(sector) && words.stream().anyMatch(w -> FORMER.contains(w.toLowerCase(Locale.ROOT)))) {
            sector = "ELI"; // "a former commissioner of the New York police": CAMEO codes former office holders ELI
            agentRule = "agent word of a former office";
        }
        return new ResolvedActor(text, EntityType.MISC, null, country, sector, null,
                String.join(" + ", nonNull(rule, agentRule)));
    }

    /**
     * The person's latest office of the sector the phrase's title names ("Defense Minister Diego Molano"), when
     * the knowledge base has them out of office at the date: the text says they hold it. Null otherwise.
     */
    private static KbPosition officeNamedInPhrase(KbEntity person, KbPosition at, List<String> titleSectors,
            LocalDate date) {
        if (person.type() != EntityType.PERSON || !"ELI".equals(at.sector()) || titleSectors.isEmpty()
                || "ELI".equals(titleSectors.get(0))) {
            return null;
        }
        LocalDate when = date == null ? LocalDate.now() : date;
        return person.positions().stream()
                .filter(p -> p.isDated() && titleSectors.get(0).equals(p.sector()))
                .filter(p -> p.start() == null || !p.start().isAfter(when))
                .max(java.util.Comparator.comparing(p -> p.start() == null ? LocalDate.MIN : p.start()))
                .orElse(null);
    }

    /** True when the phrase's agent words all belong to the organisation's own name ("European Council"). */
    private boolean agentWordsInside(KbEntity org, List<String> words) {
        String key = org.aliases().stream().map(a -> a.toLowerCase(Locale.ROOT)).reduce("", (a, b) -> a + " " + b);
        for (String w : words) {
            if (!kb.agentSectors(w).isEmpty() && !key.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> nonNull(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    private ResolvedActor fromKb(KbEntity e, LocalDate date, String how) {
        KbPosition at = e.at(date == null ? LocalDate.now() : date);
        String sector = at.sector();
        return new ResolvedActor(e.name(), e.type(), e.wikipedia(), at.country(), sector, at.role(),
                how + " (" + at.source() + ")");
    }

    /**
     * The one entity, or, among several, the only one in the context's country, else the country among them;
     * null when that leaves none or several.
     */
    private static KbEntity unique(List<KbEntity> candidates, String contextCountry) {
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (contextCountry != null) {
            List<KbEntity> inCountry = candidates.stream()
                    .filter(e -> e.positions().stream().anyMatch(p -> contextCountry.equals(p.country()))).toList();
            if (inCountry.size() == 1) {
                return inCountry.get(0);
            }
        }
        KbEntity country = null;
        for (KbEntity e : candidates) {
            if (e.type() == EntityType.COUNTRY) {
                country = e;
            }
        }
        return country;
    }

    private static String stripDeterminers(String text) {
        String t = text;
        for (String d : new String[] {"the ", "The ", "THE "}) {
            if (t.startsWith(d)) {
                t = t.substring(d.length());
            }
        }
        return t;
    }

    /**
     * The longest run of words of the phrase (two words or more, or one capitalised) that names one KB person or
     * organisation, and none of another country than the phrase's own country word.
     */
    private KbEntity longestInnerName(List<String> words, String phraseCountry) {
        for (int len = words.size(); len >= 1; len--) {
            for (int i = 0; i + len <= words.size(); i++) {
                List<String> run = words.subList(i, i + len);
                if (len == 1 && !Character.isUpperCase(run.get(0).codePointAt(0))) {
                    continue;
                }
                KbEntity e = unique(kb.find(String.join(" ", run)), phraseCountry);
                if (e == null || e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
                    continue;
                }
                String country = e.at(null).country();
                if (phraseCountry == null || country == null || phraseCountry.equals(country)) {
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * The country shared by all the KB people and organisations a capitalised name in the phrase may be; with
     * {@code surnames}, for an agent phrase, a lone surname too ("the Bush administration": both Presidents Bush
     * are American). Null when they differ or there are none.
     */
    private String countryOfAmbiguousName(List<String> words, boolean surnames) {
        for (int len = words.size(); len >= 1; len--) {
            for (int i = 0; i + len <= words.size(); i++) {
                List<String> run = words.subList(i, i + len);
                boolean nameGoesOn = i + len < words.size() && Character.isUpperCase(words.get(i + len).codePointAt(0));
                if (!Character.isUpperCase(run.get(0).codePointAt(0)) || nameGoesOn) {
                    continue; // "Omar" of "President Omar El Bashir" is not a name of its own
                }
                List<KbEntity> found = new ArrayList<>(kb.find(String.join(" ", run)).stream()
                        .filter(e -> e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION).toList());
                if (found.isEmpty() && surnames && len == 1) {
                    found.addAll(kb.byLastName(run.get(0)));
                }
                Set<String> countries = new java.util.HashSet<>();
                found.forEach(e -> countries.add(String.valueOf(e.at(null).country())));
                if (!found.isEmpty() && countries.size() == 1 && !countries.contains("null")) {
                    return countries.iterator().next();
                }
            }
        }
        return null;
    }

    /**
     * The country a demonym or country name among the words points to; a city or region counts only with
     * {@code placesToo} (an agent phrase such as "Minsk police station", not a person's name such as
     * "Douglas Paul James"); last, a demonym misspelled by one letter ("Kazahks"). A demonym after "ethnic" names a
     * people, not a state ("ethnic Albanians in Serbia"). Null when none does.
     */
    private String countryIn(List<String> words, boolean placesToo) {
        for (int len = Math.min(4, words.size()); len >= 1; len--) {
            for (int i = 0; i + len <= words.size(); i++) {
                if (allyAfter(words, i + len)) {
                    continue; // "Israel's militia ally": the ally is not Israel's own
                }
                String run = String.join(" ", words.subList(i, i + len));
                String demonym = kb.countryOfDemonym(run);
                if (demonym != null && !afterEthnic(words, i)) {
                    return demonym;
                }
                boolean insideName = i > 0 && Character.isUpperCase(words.get(i - 1).charAt(0));
                for (KbEntity e : kb.byName(run)) {
                    if (insideName && e.name().startsWith("The ") && e.name().split(" ").length == 2) {
                        continue; // "Thames Valley Police" is not in The Valley, Anguilla
                    }
                    if (e.type() == EntityType.COUNTRY || placesToo && e.type() == EntityType.LOCATION) {
                        return e.at(null).country();
                    }
                }
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String misspelled = afterEthnic(words, i) || allyAfter(words, i + 1) ? null
                    : kb.countryOfMisspelledDemonym(words.get(i));
            if (misspelled != null) {
                return misspelled;
            }
        }
        return null;
    }

    /**
     * The region of a region adjective directly before an agent word ("Western governments" → WST, "Arab
     * leaders" → ARB), or null: only there, as "western Ukraine" is Ukraine. One-word adjectives only when
     * {@code oneWordToo} (no country named); two-word ones ("Latin American") win over the country word in them.
     */
    private String regionBefore(List<String> words, boolean oneWordToo) {
        for (int len = 2; len >= (oneWordToo ? 1 : 2); len--) {
            for (int i = 0; i + len < words.size(); i++) {
                String region = kb.regionOfAdjective(String.join(" ", words.subList(i, i + len)));
                if (region != null && Character.isUpperCase(words.get(i).charAt(0))
                        && !agentSectors(words.subList(i + len, i + len + 1)).isEmpty()) {
                    return region;
                }
            }
        }
        return null;
    }

    /** A word for another party's ally or proxy follows position {@code from} ("Israel's militia ally"). */
    private static boolean allyAfter(List<String> words, int from) {
        return words.subList(Math.min(from, words.size()), words.size()).stream().anyMatch(ActorResolver::isAllyWord);
    }

    /** "ally", "proxies", "clients": a word for someone on another's side, who is not that other. */
    public static boolean isAllyWord(String word) {
        return ALLY_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "ethnic Albanians", "ethnic Serbs": a demonym after "ethnic". */
    private boolean ethnicPeople(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            if (afterEthnic(words, i) && kb.countryOfDemonym(words.get(i)) != null) {
                return true;
            }
        }
        return false;
    }

    /** "ethnic Albanians": the word at {@code i} names a people, not a state's actors. */
    private static boolean afterEthnic(List<String> words, int i) {
        return i > 0 && words.get(i - 1).equalsIgnoreCase("ethnic");
    }

    /**
     * The sectors of the longest agent word or phrase among the words, trying singular forms; a bare "leader" only
     * when no other agent word is there ("leaders of the opposition coalition" are the opposition's).
     */
    private List<String> agentSectors(List<String> words) {
        List<String> leader = List.of();
        for (int len = Math.min(4, words.size()); len >= 1; len--) {
            for (int i = words.size() - len; i >= 0; i--) {
                String run = String.join(" ", words.subList(i, i + len)).toLowerCase(Locale.ROOT);
                for (String form : singulars(run)) {
                    List<String> sectors = kb.agentSectors(form);
                    if (!sectors.isEmpty() && form.equals(LEADER)) {
                        leader = sectors;
                    } else if (!sectors.isEmpty()) {
                        return sectors;
                    }
                }
            }
        }
        return leader;
    }

    private static List<String> singulars(String phrase) {
        List<String> forms = new ArrayList<>(List.of(phrase));
        if (phrase.endsWith("men")) {
            forms.add(phrase.substring(0, phrase.length() - 3) + "man");
        }
        if (phrase.endsWith("ves")) {
            forms.add(phrase.substring(0, phrase.length() - 3) + "f");
        }
        if (phrase.endsWith("ies")) {
            forms.add(phrase.substring(0, phrase.length() - 3) + "y");
        }
        if (phrase.endsWith("es")) {
            forms.add(phrase.substring(0, phrase.length() - 2));
        }
        if (phrase.endsWith("s")) {
            forms.add(phrase.substring(0, phrase.length() - 1));
        }
        return forms;
    }

    /**
     * The phrase's words: possessives, "-based" and "-led" split off ("Vietnamese-led forces" are Vietnamese
     * forces), punctuation dropped, filler words skipped.
     */
    private static List<String> words(String text) {
        String t = text.replace("’", "'").replaceAll("'s\\b", " ").replace("-based", " ").replace("-led", " ");
        List<String> out = new ArrayList<>();
        String[] raw = t.split("[\\s,;:()\"]+");
        for (int i = 0; i < raw.length; i++) {
            String clean = raw[i].replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$", "");
            String lower = clean.toLowerCase(Locale.ROOT);
            // "a group of refugees" is refugees; "aid groups", "rights group" are the agents' own words
            boolean head = GROUP_WORDS.contains(lower) && !out.isEmpty() && (i + 1 == raw.length
                    || !raw[i + 1].equalsIgnoreCase("of"));
            if (!clean.isEmpty() && (head || !SKIP.contains(lower)) && !clean.matches("\\d+")) {
                out.add(clean);
            }
        }
        return out;
    }
}
