package org.w3id.r2p.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.r2p.store.TdbStore;
import org.w3id.r2p.support.TestGraphs;

/**
 * Heavy queries of every shape get the server's timeout reply on time, over HTTP, from servers built as {@code serve}
 * builds them: the seed graph in memory and the same graph in a TDB2 store. Most of these shapes did their heavy
 * work while Jena planned the query (a join's or MINUS's first row), where the timeout did not reach, and ran until
 * the server was stopped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileQueryTest {
    private static final String HEAVY = "?a ?p ?b . ?c ?q ?d . ?e ?r ?f";
    private static final String COUNT = "{ SELECT (COUNT(*) AS ?n) WHERE { " + HEAVY + " } }";
    private static final String NO_ROW = HEAVY + " . FILTER(STR(?f) = \"none\")";
    private static final String PATH = "(<urn:p>|!<urn:q>)*";
    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    @TempDir
    static Path folder;
    private final HttpClient http = HttpClient.newHttpClient();
    private DatasetGraph store;
    private SparqlServer inMemory;
    private SparqlServer tdb;

    static Stream<String> shapes() {
        return Stream.of(
                "SELECT (COUNT(*) AS ?n) WHERE { " + HEAVY + " } VALUES ?x { 1 2 }",
                "SELECT (COUNT(*) AS ?n) WHERE { VALUES ?x { 1 2 } " + HEAVY + " }",
                "SELECT * WHERE { " + COUNT + " VALUES ?x { 1 2 } }",
                "SELECT * WHERE { ?s a ?t OPTIONAL { " + COUNT + " VALUES ?x { 1 2 } } }",
                "SELECT ?a WHERE { " + NO_ROW + " } GROUP BY ?a VALUES ?x { 1 2 }",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b MINUS { VALUES ?x { 1 2 } ?a ?q ?d . ?e ?r ?f . FILTER(STR(?f) = \"none\") } }",
                "SELECT * WHERE { ?a a ?t MINUS { " + NO_ROW + " } }",
                "SELECT * WHERE { " + COUNT + " OPTIONAL { ?s ?p2 ?o . FILTER(?o != ?n) } }",
                "SELECT * WHERE { ?s a ?t OPTIONAL { " + COUNT + " FILTER(?n > 0) } }",
                "SELECT * WHERE { " + COUNT + " { SELECT (COUNT(*) AS ?m) WHERE { ?g ?s ?h } } }",
                "SELECT (COUNT(*) AS ?n) WHERE { { ?a ?p ?b . ?c ?q ?d } { ?e ?r ?f . ?g ?s ?h } }",
                "SELECT * WHERE { { SELECT ?f WHERE { " + HEAVY + " } ORDER BY ?f LIMIT 1 } VALUES ?x { 1 2 } }",
                "SELECT * WHERE { { SELECT ?a (COUNT(*) AS ?n) WHERE { " + HEAVY + " } GROUP BY ?a } VALUES ?x { 1 2 } }",
                "SELECT * WHERE { { SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b FILTER NOT EXISTS { ?c ?q ?d . ?e ?r ?f . FILTER(STR(?f) = \"none\") } } } VALUES ?x { 1 2 } }",
                "SELECT * WHERE { { SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b FILTER EXISTS { ?c ?q ?d . ?e ?r ?f . FILTER(STR(?f) = \"none\") } } } VALUES ?x { 1 2 } }",
                "SELECT * WHERE { { SELECT (COUNT(*) AS ?n) WHERE { ?a " + PATH + " ?b . ?c " + PATH + " ?d } } VALUES ?x { 1 2 } }",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a " + PATH + " ?b . ?c " + PATH + " ?d }",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a (^!<urn:q>)* ?b . ?c ?q ?d } VALUES ?x { 1 2 }");
    }

    static Stream<Arguments> servedShapes() {
        return shapes().flatMap(query -> Stream.of(Arguments.of("in memory", query), Arguments.of("TDB2", query)));
    }

    @BeforeAll
    void start() {
        inMemory = SparqlServer.builder(TestGraphs.seeds()).port(0).timeout(TIMEOUT).build().start();
        TdbStore.write(TestGraphs.seeds(), folder.resolve("store"));
        store = TdbStore.open(folder.resolve("store"));
        tdb = SparqlServer.builder(store).port(0).timeout(TIMEOUT).build().start();
    }

    @AfterAll
    void stop() {
        inMemory.stop();
        tdb.stop();
        TdbStore.close(store);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("servedShapes")
    void stopsOnTimeAndTheServerAnswersNext(String where, String query) throws Exception {
        SparqlServer server = where.equals("TDB2") ? tdb : inMemory;
        StopsOnTime.assertTimeoutReply(() -> post(server, query));
        assertEquals(200, post(server, "ASK { ?s ?p ?o }").statusCode());
        StopsOnTime.assertNoQueryRunning();
    }

    private HttpResponse<String> post(SparqlServer server, String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.endpoint()))
                .timeout(StopsOnTime.LIMIT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
