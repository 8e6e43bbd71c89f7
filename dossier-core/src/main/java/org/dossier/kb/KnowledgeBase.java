package org.dossier.kb;

import org.dossier.entity.NameKeys;
import org.dossier.model.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The knowledge base: the files shipped in the jar plus a user's own TSV files, indexed by name key and by
 * folded key. Built once per process; immutable and thread-safe after construction.
 */
public final class KnowledgeBase {

    private static final String INDEX = "/org/dossier/kb/index.txt";

    private final List<KbEntity> entities;
    private final Map<String, List<KbEntity>> byKey;
    private final Map<String, List<KbEntity>> byKeyNotCapitals;
    private final Map<String, List<KbEntity>> byFold;
    private final Map<String, List<KbEntity>> byLastName;
    private final Map<String, String> demonyms;
    private final Map<String, KbEntity> countries;
    private final Map<String, List<String>> agents;
    private final Map<String, String> regions;

    private KnowledgeBase(List<KbTable> tables) {
        Builder b = new Builder();
        tables.forEach(b::add);
        this.entities = List.copyOf(b.entities());
        this.demonyms = Map.copyOf(b.demonyms);
        this.countries = Map.copyOf(b.countries);
        this.agents = Map.copyOf(b.agents);
        this.regions = Map.copyOf(b.regions);
        Map<String, List<KbEntity>> keys = new HashMap<>();
        Map<String, List<KbEntity>> keysNotCapitals = new HashMap<>();
        Map<String, List<KbEntity>> folds = new HashMap<>();
        Map<String, List<KbEntity>> lastNames = new HashMap<>();
        for (KbEntity e : entities) {
            for (String alias : e.aliases()) {
                String key = NameKeys.of(alias);
                addTo(keys, key, e);
                if (!isShortCapitals(alias)) {
                    addTo(keysNotCapitals, key, e);
                }
                addTo(folds, NameFolding.fold(alias), e);
                if (e.type() == EntityType.PERSON && key.indexOf(' ') > 0) {
                    addTo(lastNames, key.substring(key.lastIndexOf(' ') + 1), e);
                }
            }
        }
        this.byKey = freeze(keys);
        this.byKeyNotCapitals = freeze(keysNotCapitals);
        this.byFold = freeze(folds);
        this.byLastName = freeze(lastNames);
    }

