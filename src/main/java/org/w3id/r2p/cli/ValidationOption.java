package org.w3id.r2p.cli;

import java.io.PrintWriter;

import org.w3id.r2p.graph.DocumentSplit;
import org.w3id.r2p.graph.GraphValidator;
import org.w3id.r2p.graph.IriScheme;
import org.w3id.r2p.graph.KnowledgeGraph;
import org.w3id.r2p.graph.StreamingValidation;

import picocli.CommandLine.Option;

/** The check that commands which publish a graph run first, and the option that skips it. */
final class ValidationOption {
    @Option(names = "--no-validate",
            description = "Publish even if the graph does not conform to the SHACL shapes (ontology/shapes.ttl).")
    boolean skip;

    /** Prints the report and fails if the graph does not conform, unless skipped. */
    void check(KnowledgeGraph graph, PrintWriter err) {
        if (!skip) {
            report(GraphValidator.standard().validate(graph), err);
        }
    }

    /** A sink that validates a streaming build as it goes; null when skipped. */
    StreamingValidation streaming(IriScheme iris) {
        return streaming(new DocumentSplit(iris));
    }

    /** A sink that validates a streaming build as it goes, splitting its graphs with {@code split}; null when skipped. */
    StreamingValidation streaming(DocumentSplit split) {
        return skip ? null : new StreamingValidation(GraphValidator.standard(), split);
    }

    /** After a streaming build: prints the report and fails if the graph does not conform. */
    void check(StreamingValidation validation, PrintWriter err) {
        if (validation != null) {
            report(validation.result(), err);
        }
    }

    private static void report(GraphValidator.Result result, PrintWriter err) {
        if (!result.conforms()) {
            result.lines().forEach(err::println);
            err.flush();
            throw new IllegalStateException("The graph does not conform to the shapes (" + result.lines().size()
                    + " problems above); fix the input or publish anyway with --no-validate.");
        }
    }
}
