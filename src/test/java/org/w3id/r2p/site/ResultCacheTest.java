package org.w3id.r2p.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.w3id.r2p.publish.SparqlServer;
import org.w3id.r2p.support.TestGraphs;

class ResultCacheTest {
    private static final String QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aQueryAskedAgainIsAnsweredFromTheCacheWithTheSameBytes() throws Exception {
        SparqlServer server = SparqlServer.builder(TestGraphs.seeds()).port(0).cacheBytes(1 << 20).build().start();
        try {
            HttpResponse<String> first = get(server, QUERY, "text/csv");
            HttpResponse<String> second = get(server, QUERY, "text/csv");
            HttpResponse<String> third = get(server, QUERY, "text/csv");
            assertFalse(first.headers().firstValue("X-Cache").isPresent());
            assertFalse(second.headers().firstValue("X-Cache").isPresent(), "kept at its second answer");
            assertEquals("hit", third.headers().firstValue("X-Cache").orElse(""));
            assertEquals(first.body(), third.body());
            assertEquals(first.headers().firstValue("Content-Type"), third.headers().firstValue("Content-Type"));
            HttpResponse<String> json = get(server, QUERY, "application/sparql-results+json");
            assertFalse(json.headers().firstValue("X-Cache").isPresent(), "another format is another result");
            assertTrue(json.body().contains("\"bindings\""));
        } finally {
            server.stop();
        }
    }

    @Test
    void errorsAreNotCachedAndTheCacheCanBeOff() throws Exception {
        SparqlServer cached = SparqlServer.builder(TestGraphs.seeds()).port(0).cacheBytes(1 << 20).build().start();
        try {
            get(cached, "SELECT * WHERE { ?s ?p }", "text/csv");
            get(cached, "SELECT * WHERE { ?s ?p }", "text/csv");
            HttpResponse<String> again = get(cached, "SELECT * WHERE { ?s ?p }", "text/csv");
            assertEquals(400, again.statusCode());
            assertFalse(again.headers().firstValue("X-Cache").isPresent());
        } finally {
            cached.stop();
        }
        SparqlServer uncached = SparqlServer.builder(TestGraphs.seeds()).port(0).cacheBytes(0).build().start();
        try {
            get(uncached, QUERY, "text/csv");
            get(uncached, QUERY, "text/csv");
            assertFalse(get(uncached, QUERY, "text/csv").headers().firstValue("X-Cache").isPresent());
        } finally {
            uncached.stop();
        }
    }

    @Test
    void postedQueriesShareTheCacheWithGet() throws Exception {
        SparqlServer server = SparqlServer.builder(TestGraphs.seeds()).port(0).cacheBytes(1 << 20).build().start();
        try {
            get(server, QUERY, "text/csv");
            HttpResponse<String> get = get(server, QUERY, "text/csv");
            HttpResponse<String> direct = post(server, "application/sparql-query", "\r\n" + QUERY + "\n", "text/csv");
            assertEquals("hit", direct.headers().firstValue("X-Cache").orElse(""), "the same query, trimmed");
            assertEquals(get.body(), direct.body());
            HttpResponse<String> form = post(server, "application/x-www-form-urlencoded",
                    "query=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8), "text/csv");
            assertEquals("hit", form.headers().firstValue("X-Cache").orElse(""));
            assertEquals(get.body(), form.body());

            String other = "ASK { ?s ?p ?o }";
            HttpResponse<String> first = post(server, "application/sparql-query", other, "application/sparql-results+json");
            assertFalse(first.headers().firstValue("X-Cache").isPresent());
            post(server, "application/x-www-form-urlencoded", "query=" + URLEncoder.encode(other, StandardCharsets.UTF_8),
                    "application/sparql-results+json");
            HttpResponse<String> third = post(server, "application/sparql-query", other, "application/sparql-results+json");
            assertEquals("hit", third.headers().firstValue("X-Cache").orElse(""), "a form counts as the same query");
            assertTrue(third.body().contains("true"));
        } finally {
            server.stop();
        }
    }

    @Test
    void aLongPostedQueryIsAnsweredButNotKept() throws Exception {
        SparqlServer server = SparqlServer.builder(TestGraphs.seeds()).port(0).cacheBytes(1 << 20).build().start();
        try {
            String query = "# " + "x".repeat(QueryRequest.MAX_KEYED_BYTES) + "\n" + QUERY;
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> response = post(server, "application/sparql-query", query, "text/csv");
                assertEquals(200, response.statusCode());
                assertTrue(response.body().startsWith("n\r\n"), response.body());
                assertFalse(response.headers().firstValue("X-Cache").isPresent());
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void aQueryStoppedByTheTimeoutGets503AndIsNotKept() throws Exception {
        SparqlServer server = SparqlServer.builder(TestGraphs.seeds()).port(0).cacheBytes(1 << 20)
                .maxResultBytes(1L << 30).timeout(Duration.ofSeconds(2)).build().start();
        try {
            String crossProduct = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }";
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> response = get(server, crossProduct, "application/sparql-results+json");
                assertEquals(503, response.statusCode(), response.body().length() > 300 ? response.body().substring(0, 300) : response.body());
                assertFalse(response.headers().firstValue("X-Cache").isPresent(), "a failed answer is never kept");
                assertFalse(response.body().contains("bindings"), "no part of the results is sent");
                assertTrue(response.body().contains("time limit"), "stopped while writing: " + response.body());
            }
            HttpResponse<String> next = get(server, "ASK {}", "text/csv");
            assertEquals(200, next.statusCode(), "the server goes on answering: " + next.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void anAnswerLargerThanTheBoundGets413SuggestingLimit() throws Exception {
        SparqlServer server = SparqlServer.builder(TestGraphs.seeds()).port(0).maxResultBytes(20_000).build().start();
        try {
            HttpResponse<String> large = get(server, "SELECT * WHERE { ?s ?p ?o }", "text/csv");
            assertEquals(413, large.statusCode());
            assertTrue(large.body().contains("LIMIT"), large.body());
            assertTrue(large.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
            HttpResponse<String> paged = get(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 10", "text/csv");
            assertEquals(200, paged.statusCode());
            assertEquals(11, paged.body().lines().count());
        } finally {
            server.stop();
        }
    }

    private HttpResponse<String> post(SparqlServer server, String contentType, String body, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.endpoint())).header("Content-Type", contentType)
                .header("Accept", accept).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(SparqlServer server, String query, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.endpoint() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }
}
