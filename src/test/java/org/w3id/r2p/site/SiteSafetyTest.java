package org.w3id.r2p.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.r2p.publish.SparqlServer;
import org.w3id.r2p.support.TestGraphs;

import com.sun.net.httpserver.HttpServer;

/** The endpoint is safe to expose: heavy queries stop, SERVICE reaches only allowed hosts, text cannot inject markup. */
class SiteSafetyTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aHeavyQueryIsStoppedByTheTimeout() throws Exception {
        SparqlServer server = SparqlServer.builder(TestGraphs.seeds()).port(0).timeout(Duration.ofSeconds(1)).build().start();
        try {
            String crossProduct = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.endpoint() + "?query="
                    + URLEncoder.encode(crossProduct, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(response.statusCode() >= 400 || !response.body().contains("\"n\""),
                    "the query was not stopped: " + response.statusCode() + " " + response.body());
            assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "stopped only after " + took);
        } finally {
            server.stop();
        }
    }

    @Test
    void serviceCallsToHostsNotAllowedAreRefusedWithoutARequest() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        other.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        other.start();
        SparqlServer server = SparqlServer.builder(TestGraphs.seeds()).port(0)
                .allowedServices(Set.of("https://query.wikidata.org/sparql")).build().start();
        try {
            String query = "SELECT * WHERE { SERVICE <http://127.0.0.1:" + other.getAddress().getPort() + "/sparql> { ?s ?p ?o } }";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.endpoint() + "?query="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(response.statusCode() >= 400, "SERVICE was not refused: " + response.statusCode());
            assertEquals(0, requests.get(), "the other host was contacted");
            assertFalse(response.body().contains("at org.apache"), "no stack trace: " + response.body());
        } finally {
            server.stop();
            other.stop(0);
        }
    }

    @Test
    void documentTextCannotInjectMarkup(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("hostile.txt"), "<script>alert('x')</script> Statement\n\n"
                + "The government of Ghana stated that <img src=x onerror=alert(1)> prevention matters.");
        SparqlServer server = SparqlServer.builder(TestGraphs.of(dir)).port(0).build().start();
        try {
            for (String path : new String[] {"/id/document/hostile", "/"}) {
                String page = http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", "text/html").build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                assertFalse(page.contains("<script>alert"), path);
                assertFalse(page.contains("<img src=x"), path);
            }
            String document = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/id/document/hostile"))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(document.contains("&lt;script&gt;alert"), "the text is shown, escaped");
        } finally {
            server.stop();
        }
    }
}
