package org.dossier.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The action lexicon and the CAMEO table: {@code actions.tsv} and {@code cameo.tsv} shipped in
 * {@code org/dossier/event/}, plus the user's action files ({@code *.tsv} whose header starts
 * {@code pattern	pos	cameo}) from the given folders, loaded after the shipped ones. Rows whose code PLOVER
 * drops (root 01, public statements) are read but not coded: every event has a PLOVER type. Immutable.
 */
public final class ActionLexicon {

    static final String ACTIONS_HEADER = "pattern\tpos\tcameo\tplover\tplover_mode\tnote\tsense";
    private static final String CLASSES_HEADER = "class\twords";
    private static final String CAMEO_HEADER = "code\tname\tgoldstein\tquad_class\tplover\tplover_mode";
    private static final Set<String> PLOVER = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    private final Map<String, CameoCode> codes;
    private final Map<String, List<Action>> byHead;
    private final Map<String, Set<String>> wordClasses;

    private ActionLexicon(Map<String, CameoCode> codes, Map<String, List<Action>> byHead,
                          Map<String, Set<String>> wordClasses) {
        this.codes = Map.copyOf(codes);
        this.wordClasses = Map.copyOf(wordClasses);
        Map<String, List<Action>> copy = new HashMap<>();
        byHead.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.byHead = Map.copyOf(copy);
    }

    /** The shipped lexicon and the user's action files in {@code userDirs} (missing folders are skipped). */
    public static ActionLexicon load(List<Path> userDirs) {
        Map<String, CameoCode> codes = new HashMap<>();
        readCameo(codes);
        Map<String, Set<String>> classes = readWordClasses();
        Map<String, List<Action>> byHead = new HashMap<>();
        try (InputStream in = resource("actions.tsv")) {
            readActions(in, "actions.tsv", codes, classes, byHead);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path dir : userDirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                    if (firstLine(f).startsWith("pattern\tpos\tcameo")) {
                        try (InputStream in = Files.newInputStream(f)) {
                            readActions(in, f.toString(), codes, classes, byHead);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + dir, e);
            }
        }
        return new ActionLexicon(codes, byHead, classes);
    }

    /** True when the lower-cased {@code lemma} belongs to the word class (of {@code word-classes.tsv}). */
    public boolean inClass(String wordClass, String lemma) {
        return wordClasses.getOrDefault(wordClass, Set.of()).contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** The entries whose head is {@code lemma}, verbs or nouns, longest patterns first. */
    public List<Action> withHead(String lemma, boolean noun) {
        return byHead.getOrDefault((noun ? "N " : "V ") + lemma.toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * True when some entry may match a sentence with these lower-cased lemmas and words: its head and all its
     * extra words are among them. A sentence for which this is false codes no event from the lexicon.
     */
    public boolean mayMatch(Set<String> lemmasAndWords) {
        for (String w : lemmasAndWords) {
            for (String pos : new String[] {"V ", "N "}) {
                for (Action a : byHead.getOrDefault(pos + w, List.of())) {
                    if (lemmasAndWords.containsAll(a.with())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The CAMEO code, or null. */
    public CameoCode cameo(String code) {
        return codes.get(code);
    }

    private static InputStream resource(String name) {
        InputStream in = ActionLexicon.class.getResourceAsStream("/org/dossier/event/" + name);
        if (in == null) {
            throw new IllegalStateException("missing resource org/dossier/event/" + name);
        }
        return in;
    }

    private static String firstLine(Path f) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            return line == null ? "" : line;
        }
    }

    private static void readCameo(Map<String, CameoCode> codes) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(resource("cameo.tsv"), StandardCharsets.UTF_8))) {
            String header = r.readLine();
            if (!CAMEO_HEADER.equals(header)) {
                throw new IllegalStateException("cameo.tsv: header must be: " + CAMEO_HEADER);
            }
            String line;
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 6) {
                    throw new IllegalStateException("cameo.tsv:" + n + ": expected 6 columns, found " + f.length);
                }
                codes.put(f[0], new CameoCode(f[0], f[1], Double.parseDouble(f[2]), Integer.parseInt(f[3]),
                        f[4].isEmpty() ? null : f[4], f[5].isEmpty() ? null : f[5]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Set<String>> readWordClasses() {
        Map<String, Set<String>> classes = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(resource("word-classes.tsv"),
                StandardCharsets.UTF_8))) {
            if (!CLASSES_HEADER.equals(r.readLine())) {
                throw new IllegalStateException("word-classes.tsv: header must be: " + CLASSES_HEADER);
            }
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String[] words = f[1].strip().toLowerCase(Locale.ROOT).split("\\|");
                classes.put(f[0].strip(), Set.copyOf(Arrays.asList(words)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return classes;
    }

    private static void add(Map<String, List<Action>> byHead, Action a) {
        List<Action> list = byHead.computeIfAbsent((a.noun() ? "N " : "V ") + a.head(), k -> new ArrayList<>());
        list.add(a);
        list.sort((x, y) -> Integer.compare(y.with().size(), x.with().size()));
    }

    private static void readActions(InputStream in, String name, Map<String, CameoCode> codes,
                                    Map<String, Set<String>> classes, Map<String, List<Action>> byHead)
            throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = r.readLine();
        if (header == null || !header.startsWith("pattern\tpos\tcameo")) {
            throw new IllegalArgumentException(name + ":1: header must be: " + ACTIONS_HEADER);
        }
        String line;
        int n = 1;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String where = name + ":" + n;
            if (f.length < 5) {
                throw new IllegalArgumentException(where + ": expected at least 5 columns (" + ACTIONS_HEADER + ")");
            }
            String[] words = f[0].strip().toLowerCase(Locale.ROOT).split("\\s+");
            boolean noun = switch (f[1].strip()) {
                case "N" -> true;
                case "V" -> false;
                default -> throw new IllegalArgumentException(where + ": pos must be V or N, not '" + f[1] + "'");
            };
            CameoCode code = codes.get(f[2].strip());
            if (code == null) {
                throw new IllegalArgumentException(where + ": unknown CAMEO code '" + f[2] + "'");
            }
            String plover = f[3].strip().isEmpty() ? code.plover() : f[3].strip();
            if (plover == null) {
                continue; // a code PLOVER drops (public statements): kept in the table, not coded as an event
            }
            if (!PLOVER.contains(plover)) {
                throw new IllegalArgumentException(where + ": unknown PLOVER type '" + plover + "'");
            }
            String mode = f[4].strip().isEmpty() ? null : f[4].strip();
            Sense sense;
            try {
                sense = Sense.parse(f.length > 6 ? f[6] : "", classes::containsKey);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
            List<String> all = Arrays.asList(words);
            add(byHead, new Action(words[0], all.subList(1, words.length), noun, code.code(), plover, mode, sense,
                    where));
            if (noun && words.length > 1) {
                // "drone attack": the last word is the head noun, the words before it its modifiers
                add(byHead, new Action(words[words.length - 1], all.subList(0, words.length - 1), true, code.code(),
                        plover, mode, sense, where));
            }
        }
    }
}
