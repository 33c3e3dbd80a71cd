package org.w3id.r2p.cli;

import java.io.PrintWriter;

import org.w3id.r2p.graph.GraphValidator;
import org.w3id.r2p.graph.KnowledgeGraph;

import picocli.CommandLine.Option;

/** The check that commands which publish a graph run first, and the option that skips it. */
final class ValidationOption {
    @Option(names = "--no-validate",
            description = "Publish even if the graph does not conform to the SHACL shapes (ontology/shapes.ttl).")
    boolean skip;

    /** Prints the report and fails if the graph does not conform, unless skipped. */
    void check(KnowledgeGraph graph, PrintWriter err) {
        if (skip) {
            return;
        }
        GraphValidator.Result result = GraphValidator.standard().validate(graph);
        if (!result.conforms()) {
            result.lines().forEach(err::println);
            err.flush();
            throw new IllegalStateException("The graph does not conform to the shapes (" + result.lines().size()
                    + " problems above); fix the input or publish anyway with --no-validate.");
        }
    }
}
