package org.w3id.r2p.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.DSP;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.r2p.graph.KnowledgeGraph;
import org.w3id.r2p.support.StandaloneFuseki;
import org.w3id.r2p.support.TestGraphs;

/** Pushes to a real standalone Fuseki, started as its own process with HTTP Basic authentication. */
class GraphStorePushTest {
    private static final String USER = "editor";
    private static final String PASSWORD = "s3cret-for-tests";

    @TempDir
    static Path work;
    private static StandaloneFuseki fuseki;

    @BeforeAll
    static void startFuseki() throws Exception {
        Path passwords = work.resolve("passwd");
        Files.writeString(passwords, USER + ": " + PASSWORD + "\n");
        fuseki = StandaloneFuseki.start(work, passwords);
    }

    @AfterAll
    static void stopFuseki() throws Exception {
        fuseki.close();
    }

    @BeforeEach
    void emptyTheStore() {
        dsp().clear();
    }

    @Test
    void afterAPushTheStoreHoldsExactlyTheExportedQuads() {
        KnowledgeGraph graph = TestGraphs.seeds();
        int pushed = GraphStorePush.to(endpoint()).credentials(USER, PASSWORD).push(graph);
        assertEquals(7, pushed);
        DatasetGraph stored = dsp().GET();
        assertTrue(IsoMatcher.isomorphic(graph.namedGraphs(), stored), "the store does not hold exactly the graph");
    }

    @Test
    void pushReplacesItsGraphsAndLeavesOthersAlone() {
        KnowledgeGraph graph = TestGraphs.seeds();
        String documentGraph = graph.graphNames().get(0).getURI();
        gsp().graphName(documentGraph).PUT(oneTriple("https://example.org/stale"));
        gsp().graphName("https://example.org/unrelated-graph").PUT(oneTriple("https://example.org/kept"));

        GraphStorePush.to(endpoint()).credentials(USER, PASSWORD).push(graph);

        Graph replaced = gsp().graphName(documentGraph).GET();
        assertTrue(replaced.isIsomorphicWith(graph.namedGraphs().getGraph(NodeFactory.createURI(documentGraph))));
        assertTrue(gsp().graphName("https://example.org/unrelated-graph").GET().contains(NodeFactory.createURI("https://example.org/kept"), null, null));
    }

    @Test
    void wrongCredentialsAreReportedWithTheStatus() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> GraphStorePush.to(endpoint()).credentials(USER, "wrong").push(TestGraphs.seeds()));
        assertTrue(e.getMessage().contains("401"), e.getMessage());
    }

    private static String endpoint() {
        return fuseki.datasetUrl() + "/data";
    }

    private static GSP gsp() {
        return GSP.service(endpoint()).httpHeader("Authorization", basic());
    }

    /** The whole dataset, through the dataset's own URL. */
    private static DSP dsp() {
        return DSP.service(fuseki.datasetUrl()).httpHeader("Authorization", basic());
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static Graph oneTriple(String subject) {
        Graph g = GraphMemFactory.createDefaultGraph();
        g.add(Triple.create(NodeFactory.createURI(subject), NodeFactory.createURI("https://example.org/p"), NodeFactory.createURI("https://example.org/o")));
        return g;
    }
}
