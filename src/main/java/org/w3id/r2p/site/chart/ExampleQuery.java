package org.w3id.r2p.site.chart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;

/**
 * One of the example queries shipped in the jar ({@code sparql-examples/NAME.rq}), which a chart is a view of:
 * the chart runs the very query a reader can open in the query UI, optionally for one resource.
 */
record ExampleQuery(String name, String text) {
    private static final String FOLDER = "org/w3id/r2p/sparql-examples/";

    static ExampleQuery named(String name) {
        try (InputStream in = ExampleQuery.class.getClassLoader().getResourceAsStream(FOLDER + name + ".rq")) {
            if (in == null) {
                throw new IllegalStateException("The example query " + name + " is not in the jar");
            }
            return new ExampleQuery(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the example query " + name, e);
        }
    }

    /** The rows of the query over the graph; with a variable and a value, for that value only. */
    List<Binding> rows(Graph graph, String variable, Node value) {
        QueryExecBuilder exec = QueryExec.graph(graph).query(text);
        if (variable != null) {
            exec = exec.substitution(variable, value);
        }
        return Iter.toList(exec.select());
    }

    /** Where the query opens in the query UI. */
    String path() {
        return "/query?example=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }
}