    /** The shipped files plus every *.tsv in {@code userDirs} that exist (a missing folder is skipped). */
    public static KnowledgeBase load(List<Path> userDirs) {
        List<KbTable> tables = new ArrayList<>();
        try {
            for (String file : shippedFiles()) {
                try (InputStream in = KnowledgeBase.class.getResourceAsStream("/org/dossier/kb/" + file)) {
                    if (in == null) {
                        throw new KbFormatException("kb index names " + file + ", which is not in the jar");
                    }
                    tables.add(KbTable.read(file, in));
                }
            }
            for (Path dir : userDirs) {
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                        try (InputStream in = Files.newInputStream(f)) {
                            tables.add(KbTable.read(f.toString(), in));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("knowledge base not readable", e);
        }
        return new KnowledgeBase(tables);
    }

    /** A knowledge base of the given tables only (for tests). */
    static KnowledgeBase of(List<KbTable> tables) {
        return new KnowledgeBase(tables);
    }

    private static List<String> shippedFiles() throws IOException {
        InputStream in = KnowledgeBase.class.getResourceAsStream(INDEX);
        if (in == null) {
            return List.of();
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    public List<KbEntity> entities() {
        return entities;
    }

    /**
     * Entities one of whose names has this key (case, accents, punctuation folded). A short all-capitals alias
     * ("WHO", "US") is found only by a name written in capitals: "Who" is not the World Health Organization.
     */
    public List<KbEntity> byName(String name) {
        return (isCapitals(name) ? byKey : byKeyNotCapitals).getOrDefault(NameKeys.of(name), List.of());
    }

    /** True for a short all-capitals alias such as "US", "WHO", "PAN", which ordinary words can spell. */
    public static boolean isShortCapitals(String alias) {
        return alias.length() <= 4 && isCapitals(alias);
    }

    private static boolean isCapitals(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT)) && s.chars().anyMatch(Character::isLetter);
    }

    /**
     * People whose name matches one written with initials ("G. W. Bush", "G.W. Bush" → George W. Bush): same
     * number of words, same last word, and each initial the first letter of the name's word. Empty when the
     * name has no initial.
     */
    public List<KbEntity> byInitials(String name) {
        String[] q = NameKeys.of(name).split(" ");
        boolean hasInitial = false;
        for (int i = 0; i + 1 < q.length; i++) {
            hasInitial |= q[i].length() == 1;
        }
        if (!hasInitial || q.length < 2) {
            return List.of();
        }
        List<KbEntity> out = new ArrayList<>();
        for (KbEntity e : byLastName.getOrDefault(q[q.length - 1], List.of())) {
            for (String alias : e.aliases()) {
                String[] a = NameKeys.of(alias).split(" ");
                if (a.length == q.length && initialsMatch(q, a)) {
                    out.add(e);
                    break;
                }
            }
        }
        return out;
    }

    private static boolean initialsMatch(String[] query, String[] alias) {
        for (int i = 0; i < query.length; i++) {
            boolean ok = query[i].length() == 1 ? alias[i].startsWith(query[i]) : alias[i].equals(query[i]);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** People whose names end in this word ("Bush": both Presidents Bush). */
    public List<KbEntity> byLastName(String word) {
        return byLastName.getOrDefault(NameKeys.of(word), List.of());
    }

    /**
     * Entities by exact name key, else by folded key, else by initials: the first of these that finds any. Only a
     * name written with a capital is folded: a lower-case word is a word ("more" is not the town of Moreh).
     */
    public List<KbEntity> find(String name) {
        List<KbEntity> found = byName(name);
        if (found.isEmpty() && !name.equals(name.toLowerCase(Locale.ROOT))) {
            found = byFoldedName(name);
        }
        return found.isEmpty() ? byInitials(name) : found;
    }

    /**
     * Entities one of whose names has the same transliteration-folded key; none for a key under three letters, which
     * says too little ("J." and "Jiji" both fold to "y").
     */
    public List<KbEntity> byFoldedName(String name) {
        String key = NameFolding.fold(name);
        return key.replace(" ", "").length() < 3 ? List.of() : byFold.getOrDefault(key, List.of());
    }

    /**
     * The ISO3 code of a demonym or nationality adjective ("Russian", "Saudis", "chinesisch"), or null. A
     * capitalised word not listed that is a country's name ending in "a" plus "n" or "ns" is that country's
     * ("Kampuchean": the knowledge base lists Kampuchea as Cambodia's name).
     */
    public String countryOfDemonym(String word) {
        String listed = demonyms.get(NameKeys.of(word));
        if (listed != null || word.length() < 5 || !Character.isUpperCase(word.codePointAt(0))) {
            return listed;
        }
        String stem = word.endsWith("ans") ? word.substring(0, word.length() - 2)
                : word.endsWith("an") ? word.substring(0, word.length() - 1) : null;
        if (stem == null || !stem.endsWith("a")) {
            return null;
        }
        for (KbEntity e : byName(stem)) {
            if (e.type() == EntityType.COUNTRY) {
                return e.at(null).country();
            }
        }
        return null;
    }

    /**
     * The country of the demonyms a capitalised word of seven letters or more misspells by one edit (a letter
     * added, dropped or changed, or two neighbours swapped: "Kazahks" → KAZ); null when none or several countries.
     */
    public String countryOfMisspelledDemonym(String word) {
        if (word.length() < 7 || !Character.isUpperCase(word.codePointAt(0))) {
            return null;
        }
        String key = NameKeys.of(word);
        String found = null;
        for (Map.Entry<String, String> d : demonyms.entrySet()) {
            if (Math.abs(d.getKey().length() - key.length()) <= 1 && withinOneEdit(key, d.getKey())) {
                if (found != null && !found.equals(d.getValue())) {
                    return null;
                }
                found = d.getValue();
            }
        }
        return found;
    }

    /** True when the strings differ by at most one insertion, deletion, substitution or swap of neighbours. */
    static boolean withinOneEdit(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == a.length() || i == b.length()) {
            return Math.abs(a.length() - b.length()) <= 1;
        }
        return a.substring(i + 1).equals(b.substring(i + 1))
                || a.substring(i).equals(b.substring(i + 1))
                || a.substring(i + 1).equals(b.substring(i))
                || a.length() == b.length() && i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1)
                        && a.charAt(i + 1) == b.charAt(i) && a.substring(i + 2).equals(b.substring(i + 2));
    }

    /** The country with this ISO3 code, or null. */
    public KbEntity country(String iso3) {
        return countries.get(iso3);
    }

    /** The sectors an agent word signals ("soldier" → [MIL]; "defense minister" → [GOV, MIL]); empty if unknown. */
    public List<String> agentSectors(String pattern) {
        return agents.getOrDefault(pattern.toLowerCase(Locale.ROOT).strip(), List.of());
    }

    /** The CAMEO region code of a region adjective ("Western" → WST, "Arab" → ARB), or null. */
    public String regionOfAdjective(String word) {
        return regions.get(NameKeys.of(word));
    }

    /** Every name key the gazetteer should find in text. */
    public Set<String> nameKeys() {
        return byKey.keySet();
    }

    private static void addTo(Map<String, List<KbEntity>> map, String key, KbEntity e) {
        if (key.isEmpty()) {
            return;
        }
        List<KbEntity> list = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(e)) {
            list.add(e);
        }
    }

    private static Map<String, List<KbEntity>> freeze(Map<String, List<KbEntity>> map) {
        Map<String, List<KbEntity>> out = new HashMap<>(map.size() * 2);
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    /** Collects entities from tables; rows with the same type and Wikipedia title (else name) become one entity. */
    private static final class Builder {
        private final Map<String, Draft> drafts = new LinkedHashMap<>();
        private final Map<String, String> demonyms = new HashMap<>();
        private final Map<String, KbEntity> countries = new HashMap<>();
        private final Map<String, List<String>> agents = new HashMap<>();
        private final Map<String, String> countryKeys = new HashMap<>();
        private final Map<String, String> regions = new HashMap<>();

        void add(KbTable t) {
            for (KbTable.Row row : t.rows()) {
                String source = t.name() + ":" + row.line();
                switch (t.kind()) {
                    case COUNTRIES -> addCountry(row, source);
                    case PLACES -> addPlace(row, source);
                    case ACTORS -> addActor(row, source, t.name());
                    case AGENTS -> addAgent(row, t.name());
                    case REGIONS -> row.list("adjectives").forEach(a -> regions.putIfAbsent(NameKeys.of(a),
                            required(row, "code", source)));
                }
            }
        }

        private void addCountry(KbTable.Row row, String source) {
            String iso3 = required(row, "iso3", source);
            String name = required(row, "name", source);
            List<String> aliases = new ArrayList<>(List.of(name));
            aliases.addAll(row.list("aliases"));
            draft(EntityType.COUNTRY, name, row.get("wikipedia"), source)
                    .add(aliases, new KbPosition(iso3, null, null, null, null, source));
            countryKeys.put(iso3, key(EntityType.COUNTRY, row.get("wikipedia"), name));
            for (String d : row.list("demonyms")) {
                demonyms.putIfAbsent(NameKeys.of(d), iso3);
            }
            String capital = row.get("capital");
            if (capital != null) {
                List<String> capitalNames = new ArrayList<>(List.of(capital));
                capitalNames.addAll(row.list("capital_aliases"));
                draft(EntityType.LOCATION, capital, row.get("capital_wikipedia"), source)
                        .add(capitalNames, new KbPosition(iso3, "GOV", "capital of " + name, null, null, source));
            }
        }

        private void addPlace(KbTable.Row row, String source) {
            String name = required(row, "name", source);
            List<String> names = new ArrayList<>(List.of(name));
            names.addAll(row.list("aliases"));
            String kind = row.get("kind");
            String sector = row.get("sector") != null ? row.get("sector") : "city".equals(kind) ? "CVL" : null;
            draft(EntityType.LOCATION, name, row.get("wikipedia"), source)
                    .add(names, new KbPosition(row.get("country"), sector, kind, null, null, source));
        }

        private void addActor(KbTable.Row row, String source, String file) {
            String name = required(row, "name", source);
            EntityType type;
            try {
                type = EntityType.valueOf(required(row, "type", source));
            } catch (IllegalArgumentException e) {
                throw new KbFormatException(source + ": type must be PERSON or ORGANIZATION, not " + row.get("type"));
            }
            List<String> names = new ArrayList<>(List.of(name));
            names.addAll(row.list("aliases"));
            draft(type, name, row.get("wikipedia"), source).add(names, new KbPosition(row.get("country"),
                    row.get("sector"), row.get("role"), date(row.get("start"), source, false),
                    date(row.get("end"), source, true), source));
        }

        private void addAgent(KbTable.Row row, String file) {
            List<String> sectors = new ArrayList<>();
            sectors.add(required(row, "sector", file + ":" + row.line()));
            if (row.get("sector2") != null) {
                sectors.add(row.get("sector2"));
            }
            agents.putIfAbsent(required(row, "pattern", file).toLowerCase(Locale.ROOT), List.copyOf(sectors));
        }

        private Draft draft(EntityType type, String name, String wikipedia, String source) {
            return drafts.computeIfAbsent(key(type, wikipedia, name), k -> new Draft(name, type, wikipedia));
        }

        private static String key(EntityType type, String wikipedia, String name) {
            return type + "|" + (wikipedia != null ? wikipedia : name);
        }

        List<KbEntity> entities() {
            Map<String, KbEntity> built = new LinkedHashMap<>();
            drafts.forEach((key, draft) -> built.put(key, draft.build()));
            countryKeys.forEach((iso3, key) -> countries.put(iso3, built.get(key)));
            return new ArrayList<>(built.values());
        }

        private static String required(KbTable.Row row, String column, String source) {
            String v = row.get(column);
            if (v == null) {
                throw new KbFormatException(source + ": '" + column + "' is empty");
            }
            return v;
        }

        private static LocalDate date(String v, String source, boolean end) {
            if (v == null) {
                return null;
            }
            try {
                if (v.matches("\\d{4}")) {
                    int y = Integer.parseInt(v);
                    return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
                }
                if (v.matches("\\d{4}-\\d{2}")) {
                    LocalDate first = LocalDate.parse(v + "-01");
                    return end ? first.withDayOfMonth(first.lengthOfMonth()) : first;
                }
                return LocalDate.parse(v);
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new KbFormatException(source + ": '" + v + "' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
            }
        }
    }

    /** An entity being assembled from its rows. */
    private static final class Draft {
        private final String name;
        private final EntityType type;
        private final String wikipedia;
        private final Set<String> aliases = new LinkedHashSet<>();
        private final List<KbPosition> positions = new ArrayList<>();

        Draft(String name, EntityType type, String wikipedia) {
            this.name = name;
            this.type = type;
            this.wikipedia = wikipedia;
        }

        Draft add(List<String> names, KbPosition position) {
            aliases.addAll(names);
            positions.add(position);
            return this;
        }

        KbEntity build() {
            return new KbEntity(name, type, wikipedia, List.copyOf(aliases), positions);
        }
    }
}
