package org.dossier.kb;

import org.dossier.entity.EntityResolver;
import org.dossier.entity.ExtraMentions;
import org.dossier.entity.NameGroupingResolver;
import org.dossier.entity.NameKeys;
import org.dossier.entity.PronounLinker;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.MentionKind;
import org.dossier.model.NamedEntityMention;
import org.dossier.model.Sentence;
import org.dossier.model.TextSpan;
import org.dossier.model.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entities linked to the knowledge base: NER names and the gazetteer's names (less lone demonyms such as
 * "Irani", which NER takes for names) are grouped within the article,
 * each group is linked to one KB entity when its names point to exactly one of a compatible type (precision
 * before recall: an ambiguous or unknown name stays unlinked with its NER type), groups naming the same KB
 * entity are merged, and descriptions such as "the Chinese leader" join the article's one head of that country.
 * Country, sector and role are those of the KB position at the article's date; an unlinked organisation or
 * place may still get a Wikipedia title from the anchor index; "he"/"she" join a person where
 * {@link PronounLinker} finds that reliable. Thread-safe.
 */
public final class KbEntityResolver implements EntityResolver {

    private static final Set<String> LEADER_WORDS = Set.of("leader", "president", "premier", "prime minister",
            "chancellor", "führer", "fuehrer", "head of state", "ruler", "strongman", "autocrat", "king", "emir");

    private static final double CONFIDENT_PERSON = 0.8;

    private static final Pattern LOWERCASE_TAIL = Pattern.compile("(?<=\\p{L}{2})-\\p{Ll}+$");

    private static final double MIN_TITLE_PROBABILITY = 0.7;

    private final KnowledgeBase kb;
    private final KbGazetteer gazetteer;
    private final WikiTitleIndex titles;
    private final NameGroupingResolver grouping = new NameGroupingResolver();

    public KbEntityResolver(KnowledgeBase kb) {
        this(kb, null);
    }

    /** With {@code titles} (nullable), unlinked organisations and places get a Wikipedia title from it. */
    public KbEntityResolver(KnowledgeBase kb, WikiTitleIndex titles) {
        this.kb = kb;
        this.gazetteer = new KbGazetteer(kb);
        this.titles = titles;
    }

    @Override
    public List<Entity> resolve(AnnotatedArticle article) {
        List<NamedEntityMention> names = new ArrayList<>();
        List<NamedEntityMention> ner = article.names().stream().map(KbEntityResolver::withoutLowercaseTail).toList();
        for (NamedEntityMention m : merge(ner, gazetteer.find(article))) {
            if (m.text().indexOf(' ') >= 0 || kb.countryOfDemonym(m.text()) == null) {
                names.add(m);
            }
        }
        List<Entity> groups = grouping.group(article, names);
        LocalDate date = article.article().published();
        Map<KbEntity, List<Entity>> byKb = new LinkedHashMap<>();
        List<Entity> unlinked = new ArrayList<>();
        for (Entity g : groups) {
            KbEntity match = link(g);
            if (match == null) {
                unlinked.add(withTitle(g));
            } else {
                byKb.computeIfAbsent(match, k -> new ArrayList<>()).add(g);
            }
        }
        for (Iterator<Entity> it = unlinked.iterator(); it.hasNext(); ) {
            Entity g = it.next();
            KbEntity country = misspelledCountry(g, byKb.keySet());
            if (country != null) {
                byKb.get(country).add(g);
                it.remove();
            }
        }
        List<Entity> out = new ArrayList<>(unlinked);
        byKb.forEach((kbEntity, parts) -> out.add(linked(kbEntity, parts, date)));
        List<Entity> withDescriptions = addDescriptions(article, out);
        return renumber(PronounLinker.attach(article, withDescriptions));
    }

    /**
     * A name whose last token runs on through a hyphen into a lower-case word ("United Nations-creates", a
     * translation's lost spaces; "Moscow-based") ends before the hyphen.
     */
    static NamedEntityMention withoutLowercaseTail(NamedEntityMention m) {
        Matcher tail = LOWERCASE_TAIL.matcher(m.text());
        if (!tail.find()) {
            return m;
        }
        int end = tail.start();
        return new NamedEntityMention(new TextSpan(m.span().start(), m.span().start() + end), m.text().substring(0, end),
                m.type(), m.confidence());
    }

