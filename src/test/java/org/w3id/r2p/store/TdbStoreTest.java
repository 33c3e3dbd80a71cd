package org.w3id.r2p.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.r2p.graph.KnowledgeGraph;
import org.w3id.r2p.publish.SparqlServer;
import org.w3id.r2p.search.SearchIndex;
import org.w3id.r2p.support.TestGraphs;

class TdbStoreTest {
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

    @Test
    void storeHoldsExactlyTheNamedGraphsAndAnswersOverTheirUnion(@TempDir Path dir) {
        KnowledgeGraph graph = TestGraphs.seeds();
        Path store = dir.resolve("store");
        TdbStore.write(graph, store);
        DatasetGraph dataset = TdbStore.open(store);
        try {
            Txn.executeRead(dataset, () -> {
                assertTrue(IsoMatcher.isomorphic(graph.namedGraphs(), dataset), "the store differs from the graph");
                assertEquals(graph.union().size(), count(dataset));
            });
        } finally {
            TdbStore.close(dataset);
        }
    }

    @Test
    void storeLoadedFromAStreamHoldsTheNamedGraphs(@TempDir Path dir) {
        KnowledgeGraph graph = TestGraphs.seeds();
        Path store = dir.resolve("store");
        TdbStore.load(store, graph.prefixes(), sink -> {
            graph.graphNames().forEach(name -> sink.graph(name, graph.namedGraphs().getGraph(name)));
            sink.finish();
        });
        DatasetGraph dataset = TdbStore.open(store);
        try {
            Txn.executeRead(dataset, () -> {
                assertTrue(IsoMatcher.isomorphic(graph.namedGraphs(), dataset), "the store differs from the graph");
                assertEquals(graph.prefixes().getMapping(), dataset.prefixes().getMapping());
            });
        } finally {
            TdbStore.close(dataset);
        }
    }

    @Test
    void storeLoadedFromAStreamSearchesAsTheGraphItWasBuiltFrom(@TempDir Path dir) throws Exception {
        KnowledgeGraph graph = TestGraphs.seeds();
        Path store = dir.resolve("store");
        TdbStore.load(store, graph.prefixes(), sink -> {
            graph.graphNames().forEach(name -> sink.graph(name, graph.namedGraphs().getGraph(name)));
            sink.finish();
        });
        DatasetGraph dataset = TdbStore.open(store);
        try {
            long inMemory = SearchIndex.searchOf(TestGraphs.searchableSeeds()).find("genocide", 1).total();
            assertTrue(inMemory > 0);
            assertEquals(inMemory, SearchIndex.searchOf(dataset).find("genocide", 1).total());
        } finally {
            TdbStore.close(dataset);
        }
    }

    @Test
    void failedStreamedLoadLeavesNoStore(@TempDir Path dir) {
        Path store = dir.resolve("store");
        KnowledgeGraph graph = TestGraphs.seeds();
        assertThrows(IllegalStateException.class, () -> TdbStore.load(store, graph.prefixes(), sink -> {
            Node first = graph.graphNames().get(0);
            sink.graph(first, graph.namedGraphs().getGraph(first));
            throw new IllegalStateException("the graph does not conform");
        }));
        assertFalse(Files.exists(store));
        assertFalse(Files.exists(dir.resolve("store.building")));
    }

    @Test
    void failedRebuildLeavesThePreviousStoreServing(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        TdbStore.write(TestGraphs.seeds(), store);
        DatasetGraph dataset = TdbStore.open(store);
        SparqlServer server = SparqlServer.builder(dataset).port(0).build().start();
        try {
            String before = countOverHttp(server);
            assertThrows(IllegalStateException.class, () -> TdbStore.replace(store, fresh -> {
                fresh.add(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"),
                        NodeFactory.createURI("urn:o"));
                throw new IllegalStateException("interrupted");
            }));
            assertEquals(before, countOverHttp(server));
            assertFalse(Files.exists(dir.resolve("store.building")), "the failed build is cleaned up");
        } finally {
            server.stop();
            TdbStore.close(dataset);
        }
        DatasetGraph reopened = TdbStore.open(store);
        try {
            Txn.executeRead(reopened, () -> assertEquals(TestGraphs.seeds().union().size(), count(reopened)));
        } finally {
            TdbStore.close(reopened);
        }
    }

    @Test
    void rebuildReplacesTheStore(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        TdbStore.write(TestGraphs.seeds(), store);
        KnowledgeGraph other = TestGraphs.of(Path.of("src/test/resources/cases/press-release/corpus"));
        TdbStore.write(other, store);
        DatasetGraph dataset = TdbStore.open(store);
        try {
            Txn.executeRead(dataset, () -> assertTrue(IsoMatcher.isomorphic(other.namedGraphs(), dataset)));
            DatasetGraph otherInMemory = SearchIndex.inMemory(other.forQuery(), other.union());
            assertEquals(SearchIndex.searchOf(otherInMemory).find("*:*", 1).total(),
                    SearchIndex.searchOf(dataset).find("*:*", 1).total(), "the text index is rebuilt with the store");
        } finally {
            TdbStore.close(dataset);
        }
        assertFalse(Files.exists(dir.resolve("store.retired")));
    }

