package org.w3id.r2p.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.r2p.publish.SparqlServer;
import org.w3id.r2p.support.TestGraphs;

/** ETags, Last-Modified, 304, gzip, HEAD, 406 and Vary on pages, RDF, dumps and query results, through HTTP. */
class HttpCachingTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** SELECT ?s WHERE { ?s a r2p:State } ORDER BY ?s LIMIT 5, as a GET of the endpoint. */
    private static final String QUERY = "/r2p/sparql?query=SELECT%20%3Fs%20WHERE%20%7B%20%3Fs%20a%20%3Chttps%3A%2F%2Fw3id.org%2Fr2p%2Fontology%23State%3E%20%7D%20ORDER%20BY%20%3Fs%20LIMIT%205";
    private static SparqlServer server;

    @BeforeAll
    static void start() {
        server = SparqlServer.builder(TestGraphs.seeds()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({"/id/state/CIV,text/html", "/id/state/CIV,text/turtle", "/dumps/r2p.ttl,*/*",
            "/.well-known/void,application/ld+json", QUERY + ",text/csv"})
    void aSecondRequestWithTheTagGets304WithoutABody(String path, String accept) throws Exception {
        HttpResponse<byte[]> first = send("GET", path, Map.of("Accept", accept));
        assertEquals(200, first.statusCode());
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(tag.matches("\"[0-9a-f]{32}\""), "a strong tag: " + tag);
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("max-age="));
        List<String> vary = varyOf(first);
        assertTrue(vary.contains("accept") && vary.contains("accept-encoding"), vary.toString());

        HttpResponse<byte[]> again = send("GET", path, Map.of("Accept", accept, "If-None-Match", tag));
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(tag, again.headers().firstValue("ETag").orElse(""));
        HttpResponse<byte[]> changed = send("GET", path, Map.of("Accept", accept, "If-None-Match", "\"0123456789abcdef0123456789abcdef\""));
        assertEquals(200, changed.statusCode(), "another tag is another representation");
        assertArrayEquals(first.body(), changed.body());
    }

    @Test
    void ifModifiedSinceTheBuildGets304AndEarlierGetsTheBody() throws Exception {
        HttpResponse<byte[]> first = send("GET", "/id/state/CIV", Map.of("Accept", "text/turtle"));
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, send("GET", "/id/state/CIV", Map.of("Accept", "text/turtle", "If-Modified-Since", lastModified)).statusCode());
        assertEquals(200, send("GET", "/id/state/CIV", Map.of("Accept", "text/turtle",
                "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT")).statusCode());
        assertEquals(200, send("GET", "/id/state/CIV", Map.of("Accept", "text/turtle",
                "If-Modified-Since", "not a date")).statusCode());
    }

    @Test
    void eachRepresentationHasItsOwnTag() throws Exception {
        String html = send("GET", "/id/state/CIV", Map.of("Accept", "text/html")).headers().firstValue("ETag").orElseThrow();
        String turtle = send("GET", "/id/state/CIV", Map.of("Accept", "text/turtle")).headers().firstValue("ETag").orElseThrow();
        String other = send("GET", "/id/state/ARG", Map.of("Accept", "text/turtle")).headers().firstValue("ETag").orElseThrow();
        assertNotEquals(html, turtle);
        assertNotEquals(turtle, other);
        assertEquals(turtle, send("GET", "/id/state/CIV", Map.of("Accept", "text/turtle")).headers().firstValue("ETag").orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"/id/state/CIV,text/turtle", "/dumps/r2p.trig,*/*", QUERY + ",application/sparql-results+json"})
    void gzipWhenAskedWithTheSameContentDecompressed(String path, String accept) throws Exception {
        HttpResponse<byte[]> plain = send("GET", path, Map.of("Accept", accept));
        HttpResponse<byte[]> gzipped = send("GET", path, Map.of("Accept", accept, "Accept-Encoding", "gzip"));
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(gzipped.body().length < plain.body().length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertArrayEquals(plain.body(), in.readAllBytes());
        }
        String tag = gzipped.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(plain.headers().firstValue("ETag").orElseThrow(), tag, "the encoding is part of the representation");
        assertEquals(304, send("GET", path, Map.of("Accept", accept, "Accept-Encoding", "gzip", "If-None-Match", tag)).statusCode());
    }

    @ParameterizedTest
    @CsvSource({"/id/state/CIV,text/html", "/dumps/r2p.ttl,text/turtle", QUERY + ",text/csv", "/r2p/sparql,text/turtle", "/,text/html"})
    void headGivesTheHeadersOfGetWithoutABody(String path, String accept) throws Exception {
        HttpResponse<byte[]> get = send("GET", path, Map.of("Accept", accept));
        HttpResponse<byte[]> head = send("HEAD", path, Map.of("Accept", accept));
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        for (String header : List.of("Content-Type", "ETag", "Last-Modified", "Cache-Control")) {
            assertEquals(get.headers().firstValue(header), head.headers().firstValue(header), header);
        }
        head.headers().firstValue("Content-Length")
                .ifPresent(length -> assertEquals(String.valueOf(get.body().length), length));
    }

    @Test
    void anAcceptNoRepresentationMatchesGets406() throws Exception {
        assertEquals(406, send("GET", "/id/state/CIV", Map.of("Accept", "application/pdf")).statusCode());
        assertEquals(406, send("GET", "/ontology", Map.of("Accept", "image/png")).statusCode());
        assertEquals(406, send("GET", "/dumps/r2p.ttl", Map.of("Accept", "text/html")).statusCode());
        assertEquals(406, send("GET", "/id/state/CIV", Map.of("Accept", "text/turtle;q=0")).statusCode());
        assertEquals(200, send("GET", "/dumps/r2p.ttl", Map.of("Accept", "text/*")).statusCode());
        assertEquals(200, send("GET", "/dumps/r2p.nt.gz", Map.of("Accept", "text/html,*/*;q=0.8")).statusCode());
        assertEquals(200, send("GET", "/id/state/CIV", Map.of("Accept", "application/pdf, text/turtle;q=0.5")).statusCode());
        HttpResponse<byte[]> unknownFormat = send("GET", "/id/state/CIV?format=pdf", Map.of());
        assertEquals(400, unknownFormat.statusCode(), "an unknown ?format= is a bad request, as before");
    }

    @Test
    void errorsAndPostsCarryNoTag() throws Exception {
        HttpResponse<byte[]> missing = send("GET", "/id/state/XXX", Map.of("Accept", "text/turtle"));
        assertEquals(404, missing.statusCode());
        assertTrue(missing.headers().firstValue("ETag").isEmpty());
        HttpResponse<byte[]> posted = HTTP.send(HttpRequest.newBuilder(URI.create(server.endpoint()))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString("ASK {}")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, posted.statusCode());
        assertTrue(posted.headers().firstValue("ETag").isEmpty());
    }

    private static List<String> varyOf(HttpResponse<?> response) {
        return response.headers().allValues("Vary").stream().flatMap(v -> List.of(v.split(",")).stream())
                .map(v -> v.strip().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    private static HttpResponse<byte[]> send(String method, String path, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
