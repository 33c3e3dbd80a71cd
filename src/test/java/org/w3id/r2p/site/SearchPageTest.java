package org.w3id.r2p.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.r2p.publish.SparqlServer;
import org.w3id.r2p.support.TestGraphs;

/** Full-text search over the seed graph through HTTP: the search page, its JSON, and text:query at the endpoint. */
class SearchPageTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static SparqlServer server;

    @BeforeAll
    static void start() {
        server = SparqlServer.builder(TestGraphs.seeds()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void searchPageListsMatchingStatementsLinkedToTheirPagesWithTheWordHighlighted() throws Exception {
        HttpResponse<String> response = get("/search?q=genocide", "text/html");
        assertEquals(200, response.statusCode());
        Document page = Jsoup.parse(response.body());
        List<Element> hits = page.select("ol.hits li.hit");
        assertFalse(hits.isEmpty(), "hits for genocide");
        assertTrue(hits.size() <= 20, "a page holds at most 20 hits");
        assertTrue(hits.stream().anyMatch(hit -> hit.selectFirst("a.hit-link").attr("href").startsWith("/id/statement/")),
                "statements are among the hits");
        for (Element hit : hits) {
            String href = hit.selectFirst("a.hit-link").attr("href");
            assertTrue(href.startsWith("/"), "hits link to this server: " + href);
            assertFalse(hit.select("p.passage mark").isEmpty(), "the matching word is marked in " + hit);
            hit.select("p.passage mark").forEach(mark -> assertEquals("genocide", mark.text().toLowerCase(Locale.ROOT)));
        }
        String first = hits.get(0).selectFirst("a.hit-link").attr("href");
        assertEquals(200, get(first, "text/html").statusCode(), "the first hit's page exists");
    }

    @Test
    void searchAnswersJsonForAcceptOrFormatWithRunsMarkedAsMatches() throws Exception {
        JsonObject byAccept = json(get("/search?q=genocide", "application/json"));
        JsonObject byFormat = json(get("/search?q=genocide&format=json", "text/html"));
        assertEquals(byAccept, byFormat);
        long total = byAccept.get("total").getAsNumber().value().longValue();
        JsonArray hits = byAccept.get("hits").getAsArray();
        assertTrue(total > hits.size() && hits.size() == 20, "genocide fills more than one page of the seeds: " + total);
        assertEquals("/search?q=genocide&page=2&format=json", byAccept.get("next").getAsString().value());
        for (JsonValue value : hits) {
            JsonObject hit = value.getAsObject();
            assertTrue(hit.get("iri").getAsString().value().startsWith("https://w3id.org/r2p/"));
            assertTrue(hit.get("page").getAsString().value().startsWith("/"));
            boolean marked = false;
            StringBuilder passage = new StringBuilder();
            for (JsonValue run : hit.get("highlighted").getAsArray()) {
                String text = run.getAsObject().get("text").getAsString().value();
                passage.append(text);
                if (run.getAsObject().get("match").getAsBoolean().value()) {
                    marked = true;
                    assertEquals("genocide", text.toLowerCase(Locale.ROOT));
                }
            }
            assertTrue(marked, "a match is marked in " + hit);
            assertEquals(hit.get("passage").getAsString().value(), passage.toString());
        }
    }

    @Test
    void pagesFollowOneAnother() throws Exception {
        Document first = Jsoup.parse(get("/search?q=genocide", "text/html").body());
        String next = first.selectFirst("nav.pager a[rel=next]").attr("href");
        Document second = Jsoup.parse(get(next, "text/html").body());
        assertNotNull(second.selectFirst("nav.pager a[rel=prev]"));
        assertEquals("21", second.selectFirst("ol.hits").attr("start"));
        assertNotEquals(first.select("ol.hits a.hit-link").eachAttr("href"), second.select("ol.hits a.hit-link").eachAttr("href"));
    }

    @ParameterizedTest(name = "q={0}")
    @ValueSource(strings = {"", "   ", "\"unbalanced", "genocide)", "*leading", "AND", "a:b:c:", "[a TO"})
    void queriesThatCannotRunGet400WithTheReason(String query) throws Exception {
        HttpResponse<String> html = get("/search?q=" + encode(query), "text/html");
        assertEquals(400, html.statusCode(), html.body());
        assertFalse(Jsoup.parse(html.body()).select("p.error").text().isBlank(), "the page says why");
        HttpResponse<String> json = get("/search?format=json&q=" + encode(query), "application/json");
        assertEquals(400, json.statusCode());
        assertFalse(json(json).get("error").getAsString().value().isBlank());
    }

    @Test
    void tooLongQueriesAndBadPagesGet400() throws Exception {
        assertEquals(400, get("/search?q=" + "genocide+".repeat(30), "text/html").statusCode());
        assertEquals(400, get("/search?q=genocide&page=two", "text/html").statusCode());
        assertEquals(400, get("/search?q=genocide&page=0", "text/html").statusCode());
        assertEquals(400, get("/search?q=genocide&page=10000", "text/html").statusCode());
        assertEquals(400, get("/search?q=genocide&format=xml", "text/html").statusCode());
    }

    @ParameterizedTest(name = "q={0}")
    @ValueSource(strings = {"*:*", "a*", "a~", "genocid~", "\"mass atrocities\"", "text:[a TO b]", "<script>", "\\\"", "genocide AND NOT Darfur"})
    void hostileButValidQueriesAnswer(String query) throws Exception {
        HttpResponse<String> response = get("/search?format=json&q=" + encode(query), "application/json");
        assertTrue(response.statusCode() == 200 || response.statusCode() == 400, response.body());
        json(response);
    }

    @Test
    void withoutAQueryTheSearchPageIsAForm() throws Exception {
        HttpResponse<String> response = get("/search", "text/html");
        assertEquals(200, response.statusCode());
        assertNotNull(Jsoup.parse(response.body()).selectFirst("main form[action=/search] input[name=q]"));
    }

    @Test
    void everyPageHasASearchBox() throws Exception {
        for (String path : List.of("/", "/query", "/id/state/CIV", "/search?q=genocide")) {
            Element box = Jsoup.parse(get(path, "text/html").body()).selectFirst("header form.search-box");
            assertNotNull(box, path);
            assertEquals("/search", box.attr("action"));
            assertNotNull(box.selectFirst("input[name=q]"), path);
        }
    }

    @Test
    void textQueryAnswersAtTheEndpoint() {
        String query = "PREFIX text: <http://jena.apache.org/text#> PREFIX r2p: <https://w3id.org/r2p/ontology#> "
                + "SELECT ?statement ?speaker WHERE { ?statement text:query (r2p:text \"genocide\") ; a r2p:Statement ; r2p:speaker ?speaker }";
        int rows = 0;
        try (QueryExecution execution = QueryExecutionHTTP.service(server.endpoint()).query(query).build()) {
            for (var results = execution.execSelect(); results.hasNext(); rows++) {
                QuerySolution row = results.next();
                assertTrue(row.getResource("speaker").getURI().startsWith("https://w3id.org/r2p/id/"));
            }
        }
        assertTrue(rows > 5, "statements mentioning genocide: " + rows);
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), response.body());
        return JSON.parse(response.body());
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", accept).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
