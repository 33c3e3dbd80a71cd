package org.w3id.r2p.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;

/** A trailing one-row VALUES becomes a BIND, with the same answers in the same order, and stops on time. */
class SingleRowValuesTest {
    private static final String PATTERN = "SELECT ?s ?o WHERE { ?s <http://example.org/p> ?o } ORDER BY ?o";

    @Test
    void aTrailingOneRowValuesIsABind() {
        Op op = Algebra.compile(QueryFactory.create(PATTERN + " VALUES ?nonce { \"n1\" }"));
        String rewritten = SingleRowValues.rewrite(op).toString();
        assertTrue(rewritten.contains("(extend ((?nonce \"n1\"))"), rewritten);
        assertTrue(!rewritten.contains("table"), rewritten);
    }

    @Test
    void valuesThatJoinOnAVariableOrHaveManyRowsAreLeftAlone() {
        Op shared = Algebra.compile(QueryFactory.create(PATTERN + " VALUES ?o { \"a\" }"));
        assertSame(shared, SingleRowValues.rewrite(shared));
        Op twoRows = Algebra.compile(QueryFactory.create(PATTERN + " VALUES ?nonce { \"a\" \"b\" }"));
        assertSame(twoRows, SingleRowValues.rewrite(twoRows));
        Op undefined = Algebra.compile(QueryFactory.create(PATTERN + " VALUES (?nonce ?other) { (\"a\" UNDEF) }"));
        assertSame(undefined, SingleRowValues.rewrite(undefined));
    }

    @Test
    void theAnswerIsTheSameBytesAsWithoutTheValues() {
        DatasetGraph dataset = dataset();
        assertEquals(json(dataset, "SELECT ?s ?o WHERE { ?s <http://example.org/p> ?o }"),
                json(dataset, "SELECT ?s ?o WHERE { ?s <http://example.org/p> ?o } VALUES ?nonce { \"n1\" }"));
    }

    @Test
    void aHeavyQueryEndingInValuesStopsOnTime() {
        DatasetGraph dataset = dataset();
        dataset.getContext().set(ARQ.queryTimeout, "500");
        String heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } VALUES ?nonce { \"n1\" }";
        StopsOnTime.assertStopsOnTime(() -> json(dataset, heavy));
    }

    private static DatasetGraph dataset() {
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        for (int i = 0; i < 200; i++) {
            dataset.getDefaultGraph().add(Triple.create(NodeFactory.createURI("http://example.org/s" + i % 37),
                    NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("o" + i)));
        }
        StoppableRegexRewrite.install(dataset.getContext());
        return dataset;
    }

    private static String json(DatasetGraph dataset, String query) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            ResultsWriter.create().lang(ResultSetLang.RS_JSON).build().write(bytes, exec.select());
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
