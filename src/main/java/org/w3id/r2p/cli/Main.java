package org.w3id.r2p.cli;

import java.io.PrintWriter;

import org.w3id.r2p.Version;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code r2p-kg} command line: {@code serve}, {@code export}, {@code query}, {@code validate}, {@code build} and
 * {@code push} over a corpus of R2P documents, {@code unlinked} to list what still needs a Wikidata link, and
 * {@code evaluate} to measure extraction.
 * <pre>
 *   java -jar target/r2p-kg.jar serve --corpus seeds
 * </pre>
 */
@Command(name = "r2p-kg",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "Builds a Wikidata-linked knowledge graph of Responsibility to Protect documents, "
                + "serves it over SPARQL and exports it as RDF dumps.",
        subcommands = {ServeCommand.class, ExportCommand.class, QueryCommand.class, ValidateCommand.class, BuildCommand.class,
                PushCommand.class, UnlinkedCommand.class, EvaluateCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "On a failure, print the stack trace as well as the message.")
    boolean verbose;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for {@code main} and for tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("r2p-kg: " + (exception.getMessage() != null ? exception.getMessage() : exception.toString()));
            if (parseResult.expandedArgs().contains("--verbose")) {
                exception.printStackTrace(err);
            } else {
                err.println("(run again with --verbose for the details)");
            }
            err.flush();
            return ExitCodes.FAILURE;
        });
        return cli;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"r2p-kg " + Version.get()};
        }
    }
}
