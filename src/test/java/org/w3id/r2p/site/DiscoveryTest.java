package org.w3id.r2p.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;
import org.w3id.r2p.publish.SparqlServer;
import org.w3id.r2p.support.TestGraphs;

/** What lets search engines, crawlers and catalogues find the dataset: robots.txt, the sitemap, the favicon, the
 * schema.org Dataset on the landing page and DCAT in VoID; and the note on federated example queries. */
class DiscoveryTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String SCHEMA = "https://schema.org/";
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
    void robotsTxtPointsToTheSitemapAndKeepsCrawlersOffTheEndpoint() throws Exception {
        String robots = text(get("/robots.txt"));
        assertTrue(robots.contains("Sitemap: " + server.url() + "/sitemap.xml"), robots);
        assertTrue(robots.contains("Disallow: /r2p/"), robots);
    }

    @Test
    void theSitemapListsEveryResourcePageAndEachAnswers() throws Exception {
        HttpResponse<byte[]> response = get("/sitemap.xml");
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        NodeList locs = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body())).getElementsByTagName("loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        assertTrue(urls.contains(server.url() + "/id/state/CIV"));
        assertTrue(urls.stream().noneMatch(u -> u.contains("#") || u.contains("/id/annotation/")), "no fragments or annotations");
        assertEquals(urls.size(), urls.stream().distinct().count());
        Graph union = TestGraphs.seeds().union();
        long statements = union.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI("https://w3id.org/r2p/ontology#Statement"))
                .toList().size();
        assertTrue(urls.stream().filter(u -> u.contains("/id/statement/")).count() >= statements, "every statement's page");
        for (int i = 0; i < urls.size(); i += 20) { // a sample across the whole list: each page answers
            assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(urls.get(i))).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode(), urls.get(i));
        }
        assertEquals(404, get("/sitemap.xml?part=2").statusCode(), "the seeds fit one sitemap file");
    }

    @Test
    void aFaviconIsServedAndLinked() throws Exception {
        HttpResponse<byte[]> icon = get("/favicon.ico");
        assertEquals(200, icon.statusCode());
        assertEquals("image/x-icon", icon.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(new byte[] {0, 0, 1, 0}, Arrays.copyOf(icon.body(), 4), "an ICO header");
        String svg = Jsoup.parse(text(get("/"))).selectFirst("link[rel=icon]").attr("href");
        assertTrue(text(get(svg)).contains("<svg"));
    }

    @Test
    void theLandingPageDescribesTheDatasetInSchemaOrgJsonLd() throws Exception {
        String json = Jsoup.parse(text(get("/"))).selectFirst("script[type=application/ld+json]").data();
        Graph graph = RDFParser.fromString(json, Lang.JSONLD).toGraph();
        List<Triple> datasets = graph.find(Node.ANY, RDF.type.asNode(), schema("Dataset")).toList();
        assertEquals(1, datasets.size());
        Node dataset = datasets.get(0).getSubject();
        for (String property : List.of("name", "description", "license", "creator", "temporalCoverage", "spatialCoverage")) {
            assertTrue(graph.contains(dataset, schema(property), Node.ANY), property);
        }
        List<Triple> downloads = graph.find(dataset, schema("distribution"), Node.ANY).toList();
        assertEquals(DumpServlet.DUMPS.size(), downloads.size());
        for (Triple download : downloads) {
            String url = graph.find(download.getObject(), schema("contentUrl"), Node.ANY).next().getObject().getURI();
            assertEquals(200, get(url.substring(url.indexOf("/dumps/"))).statusCode(), url);
        }
        String coverage = graph.find(dataset, schema("temporalCoverage"), Node.ANY).next().getObject().getLiteralLexicalForm();
        assertTrue(coverage.matches("\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2}"), coverage);
    }

    @Test
    void voidDescribesEachDumpAsADcatDistributionWithItsSize() throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "/.well-known/void"))
                .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofByteArray());
        Graph description = RDFParser.source(new ByteArrayInputStream(response.body())).lang(Lang.TURTLE).toGraph();
        List<Triple> distributions = description.find(Node.ANY, DCAT.distribution.asNode(), Node.ANY).toList();
        assertEquals(DumpServlet.DUMPS.size(), distributions.size());
        for (Triple distribution : distributions) {
            Node d = distribution.getObject();
            String url = description.find(d, DCAT.downloadURL.asNode(), Node.ANY).next().getObject().getURI();
            long size = Long.parseLong(description.find(d, DCAT.byteSize.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
            assertEquals(get(url.substring(url.indexOf("/dumps/"))).body().length, size, url);
            assertTrue(description.contains(d, DCAT.mediaType.asNode(), Node.ANY));
        }
    }

    @Test
    void theQueryPageSaysWhenAnExampleNeedsTheNetwork() throws Exception {
        assertTrue(Jsoup.parse(text(get("/query?example=16-continents-of-speaking-states-wikidata"))).select("p.note").text()
                .contains("needs this server to reach the internet"));
        assertTrue(Jsoup.parse(text(get("/query?example=03-national-mechanisms"))).select("p.note").isEmpty());
    }

    private static Node schema(String local) {
        return NodeFactory.createURI(SCHEMA + local);
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
