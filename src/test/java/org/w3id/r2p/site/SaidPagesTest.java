package org.w3id.r2p.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.r2p.publish.SparqlServer;
import org.w3id.r2p.support.TestGraphs;
import org.w3id.r2p.vocab.OA;
import org.w3id.r2p.vocab.R2P;

/** Pages led by what was said, and their charts, over the seed graph through HTTP (issue 14). */
class SaidPagesTest {
    private static final String BASE = "https://w3id.org/r2p/";
    private static final Pattern SVG = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static SparqlServer server;
    private static Graph graph;

    @BeforeAll
    static void start() {
        server = SparqlServer.builder(TestGraphs.seeds()).port(0).build().start();
        graph = TestGraphs.seeds().union();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void everyStatePageTellsItsStatementsApartWithDateAndExcerptBeforeTheTriples() throws Exception {
        List<Node> states = subjects(RDF.type.asNode(), R2P.State.asNode());
        assertTrue(states.size() > 30, "the seeds name many States");
        int statesThatSpoke = 0;
        for (Node state : states) {
            String path = "/" + state.getURI().substring(BASE.length());
            Element main = Jsoup.parse(get(path)).selectFirst("main");
            Map<String, Set<String>> statementsByLinkText = new HashMap<>();
            for (Element link : main.select("a[href^=/id/statement/]")) {
                statementsByLinkText.computeIfAbsent(link.text(), t -> new HashSet<>()).add(link.attr("href"));
            }
            statementsByLinkText.forEach((text, statements) ->
                    assertEquals(1, statements.size(), path + ": statements " + statements + " are all linked as " + text));
            long spoken = graph.find(Node.ANY, R2P.speaker.asNode(), state).toList().size();
            assertEquals(spoken, main.select("section.said tr.statement").size(), path + ": one row per statement");
            for (Element row : main.select("section.said tr.statement")) {
                assertFalse(row.select("td.date").text().isBlank(), path + ": a row without a date");
                assertFalse(row.select("p.excerpt").text().isBlank(), path + ": a row without an excerpt");
            }
            if (spoken > 0) {
                statesThatSpoke++;
                Element said = main.selectFirst("section.said");
                Element triples = main.selectFirst("> table");
                assertTrue(said.elementSiblingIndex() < triples.elementSiblingIndex(), path + ": what was said comes first");
                assertEquals(2, said.select("figure.chart svg").size(), path + ": charts per year and per pillar");
            }
        }
        assertTrue(statesThatSpoke > 20, "most States of the seeds speak");
    }

    @Test
    void aStatesStatementsAreGroupedByEventWithTheirEvidence() throws Exception {
        Element said = Jsoup.parse(get("/id/state/CZE")).selectFirst("section.said");
        assertEquals(List.of("Informal interactive dialogue on the Responsibility to Protect, 11 September 2013"),
                said.select("h3.said-setting").eachText());
        assertEquals(3, said.select("tr.statement td.evidence a[href^=/id/annotation/]").size());
        assertTrue(said.select(".named-pillars").text().contains("Pillar two"), said.html());
    }

    @Test
    void eventPagesListSpeakersInTheOrderTheySpoke() throws Exception {
        for (Node event : subjects(RDF.type.asNode(), R2P.Event.asNode())) {
            Element list = Jsoup.parse(get("/" + event.getURI().substring(BASE.length()))).selectFirst("ol.speakers-in-order");
            assertNotNull(list, event + " lists its speakers");
            List<String> shown = list.select("a.statement-link").eachAttr("href");
            List<Node> statements = new ArrayList<>(subjects(R2P.event.asNode(), event));
            statements.removeIf(s -> !graph.contains(s, RDF.type.asNode(), R2P.Statement.asNode()));
            statements.sort(Comparator.comparing((Node s) -> object(s, R2P.source.asNode()).getURI())
                    .thenComparingLong(SaidPagesTest::start));
            assertEquals(statements.stream().map(s -> "/" + s.getURI().substring(BASE.length())).toList(), shown, event.toString());
        }
    }

    @Test
    void chartsAreXmlWithTitleDescriptionAndATableOfTheSameNumbers() throws Exception {
        for (String path : List.of("/", "/id/state/CZE", "/id/person/ban-ki-moon")) {
            String html = get(path);
            Document page = Jsoup.parse(html);
            List<Element> figures = page.select("figure.chart");
            Matcher svg = SVG.matcher(html);
            assertEquals(2, figures.size(), path);
            for (Element figure : figures) {
                assertTrue(svg.find(), path);
                var factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                org.w3c.dom.Element root = factory.newDocumentBuilder()
                        .parse(new ByteArrayInputStream(svg.group().getBytes(StandardCharsets.UTF_8))).getDocumentElement();
                assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
                assertEquals("title", ((org.w3c.dom.Element) root.getElementsByTagName("title").item(0)).getTagName());
                assertEquals(1, root.getElementsByTagName("desc").getLength(), path);
                int bars = root.getElementsByTagName("rect").getLength();
                assertTrue(bars > 0, path + ": a chart with bars");
                assertEquals(bars, figure.select("table.chart-data tr").size() - 1, path + ": one table row per bar");
            }
        }
    }

    @Test
    void theSameGraphGivesTheSameChartBytes() throws Exception {
        assertEquals(svgs(get("/id/state/ARG")), svgs(get("/id/state/ARG")));
        assertEquals(svgs(get("/")), svgs(get("/")));
    }

    @Test
    void mechanismAndTopicPagesListTheStatementsThatNameThem() throws Exception {
        List<Node> named = new ArrayList<>();
        graph.find(Node.ANY, R2P.mechanism.asNode(), Node.ANY).forEachRemaining(t -> named.add(t.getObject()));
        graph.find(Node.ANY, R2P.topic.asNode(), Node.ANY).forEachRemaining(t -> named.add(t.getObject()));
        assertTrue(named.stream().anyMatch(n -> n.getURI().contains("/mechanism/")), "the seeds name mechanisms");
        assertTrue(named.stream().anyMatch(n -> n.getURI().contains("/topic/")), "the seeds name topics");
        for (Node thing : named.stream().distinct().toList()) {
            Element section = Jsoup.parse(get("/" + thing.getURI().substring(BASE.length()))).selectFirst("section.naming");
            assertNotNull(section, thing + " lists the statements that name it");
            long naming = graph.find(Node.ANY, Node.ANY, thing).filterKeep(t -> t.getPredicate().equals(R2P.mechanism.asNode())
                    || t.getPredicate().equals(R2P.topic.asNode())).mapWith(Triple::getSubject).toSet().size();
            assertEquals(naming, section.select("tr.statement").size(), thing.toString());
        }
    }

    private static List<String> svgs(String html) {
        return SVG.matcher(html).results().map(m -> m.group()).toList();
    }

    private static long start(Node statement) {
        Set<Long> starts = new HashSet<>();
        graph.find(Node.ANY, OA.hasBody.asNode(), statement).forEachRemaining(a -> {
            Node target = object(a.getSubject(), OA.hasTarget.asNode());
            graph.find(target, OA.hasSelector.asNode(), Node.ANY).forEachRemaining(sel ->
                    graph.find(sel.getObject(), OA.start.asNode(), Node.ANY).forEachRemaining(
                            s -> starts.add(((Number) s.getObject().getLiteralValue()).longValue())));
        });
        return starts.stream().min(Long::compare).orElse(-1L);
    }

    private static List<Node> subjects(Node predicate, Node object) {
        return graph.find(Node.ANY, predicate, object).mapWith(Triple::getSubject).toList().stream().distinct()
                .sorted(Comparator.comparing(Node::getURI)).toList();
    }

    private static Node object(Node subject, Node predicate) {
        return graph.find(subject, predicate, Node.ANY).next().getObject();
    }

    private static String get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }
}
