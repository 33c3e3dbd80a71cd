package org.w3id.r2p.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.w3id.r2p.graph.GraphValidator;
import org.w3id.r2p.graph.StreamingValidation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the graph against the SHACL shapes.", "Builds the graph and checks it against the SHACL shapes (ontology/shapes.ttl). Prints one "
                + "line per problem (severity, focus node, path, message) and exits with 1 if there is any."})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        StreamingValidation validation = new StreamingValidation(GraphValidator.standard(), corpus.iris());
        corpus.streamer().accept(validation);
        GraphValidator.Result result = validation.result();
        PrintWriter out = spec.commandLine().getOut();
        result.lines().forEach(out::println);
        out.println(result.conforms() ? "The graph conforms to the shapes."
                : "The graph does not conform to the shapes: " + result.lines().size() + " problems.");
        out.flush();
        return result.conforms() ? corpus.exitCode() : ExitCodes.FAILURE;
    }
}
