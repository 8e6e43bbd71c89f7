package org.dossier.cli;

import org.dossier.kb.WikiTitleIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;

/** {@code dossier index-wikipedia}: compiles the English Wikipedia anchor dictionary into the title index, once. */
@Command(name = "index-wikipedia", header = "Compile the Wikipedia title index (once, optional).",
        mixinStandardHelpOptions = true,
        description = {"Compiles CoreNLP's English Wikipedia anchor dictionary (20.9 million",
                "anchors) into a compact on-disk index of 12.7 million names that opens in",
                "milliseconds. Takes about a minute and 3 GB of memory, once; afterwards",
                "`analyze` gives unlinked organisations and places a Wikipedia title."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:index built", "1:the dictionary is not on the classpath or could not be read"})
public final class IndexWikipediaCommand implements Callable<Integer> {

    static final String DICTIONARY = "/edu/stanford/nlp/models/kbp/english/wikidict.tab.gz";

    @Option(names = "--output", paramLabel = "FILE", description = "Where to write the index (default: ${DEFAULT-VALUE}).")
    Path output = DossierEngine.wikiTitleIndexPath();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        InputStream raw = IndexWikipediaCommand.class.getResourceAsStream(DICTIONARY);
        if (raw == null) {
            err.println("dossier: the Wikipedia anchor dictionary " + DICTIONARY.substring(1)
                    + " is not on the classpath (it comes with stanford-corenlp:models-english-kbp)");
            return CommandLine.ExitCode.SOFTWARE;
        }
        long started = System.nanoTime();
        Path tmp = output.toAbsolutePath().resolveSibling(output.getFileName() + ".build");
        try (InputStream in = new GZIPInputStream(raw, 1 << 16)) {
            err.println("dossier: compiling the Wikipedia title index into " + output + " (about a minute) ...");
            err.flush();
            int keys = WikiTitleIndex.build(in, output, tmp);
            Files.deleteIfExists(tmp);
            err.printf(Locale.ROOT, "dossier: %d names indexed in %.0f s, %d MB%n", keys,
                    (System.nanoTime() - started) / 1e9, Files.size(output) >> 20);
            return CommandLine.ExitCode.OK;
        } catch (IOException e) {
            err.println("dossier: could not build the Wikipedia title index: " + e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        }
    }
}