    /**
     * NER names and gazetteer names; where they overlap the longer wins. On the same span a typed gazetteer name
     * wins ("Moskau", tagged PERSON by NER, is Moscow), except against a confident NER person where the KB has
     * a place of that name ("Hamilton said").
     */
    static List<NamedEntityMention> merge(List<NamedEntityMention> ner, List<NamedEntityMention> gazetteer) {
        List<NamedEntityMention> all = new ArrayList<>(ner.size() + gazetteer.size());
        for (NamedEntityMention g : gazetteer) {
            boolean confidentPerson = ner.stream().anyMatch(n -> n.span().equals(g.span()) && n.type().equals("PERSON")
                    && n.confidence() >= CONFIDENT_PERSON && g.type().equals("LOCATION"));
            if (!confidentPerson) {
                all.add(g);
            }
        }
        all.addAll(ner);
        all.sort(Comparator.comparingInt((NamedEntityMention m) -> -m.span().length())
                .thenComparing(m -> m.type().equals("MISC") ? 1 : 0));
        List<NamedEntityMention> kept = new ArrayList<>();
        for (NamedEntityMention m : all) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(m.span()))) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparing(NamedEntityMention::span));
        return kept;
    }

    /**
     * An unlinked organisation or place with the Wikipedia title its longest name points to, when a title index
     * is present and the title is safe: the page named by the name itself (probability 0.2 or more; for an
     * organisation, a name of two words or more), or, for a place, a qualified place page ("Fresno, California")
     * at probability 0.7 or more. Never a disambiguated title ("Allen (Prison Break episode)"), a generic page
     * ("Supreme court" for "Supreme Court") or a "The ..." page for a name without "the". People are left
     * alone: a common name's anchor often belongs to someone else.
     */
    private Entity withTitle(Entity g) {
        if (titles == null || g.type() == EntityType.PERSON) {
            return g;
        }
        String longest = g.mentions().stream().map(Mention::text).max(Comparator.comparingInt(String::length)).orElseThrow();
        WikiTitleIndex.Title t = titles.lookup(longest);
        if (t == null || t.title().endsWith(")") || isGenericPage(longest, t.title())
                || t.title().startsWith("The ") && !longest.strip().toLowerCase(java.util.Locale.ROOT).startsWith("the ")) {
            return g;
        }
        boolean organisation = g.type() == EntityType.ORGANIZATION || g.type() == EntityType.MISC;
        boolean safe = organisation
                ? t.namedByName() && longest.strip().indexOf(' ') > 0
                : t.namedByName() || t.probability() >= MIN_TITLE_PROBABILITY && t.title().startsWith(longest.strip() + ",");
        if (!safe) {
            return g;
        }
        return g.withWikipedia(t.title());
    }

    /** True when the title spells the name with a lower-case word where the name has a capital. */
    private static boolean isGenericPage(String name, String title) {
        String[] n = name.strip().split("\\s+");
        String[] t = title.strip().split("\\s+");
        if (n.length != t.length || !NameKeys.of(name).equals(NameKeys.of(title))) {
            return false;
        }
        for (int i = 0; i < n.length; i++) {
            if (Character.isUpperCase(n[i].codePointAt(0)) && Character.isLowerCase(t[i].codePointAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** The one KB entity the group's names point to, or null when none or several do. */
    private KbEntity link(Entity g) {
        List<Mention> mentions = new ArrayList<>(g.mentions());
        mentions.sort(Comparator.comparingInt((Mention m) -> -m.text().length()));
        for (Mention m : mentions) {
            List<KbEntity> candidates = compatible(g.type(), lookup(m.text()));
            if (candidates.size() == 1) {
                return candidates.get(0);
            }
            if (candidates.size() > 1) {
                return null;
            }
        }
        return g.type() == EntityType.PERSON ? null : innerName(mentions.get(0).text());
    }

    /**
     * The country of the article that an unlinked one-word place of six letters or more misspells by one edit
     * ("Ethopia has agreed … between Ethiopia and Eritrea"), or null: none or several, or a word that is a name of
     * its own (in the knowledge base, or a page of the title index when present: "Prussia" is not "Russia").
     */
    private KbEntity misspelledCountry(Entity g, Set<KbEntity> linked) {
        String word = g.mentions().get(0).text().strip();
        boolean oneWord = g.type() == EntityType.LOCATION && word.length() >= 6 && word.indexOf(' ') < 0
                && g.mentions().stream().allMatch(m -> m.text().strip().equals(word));
        WikiTitleIndex.Title page = !oneWord || titles == null ? null : titles.lookup(word);
        if (!oneWord || !kb.byName(word).isEmpty() || page != null && page.namedByName()) {
            return null;
        }
        String key = NameKeys.of(word);
        KbEntity found = null;
        for (KbEntity e : linked) {
            boolean near = e.type() == EntityType.COUNTRY && (KnowledgeBase.withinOneEdit(key, NameKeys.of(e.name()))
                    || e.aliases().stream().anyMatch(a -> KnowledgeBase.withinOneEdit(key, NameKeys.of(a))));
            if (near && found != null) {
                return null;
            }
            found = near ? e : found;
        }
        return found;
    }

    /**
     * The organisation named inside a longer name the NER found ("Washington Stimson Center" → Stimson Center,
     * "State News Agency Xinhua Chinas" → Xinhua): the longest run of at least two words, or one capitalised
     * word of four letters or more, that names one KB organisation. Places inside names are not taken.
     */
    private KbEntity innerName(String text) {
        String[] words = text.split("[\\s\\-]+");
        for (int len = words.length - 1; len >= 1; len--) {
            for (int i = 0; i + len <= words.length; i++) {
                String run = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + len));
                if (len == 1 && (run.length() < 4 || !Character.isUpperCase(run.codePointAt(0)))) {
                    continue;
                }
                List<KbEntity> found = kb.byName(run);
                if (found.size() == 1 && found.get(0).type() == EntityType.ORGANIZATION) {
                    return found.get(0);
                }
            }
        }
        return null;
    }

    private List<KbEntity> lookup(String text) {
        List<KbEntity> found = kb.find(text);
        if (found.isEmpty() && text.length() > 4 && text.endsWith("s")) {
            found = kb.byName(text.substring(0, text.length() - 1)).stream()
                    .filter(e -> e.type() == EntityType.LOCATION || e.type() == EntityType.COUNTRY).toList();
        }
        return found;
    }

    private static List<KbEntity> compatible(EntityType type, List<KbEntity> candidates) {
        List<KbEntity> out = new ArrayList<>();
        for (KbEntity e : candidates) {
            boolean place = e.type() == EntityType.LOCATION || e.type() == EntityType.COUNTRY;
            boolean ok = switch (type) {
                case PERSON -> e.type() == EntityType.PERSON;
                case ORGANIZATION -> e.type() == EntityType.ORGANIZATION || place;
                case LOCATION, COUNTRY -> place || e.type() == EntityType.ORGANIZATION;
                case MISC -> true;
            };
            if (ok) {
                out.add(e);
            }
        }
        return out;
    }

    private static Entity linked(KbEntity kbEntity, List<Entity> parts, LocalDate date) {
        List<Mention> mentions = new ArrayList<>();
        Entity withTextRole = null;
        double confidence = 0;
        for (Entity p : parts) {
            mentions.addAll(p.mentions());
            withTextRole = withTextRole != null || p.role() == null ? withTextRole : p;
            confidence = Math.max(confidence, p.confidence());
        }
        mentions.sort(Comparator.comparing(Mention::span));
        KbPosition at = kbEntity.at(date);
        boolean kbRole = at.role() != null && kbEntity.type() == EntityType.PERSON;
        String role = kbRole ? at.role() : withTextRole == null ? null : withTextRole.role();
        TextSpan evidence = kbRole || withTextRole == null ? null : withTextRole.roleEvidence();
        return new Entity(parts.get(0).id(), kbEntity.name(), kbEntity.type(), kbEntity.wikipedia(), at.country(),
                at.sector(), role, evidence, Math.max(confidence, 0.9), mentions);
    }

    /** Adds "the Chinese leader"-style descriptions to the article's one governing person of that country. */
    private List<Entity> addDescriptions(AnnotatedArticle article, List<Entity> entities) {
        Map<Entity, List<Mention>> extra = new IdentityHashMap<>();
        for (Sentence s : article.sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                String country = kb.countryOfDemonym(tokens.get(i).word());
                if (country == null || !Character.isUpperCase(tokens.get(i).word().codePointAt(0))) {
                    continue;
                }
                int end = leaderWordEnd(tokens, i + 1);
                if (end < 0 || end < tokens.size() && isNameToken(tokens.get(end))) {
                    continue;
                }
                int start = i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("the") ? i - 1 : i;
                TextSpan span = new TextSpan(tokens.get(start).span().start(), tokens.get(end - 1).span().end());
                Entity head = governing(entities, country);
                if (head != null && entities.stream().noneMatch(e -> e.mentions().stream().anyMatch(m -> m.span().overlaps(span)))) {
                    extra.computeIfAbsent(head, k -> new ArrayList<>())
                            .add(new Mention(span, span.of(article.text()), MentionKind.NOMINAL));
                }
            }
        }
        return ExtraMentions.addTo(entities, extra);
    }

    /** The index after a leader word or phrase starting at {@code i}, or -1. */
    private static int leaderWordEnd(List<Token> tokens, int i) {
        for (int len = 3; len >= 1; len--) {
            if (i + len > tokens.size()) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (int k = i; k < i + len; k++) {
                sb.append(k > i ? " " : "").append(tokens.get(k).word().toLowerCase(Locale.ROOT));
            }
            if (LEADER_WORDS.contains(sb.toString())) {
                return i + len;
            }
        }
        return -1;
    }

    private static boolean isNameToken(Token t) {
        return t.pos().startsWith("NNP") || !t.ner().equals("O");
    }

    /** The article's only person governing {@code country} at the article's date, or null. */
    private static Entity governing(List<Entity> entities, String country) {
        Entity found = null;
        for (Entity e : entities) {
            if (e.type() == EntityType.PERSON && country.equals(e.country()) && "GOV".equals(e.sector())) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    private static List<Entity> renumber(List<Entity> entities) {
        List<Entity> sorted = new ArrayList<>(entities);
        sorted.sort(Comparator.comparing(e -> e.mentions().get(0).span()));
        List<Entity> out = new ArrayList<>(sorted.size());
        for (Entity e : sorted) {
            out.add(e.withId("E" + (out.size() + 1)));
        }
        return out;
    }
}