    /** What a build killed between its two renames leaves: the old store retired, the new one not yet in place. */
    @Test
    void aSwapKilledBetweenItsRenamesLeavesTheOldStoreServable(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        KnowledgeGraph old = TestGraphs.of(Path.of("src/test/resources/cases/press-release/corpus"));
        TdbStore.write(old, store);
        Files.move(store, dir.resolve("store.retired"));
        Files.createDirectories(dir.resolve("store.building"));

        DatasetGraph reopened = TdbStore.open(store);
        try {
            Txn.executeRead(reopened, () -> assertTrue(IsoMatcher.isomorphic(old.namedGraphs(), reopened)));
        } finally {
            TdbStore.close(reopened);
        }
        assertFalse(Files.exists(dir.resolve("store.retired")), "the retired store was moved back");
    }

    @Test
    void aFailedBuildAfterAKilledSwapStillLeavesTheOldStore(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        KnowledgeGraph old = TestGraphs.of(Path.of("src/test/resources/cases/press-release/corpus"));
        TdbStore.write(old, store);
        Files.move(store, dir.resolve("store.retired"));
        assertThrows(IllegalStateException.class, () -> TdbStore.replace(store, fresh -> {
            throw new IllegalStateException("the next build fails too");
        }));
        DatasetGraph reopened = TdbStore.open(store);
        try {
            Txn.executeRead(reopened, () -> assertTrue(IsoMatcher.isomorphic(old.namedGraphs(), reopened)));
        } finally {
            TdbStore.close(reopened);
        }
    }

    @Test
    void aFolderThatCannotBeWrittenIsReportedInOneLine(@TempDir Path dir) throws Exception {
        Path readOnly = Files.createDirectories(dir.resolve("read-only"));
        assumeTrue(readOnly.toFile().setWritable(false, false) && !Files.isWritable(readOnly),
                "the file system lets this user write anyway (root)");
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> TdbStore.write(TestGraphs.seeds(), readOnly.resolve("store")));
            assertTrue(e.getMessage().contains(readOnly.toString()) && e.getMessage().contains("permission denied"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        } finally {
            readOnly.toFile().setWritable(true, false);
        }
    }

    @Test
    void servedStoreSearchesAsTheGraphItWasBuiltFrom(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        TdbStore.write(TestGraphs.seeds(), store);
        DatasetGraph dataset = TdbStore.open(store);
        SparqlServer server = SparqlServer.builder(dataset).port(0).build().start();
        try {
            long inMemory = SearchIndex.searchOf(TestGraphs.searchableSeeds()).find("genocide", 1).total();
            HttpResponse<String> search = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.url() + "/search?q=genocide&format=json")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, search.statusCode(), search.body());
            assertEquals(inMemory, JSON.parse(search.body()).get("total").getAsNumber().value().longValue());
            String textQuery = "PREFIX text: <http://jena.apache.org/text#> PREFIX r2p: <https://w3id.org/r2p/ontology#> "
                    + "SELECT (COUNT(*) AS ?n) WHERE { ?s text:query (r2p:text \"genocide\") ; a r2p:Statement }";
            HttpResponse<String> rows = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.endpoint()
                    + "?query=" + URLEncoder.encode(textQuery, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, rows.statusCode(), rows.body());
            assertTrue(Integer.parseInt(rows.body().lines().skip(1).findFirst().orElseThrow().strip()) > 5, rows.body());
        } finally {
            server.stop();
            TdbStore.close(dataset);
        }
    }

    @Test
    void storeWithoutATextIndexStillOpensWithoutSearch(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        TdbStore.write(TestGraphs.seeds(), store);
        try (var files = Files.walk(store.resolve(SearchIndex.FOLDER))) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        DatasetGraph dataset = TdbStore.open(store);
        try {
            assertNull(SearchIndex.searchOf(dataset));
            Txn.executeRead(dataset, () -> assertEquals(TestGraphs.seeds().union().size(), count(dataset)));
        } finally {
            TdbStore.close(dataset);
        }
    }

    @Test
    void refusesAFolderThatIsNotAStore(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TdbStore.open(dir));
        assertTrue(e.getMessage().contains("build --tdb"), e.getMessage());
    }

    private static long count(DatasetGraph dataset) {
        try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(COUNT).build()) {
            return execution.execSelect().next().getLiteral("n").getLong();
        }
    }

    private static String countOverHttp(SparqlServer server) throws Exception {
        URI uri = URI.create(server.endpoint() + "?query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(uri).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response.body();
    }
}
