package org.w3id.r2p.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;

/**
 * Expected facts written as Turtle: every triple without blank nodes must be in the graph; the triples about one
 * blank node must all match one resource of the graph (the blank node stands for "some statement that ...").
 * Checked as SPARQL ASK queries built with Jena's query API.
 */
public final class GraphExpectations {
    /** One group of expected triples and whether the graph has it. */
    public record Check(String description, boolean holds) {}

    private GraphExpectations() {}

    public static List<Check> check(Graph actual, Path expectedTurtle) {
        Graph expected = RDFParser.source(expectedTurtle).toGraph();
        List<Check> checks = new ArrayList<>();
        for (List<Triple> group : groups(expected)) {
            checks.add(new Check(describe(group, expected), ask(actual, group)));
        }
        return checks;
    }

    /** Triples without blank nodes one by one; triples joined by blank nodes together. */
    private static List<List<Triple>> groups(Graph expected) {
        List<List<Triple>> groups = new ArrayList<>();
        Map<Node, List<Triple>> byBlank = new LinkedHashMap<>();
        expected.find().forEachRemaining(t -> {
            List<Node> blanks = Stream.of(t.getSubject(), t.getObject()).filter(Node::isBlank).toList();
            if (blanks.isEmpty()) {
                groups.add(List.of(t));
                return;
            }
            List<Triple> group = new ArrayList<>();
            group.add(t);
            for (Node blank : blanks) {
                List<Triple> existing = byBlank.get(blank);
                if (existing != null && existing != group) {
                    existing.forEach(e -> { if (!group.contains(e)) group.add(e); });
                }
            }
            group.stream().flatMap(g -> Stream.of(g.getSubject(), g.getObject())).filter(Node::isBlank)
                    .forEach(b -> byBlank.put(b, group));
        });
        byBlank.values().stream().distinct().forEach(groups::add);
        return groups;
    }

    private static boolean ask(Graph actual, List<Triple> group) {
        ElementTriplesBlock pattern = new ElementTriplesBlock();
        for (Triple t : group) {
            pattern.addTriple(Triple.create(variable(t.getSubject()), t.getPredicate(), variable(t.getObject())));
        }
        Query query = new Query();
        query.setQueryAskType();
        query.setQueryPattern(pattern);
        try (QueryExecution execution = QueryExecution.model(ModelFactory.createModelForGraph(actual)).query(query).build()) {
            return execution.execAsk();
        }
    }

    private static Node variable(Node node) {
        return node.isBlank() ? Var.alloc("b" + Integer.toHexString(node.getBlankNodeLabel().hashCode())) : node;
    }

    private static String describe(List<Triple> group, Graph prefixes) {
        Graph g = GraphMemFactory.createDefaultGraph();
        group.forEach(g::add);
        g.getPrefixMapping().setNsPrefixes(prefixes.getPrefixMapping());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
        return out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("PREFIX") && !l.isBlank())
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
