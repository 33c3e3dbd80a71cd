package org.w3id.r2p.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSetOps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The query timeout stops REGEX and REPLACE however they backtrack, and they still give Jena's answers. */
class StoppableRegexTest {
    /** Forty-six characters on which {@code (.*a){50}} backtracks for hours. */
    private static final String BACKTRACKING_TEXT = "a".repeat(45) + "b";

    /** Jena's first query initialises the whole library, which would count against the timings below. */
    @BeforeAll
    static void warmUp() {
        DatasetGraph untimed = DatasetGraphFactory.createTxnMem();
        StoppableRegexRewrite.install(untimed.getContext());
        try (QueryExec exec = QueryExec.dataset(untimed).query("SELECT (REPLACE(\"a\", \"a\", \"b\") AS ?x) { }").build()) {
            RowSetOps.consume(exec.select());
        }
    }

    /** A dataset whose queries stop after half a second, as the server sets its timeout. */
    private static DatasetGraph dataset() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        dataset.getContext().set(ARQ.queryTimeout, "500");
        StoppableRegexRewrite.install(dataset.getContext());
        return dataset;
    }

    private static long secondsToStop(String query) {
        long started = System.nanoTime();
        assertThrows(QueryCancelledException.class, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset()).query(query).build()) {
                RowSetOps.consume(exec.select());
            }
        });
        return Duration.ofNanos(System.nanoTime() - started).toSeconds();
    }

    @Test
    void aBacktrackingRegexInAFilterStopsAtTheTimeout() {
        long seconds = secondsToStop("SELECT * { BIND(\"" + BACKTRACKING_TEXT + "\" AS ?x) FILTER(regex(?x, \"(.*a){50}\")) }");
        assertTrue(seconds < 5, "stopped only after " + seconds + " s");
    }

    @Test
    void aBacktrackingReplaceOfConstantsStopsAtTheTimeout() {
        long seconds = secondsToStop("SELECT (REPLACE(\"" + BACKTRACKING_TEXT + "\", \"(.*a){50}\", \"x\") AS ?y) { }");
        assertTrue(seconds < 5, "stopped only after " + seconds + " s");
    }

    @Test
    void regexAndReplaceAnswerAsInJena() {
        // Language tags kept, an empty match replaced once, no match leaving the text as it was.
        String query = "SELECT ?m ?r ?e ?l { VALUES ?x { \"Ghana\"@en } "
                + "BIND(regex(?x, \"^gh\", \"i\") AS ?m) BIND(REPLACE(?x, \"a\", \"4\") AS ?r) "
                + "BIND(REPLACE(\"abc\", \"x*\", \"-\") AS ?e) BIND(REPLACE(?x, \"z\", \"y\") AS ?l) }";
        DatasetGraph plain = DatasetGraphFactory.createTxnMem();
        assertEquals(table(plain, query), table(dataset(), query));
        assertTrue(table(dataset(), query).contains("Gh4n4"), table(dataset(), query));
    }

    private static String table(DatasetGraph dataset, String query) {
        try (QueryExecution exec = QueryExecution.create(query, org.apache.jena.query.DatasetFactory.wrap(dataset))) {
            return ResultSetFormatter.asText(exec.execSelect());
        }
    }

}
