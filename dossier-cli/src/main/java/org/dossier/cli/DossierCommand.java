package org.dossier.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The top-level {@code dossier} command; it only holds subcommands. */
@Command(name = "dossier", mixinStandardHelpOptions = true, versionProvider = DossierCommand.Version.class,
        description = {"Turns news articles into evidence-linked records of who, what was said,",
                "and who did what to whom."},
        subcommands = {AnalyzeCommand.class, ResolveCommand.class, IndexWikipediaCommand.class,
                CommandLine.HelpCommand.class})
public final class DossierCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: try 'dossier analyze --help'");
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = DossierCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"dossier " + p.getProperty("version", "unknown")
                    + " (Stanford CoreNLP 4.5.10; GPL-3.0-or-later)"};
        }
    }
}
