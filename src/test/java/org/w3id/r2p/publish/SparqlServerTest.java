package org.w3id.r2p.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3id.r2p.graph.KnowledgeGraph;
import org.w3id.r2p.support.TestGraphs;

class SparqlServerTest {
    private static final String COUNT_STATES = """
            PREFIX r2p: <https://w3id.org/r2p/ontology#>
            SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a r2p:State }""";

    private final HttpClient http = HttpClient.newHttpClient();
    private SparqlServer server;

    @BeforeEach
    void start() {
        server = SparqlServer.builder(TestGraphs.seeds()).port(0).build().start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void answersAQueryOverHttpGetWithJsonResults() throws Exception {
        HttpResponse<String> response = get(COUNT_STATES, "application/sparql-results+json");
        assertEquals(200, response.statusCode());
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        assertEquals(statesInGraph(TestGraphs.seeds()), results.next().getLiteral("n").getInt());
    }

    @Test
    void defaultGraphIsTheUnionOfTheDocumentGraphs() throws Exception {
        HttpResponse<String> response = get("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "text/csv");
        assertEquals("n\r\n7\r\n", response.body(), "five documents, the ontology and the topics");
        assertTrue(statesInGraph(TestGraphs.seeds()) > 60);
    }

    @Test
    void answersPostedQueriesInCsvTsvAndXml() throws Exception {
        for (String accept : new String[] {"text/csv", "text/tab-separated-values", "application/sparql-results+xml"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.endpoint()))
                    .header("Content-Type", "application/sparql-query").header("Accept", accept)
                    .POST(HttpRequest.BodyPublishers.ofString(COUNT_STATES)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), accept);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(accept), accept);
        }
    }

    @Test
    void refusesSparqlUpdate() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.endpoint()))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertClientError(response.statusCode());
        HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(base() + "/update"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode("CLEAR ALL", StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertClientError(update.statusCode());
        assertEquals(statesInGraph(TestGraphs.seeds()), countOverHttp());
    }

    @Test
    void refusesGraphStoreWrites() throws Exception {
        for (String method : new String[] {"PUT", "POST", "DELETE"}) {
            // A new client each time: the server may close a connection whose request body it refused unread.
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + "?default"))
                    .header("Content-Type", "text/turtle")
                    .method(method, HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertClientError(response.statusCode());
        }
        assertEquals(statesInGraph(TestGraphs.seeds()), countOverHttp());
    }

    @Test
    void malformedQueryGetsBadRequestWithAReadableMessage() throws Exception {
        HttpResponse<String> response = get("SELECT * WHERE { ?s ?p }", "application/sparql-results+json");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Parse error"), response.body());
        assertTrue(!response.body().contains("at org.apache"), "no stack trace: " + response.body());
    }

    @Test
    void refusesHostsItCannotBindSafely() {
        KnowledgeGraph graph = TestGraphs.seeds();
        assertThrows(IllegalArgumentException.class, () -> SparqlServer.builder(graph).host("192.0.2.1"));
        assertThrows(IllegalArgumentException.class, () -> SparqlServer.builder(graph).port(70000));
    }

    private int countOverHttp() throws IOException, InterruptedException {
        HttpResponse<String> response = get(COUNT_STATES, "text/csv");
        return Integer.parseInt(response.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    private HttpResponse<String> get(String query, String accept) throws IOException, InterruptedException {
        URI uri = URI.create(server.endpoint() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri).header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return server.endpoint().substring(0, server.endpoint().length() - "/sparql".length());
    }

    private static void assertClientError(int status) {
        assertTrue(status >= 400 && status < 500, "expected 4xx, got " + status);
    }

    private static int statesInGraph(KnowledgeGraph graph) {
        try (QueryExecution execution = QueryExecution.model(ModelFactory.createModelForGraph(graph.union())).query(COUNT_STATES).build()) {
            return ResultSetFactory.copyResults(execution.execSelect()).next().getLiteral("n").getInt();
        }
    }
}
