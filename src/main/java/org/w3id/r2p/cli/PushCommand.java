package org.w3id.r2p.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.w3id.r2p.graph.KnowledgeGraph;
import org.w3id.r2p.publish.GraphStorePush;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "push", mixinStandardHelpOptions = true,
        description = {"Upload the named graphs to a Graph Store Protocol endpoint.", "Builds and validates the graph, then uploads every named graph to a SPARQL 1.1 Graph Store "
                + "Protocol endpoint (e.g. Fuseki's http://HOST:3030/DATASET/data), replacing those graphs there. "
                + "Use it to move a corpus to an existing triplestore."})
final class PushCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Mixin
    ValidationOption validation;

    @Option(names = "--endpoint", paramLabel = "URL", required = true, description = "Graph Store Protocol endpoint.")
    String endpoint;

    @Option(names = "--user", paramLabel = "USER", description = "User name for HTTP Basic authentication.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File whose first line is the password (kept out of the command line and shell history).")
    Path passwordFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if ((user == null) != (passwordFile == null)) {
            throw new ParameterException(spec.commandLine(), "--user and --password-file go together");
        }
        GraphStorePush push = GraphStorePush.to(endpoint);
        if (user != null) {
            String password = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            push = push.credentials(user, password);
        }
        KnowledgeGraph graph = corpus.build();
        validation.check(graph, spec.commandLine().getErr());
        int graphs = push.push(graph);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Pushed " + graphs + " named graphs to " + endpoint);
        out.flush();
        return corpus.exitCode();
    }
}
