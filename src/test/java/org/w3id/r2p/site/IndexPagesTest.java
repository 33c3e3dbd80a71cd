package org.w3id.r2p.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.r2p.publish.SparqlServer;
import org.w3id.r2p.support.TestGraphs;

/** The index pages at /list/ over the seed graph: paging, sorting, filters, refusals, CSV and JSON. */
class IndexPagesTest {
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
    void statementsArePagedAHundredAtATimeWithTotalsAndLinksBothWays() throws Exception {
        Document first = page("/list/statements");
        assertEquals(100, first.select("table.index tbody tr:not(.group)").size());
        assertTrue(first.select("p.totals").text().startsWith("Rows 1–100 of 135 · page 1 of 2"), first.select("p.totals").text());
        assertEquals("/list/statements?page=2", first.selectFirst("a[rel=next]").attr("href"));
        assertTrue(first.select("a[rel=prev]").isEmpty());
        Document second = page("/list/statements?page=2");
        assertEquals(35, second.select("table.index tbody tr:not(.group)").size());
        assertEquals("/list/statements", second.selectFirst("a[rel=prev]").attr("href"));
        assertTrue(second.select("a[rel=next]").isEmpty());
    }

    @Test
    void statementsAreGroupedByEventInDateOrder() throws Exception {
        assertEquals(List.of("Informal interactive dialogue on the Responsibility to Protect, 11 September 2013"),
                page("/list/statements").select("tr.group").eachText(), "the first page holds the first event's statements");
        List<String> groups = page("/list/statements?page=2").select("tr.group").eachText();
        assertEquals(List.of("Informal interactive dialogue on the Responsibility to Protect, 11 September 2013",
                "Ministerial meeting on the Responsibility to Protect, 27 September 2013",
                "Informal interactive dialogue on the Responsibility to Protect, 6 September 2017",
                "At no event the documents name"), groups, "a page opens with the heading of the event it continues");
    }

    @Test
    void filtersKeepOnlyTheStatementsOfThatStateOrTopic() throws Exception {
        ResultSet civ = json("/list/statements.json?state=CIV");
        int rows = 0;
        while (civ.hasNext()) {
            QuerySolution row = civ.next();
            assertEquals("https://w3id.org/r2p/id/state/CIV", row.getResource("speaker").getURI());
            rows++;
        }
        assertTrue(rows >= 1);
        Document prevention = page("/list/statements?topic=prevention");
        int shown = prevention.select("table.index tbody tr:not(.group)").size();
        assertTrue(shown > 0 && shown < 135, "prevention narrows the list: " + shown);
        assertTrue(prevention.select("p.filters a[href=/topic/prevention]").size() == 1, "the filter names its topic");
    }

    @Test
    void sortingByStatementsDescendingPutsTheMostActiveStateFirst() throws Exception {
        List<String[]> rows = csv("/list/states.csv?sort=statements&order=desc");
        int column = List.of(rows.get(0)).indexOf("statements");
        int top = Integer.parseInt(rows.get(1)[column]);
        for (String[] row : rows.subList(1, rows.size())) {
            assertTrue(Integer.parseInt(row[column]) <= top);
        }
    }

    @Test
    void everyListIsAlsoCsvWithAHeaderAndOneRowPerItem() throws Exception {
        List<String[]> states = csv("/list/states.csv");
        assertEquals(List.of("item", "itemLabel", "isoCode", "wikidata", "statements", "documents"), List.of(states.get(0)));
        assertEquals(72, states.size(), "71 States and the header");
        assertEquals(3 + 1, csv("/list/events.csv").size());
        assertEquals(15 + 1, csv("/list/topics.csv").size());
        HttpResponse<String> negotiated = get("/list/persons", "text/csv");
        assertTrue(negotiated.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(12 + 1, negotiated.body().strip().split("\r?\n").length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/list/statements?page=0", "/list/statements?page=3", "/list/statements?page=x",
            "/list/statements?state=XXX", "/list/statements?topic=%3Cscript%3E", "/list/states?state=CIV",
            "/list/states?sort=wikidata", "/list/states?sort=label&order=up", "/list/states?page=1&page=2",
            "/list/statements.csv?mechanism=nothing-of-the-kind"})
    void badParametersGet400WithTheReason(String path) throws Exception {
        HttpResponse<String> response = get(path, "text/html");
        assertEquals(400, response.statusCode(), path);
        assertTrue(response.body().length() < 20_000);
        assertTrue(!response.body().contains("<script>"), "the value is escaped");
        String reason = path.endsWith("nothing-of-the-kind") ? response.body() : Jsoup.parse(response.body()).select("p.error").text();
        assertTrue(reason.contains("page") || reason.contains("There is no") || reason.contains("Unknown parameter")
                || reason.contains("sort") || reason.contains("order") || reason.contains("once"), reason);
    }

    @Test
    void unknownListsAreNotFound() throws Exception {
        assertEquals(404, get("/list/planets", "text/html").statusCode());
    }

    private static Document page(String path) throws Exception {
        HttpResponse<String> response = get(path, "text/html");
        assertEquals(200, response.statusCode(), path);
        return Jsoup.parse(response.body());
    }

    private static ResultSet json(String path) throws Exception {
        HttpResponse<String> response = get(path, "*/*");
        assertEquals(200, response.statusCode(), path);
        return ResultSetFactory.copyResults(ResultSetMgr.read(
                new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON));
    }

    /** Rows of a CSV answer, parsed by Jena as SPARQL CSV results: the header, then one array of values per row. */
    private static List<String[]> csv(String path) throws Exception {
        HttpResponse<String> response = get(path, "*/*");
        assertEquals(200, response.statusCode(), path);
        ResultSet parsed = ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_CSV);
        List<String> header = parsed.getResultVars();
        List<String[]> rows = new java.util.ArrayList<>();
        rows.add(header.toArray(String[]::new));
        parsed.forEachRemaining(row -> rows.add(header.stream()
                .map(v -> row.get(v) == null ? "" : row.get(v).isLiteral() ? row.getLiteral(v).getLexicalForm() : row.get(v).toString())
                .toArray(String[]::new)));
        return rows;
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
