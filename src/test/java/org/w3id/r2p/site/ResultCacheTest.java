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

import org.junit.jupiter.api.Test;
import org.w3id.r2p.publish.SparqlServer;
import org.w3id.r2p.support.TestGraphs;

class ResultCacheTest {
    private static final String QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aRepeatedQueryIsAnsweredFromTheCacheWithTheSameBytes() throws Exception {
        SparqlServer server = SparqlServer.builder(TestGraphs.seeds()).port(0).cacheBytes(1 << 20).build().start();
        try {
            HttpResponse<String> first = get(server, QUERY, "text/csv");
            HttpResponse<String> second = get(server, QUERY, "text/csv");
            assertFalse(first.headers().firstValue("X-Cache").isPresent());
            assertEquals("hit", second.headers().firstValue("X-Cache").orElse(""));
            assertEquals(first.body(), second.body());
            assertEquals(first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));
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
            HttpResponse<String> again = get(cached, "SELECT * WHERE { ?s ?p }", "text/csv");
            assertEquals(400, again.statusCode());
            assertFalse(again.headers().firstValue("X-Cache").isPresent());
        } finally {
            cached.stop();
        }
        SparqlServer uncached = SparqlServer.builder(TestGraphs.seeds()).port(0).cacheBytes(0).build().start();
        try {
            get(uncached, QUERY, "text/csv");
            assertFalse(get(uncached, QUERY, "text/csv").headers().firstValue("X-Cache").isPresent());
        } finally {
            uncached.stop();
        }
    }

    private HttpResponse<String> get(SparqlServer server, String query, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.endpoint() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }
}
