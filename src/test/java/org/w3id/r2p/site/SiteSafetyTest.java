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

    @Test
    void aBacktrackingRegexIsStoppedByTheTimeoutWith503() throws Exception {
        SparqlServer server = SparqlServer.builder(TestGraphs.seeds()).port(0).timeout(Duration.ofSeconds(1)).build().start();
        try {
            String query = "SELECT * WHERE { BIND(\"" + "a".repeat(45) + "b\" AS ?x) FILTER(regex(?x, \"(.*a){50}\")) }";
            long started = System.nanoTime();
            HttpResponse<String> response = get(server.endpoint() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertEquals(503, response.statusCode(), response.body());
            assertTrue(took.compareTo(Duration.ofSeconds(15)) < 0, "stopped only after " + took);
        } finally {
            server.stop();
        }
    }

    @Test
    void queriesAndBodiesOverTheSizeLimitGet413BeforeParsing() throws Exception {
        SparqlServer server = SparqlServer.builder(TestGraphs.seeds()).port(0).maxQueryBytes(10_000).build().start();
        try {
            String large = "SELECT * WHERE { ?s ?p \"" + "x".repeat(20_000) + "\" }";
            HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(server.endpoint()))
                    .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(large)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(413, posted.statusCode(), posted.body());
            assertTrue(posted.body().contains("10000 bytes"), posted.body());
            HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(URI.create(server.endpoint()))
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(large.getBytes(StandardCharsets.UTF_8))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(413, chunked.statusCode(), chunked.body());
            HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/r2p/update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> \"" + "x".repeat(20_000) + "\" }")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(413, update.statusCode(), update.body());
            String small = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
            HttpResponse<String> chunkedSmall = http.send(HttpRequest.newBuilder(URI.create(server.endpoint()))
                    .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(small.getBytes(StandardCharsets.UTF_8))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, chunkedSmall.statusCode(), chunkedSmall.body());
            assertTrue(chunkedSmall.body().startsWith("n"), chunkedSmall.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void aServiceThatIsNotAllowedIsTheClientsErrorEvenWhenSilent() throws Exception {
        SparqlServer server = SparqlServer.builder(TestGraphs.seeds()).port(0)
                .allowedServices(Set.of("https://query.wikidata.org/sparql")).build().start();
        try {
            for (String silent : new String[] {"", "SILENT "}) {
                String query = "SELECT * WHERE { SERVICE " + silent + "<http://example.org/sparql> { ?s ?p ?o } }";
                HttpResponse<String> response = get(server.endpoint() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
                assertEquals(400, response.statusCode(), response.body());
                assertTrue(response.body().contains("https://query.wikidata.org/sparql"), "names the allowed endpoints: " + response.body());
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void corsAllowsReadingWithoutCredentialsAndTraceIsRefused() throws Exception {
        SparqlServer server = SparqlServer.builder(TestGraphs.seeds()).port(0).build().start();
        try {
            HttpResponse<String> post = preflight(server, "POST");
            assertEquals("https://elsewhere.example", post.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
            assertTrue(post.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), "credentials allowed");
            String methods = post.headers().firstValue("Access-Control-Allow-Methods").orElse("");
            assertEquals(Set.of("GET", "POST", "HEAD", "OPTIONS"), Set.of(methods.split("\\s*,\\s*")));
            for (String write : new String[] {"PUT", "DELETE", "PATCH"}) {
                assertTrue(preflight(server, write).headers().firstValue("Access-Control-Allow-Origin").isEmpty(), write + " allowed");
            }
            HttpResponse<String> trace = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/"))
                    .method("TRACE", HttpRequest.BodyPublishers.noBody()).header("X-Secret", "echo-me").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(405, trace.statusCode());
            assertFalse(trace.body().contains("echo-me"), trace.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void theQueryPageLinksOnlyWebIris() throws Exception {
        SparqlServer server = SparqlServer.builder(TestGraphs.seeds()).port(0).build().start();
        try {
            String query = "SELECT ?iri WHERE { VALUES ?iri { <javascript:alert(1)> <data:text/html,x> <https://example.org/page> } }";
            String page = get(server.url() + "/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).body();
            org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page);
            assertTrue(html.select("a[href^=javascript], a[href^=data]").isEmpty(), "a script IRI became a link");
            assertTrue(html.text().contains("javascript:alert(1)"), "the IRI is shown as text");
            assertEquals(1, html.select("td a[href=https://example.org/page]").size(), "a web IRI is a link");
        } finally {
            server.stop();
        }
    }

    private HttpResponse<String> preflight(SparqlServer server, String method) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.endpoint())).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", method).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String uri) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
