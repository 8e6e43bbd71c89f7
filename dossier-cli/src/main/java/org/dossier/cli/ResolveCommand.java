package org.dossier.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dossier.kb.ActorResolver;
import org.dossier.kb.KbFormatException;
import org.dossier.kb.ResolvedActor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dossier resolve}: one JSON line per name with the actor it resolves to, or {@code "entity": null}. */
@Command(name = "resolve", header = "Resolve actor names to canonical entities.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Resolves actor names (\"Wolodymyr Selenskyj\", \"Chile's Defense Ministry\")",
                "to a canonical entity: name, type, country, sector, role and Wikipedia title,",
                "as of --date."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every name was looked up (unknown ones print \"entity\": null)", "1:internal failure",
                "2:usage error"})
public final class ResolveCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date the positions hold at (default: now).")
    String date;

    @Option(names = "--context", paramLabel = "TEXT", description = "Text around the name, used for its country when the name has none.")
    String context;

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "Names or short actor phrases.")
    List<String> names;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate at = parseDate();
        PrintWriter out = spec.commandLine().getOut();
        ActorResolver resolver;
        try {
            resolver = new ActorResolver(DossierEngine.knowledgeBase());
        } catch (KbFormatException e) {
            spec.commandLine().getErr().println("dossier: knowledge base: " + e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        }
        for (String name : names) {
            ObjectNode line = JSON.createObjectNode();
            line.put("query", name);
            ResolvedActor actor = resolver.resolve(name, at, context);
            if (actor == null) {
                line.putNull("entity");
            } else {
                ObjectNode e = line.putObject("entity");
                e.put("name", actor.name());
                e.put("type", actor.type().name());
                e.put("country", actor.country());
                e.put("sector", actor.sector());
                e.put("role", actor.role());
                e.putObject("kb").put("wikipedia", actor.wikipedia());
                e.put("rule", actor.rule());
            }
            out.println(line);
        }
        out.flush();
        return CommandLine.ExitCode.OK;
    }

    private LocalDate parseDate() {
        if (date == null) {
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--date takes YYYY-MM-DD, not '" + date + "'");
        }
    }
}
