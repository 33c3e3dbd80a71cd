package org.w3id.r2p.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.r2p.graph.KnowledgeGraph;
import org.w3id.r2p.publish.DumpFormat;
import org.w3id.r2p.publish.Dumps;
import org.w3id.r2p.publish.SparqlServer;
import org.w3id.r2p.support.TestGraphs;
import org.w3id.r2p.vocab.R2P;

/** The linked-data site over the seed graph, through HTTP. */
class SiteTest {
    private static final String CIV = "https://w3id.org/r2p/id/state/CIV";
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

    @ParameterizedTest(name = "{0}")
    @CsvSource({"text/turtle,TTL", "application/n-triples,NT", "application/ld+json,JSONLD", "application/rdf+xml,RDFXML"})
    void stateIriAnswersInEveryRdfSyntaxByContentNegotiation(String accept, String lang) throws Exception {
        HttpResponse<byte[]> response = get("/id/state/CIV", accept);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(accept));
        Graph graph = RDFParser.source(new ByteArrayInputStream(response.body())).lang(langOf(lang)).toGraph();
        assertTrue(graph.contains(NodeFactory.createURI(CIV), OWL.sameAs.asNode(), NodeFactory.createURI("http://www.wikidata.org/entity/Q1008")));
        assertTrue(graph.contains(NodeFactory.createURI("https://w3id.org/r2p/id/document/001_57eef71f67d5f51a"),
                R2P.mentions.asNode(), NodeFactory.createURI(CIV)), "incoming links are part of the description");
    }

    @Test
    void browsersGetAPageAndFormatOverridesAccept() throws Exception {
        HttpResponse<byte[]> page = get("/id/state/CIV", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertTrue(text(page).contains("Ivory Coast") && text(page).contains("http://www.wikidata.org/entity/Q1008"));
        assertEquals("text/html;charset=utf-8", page.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<byte[]> turtle = get("/id/state/CIV?format=ttl", "text/html");
        assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
    }

    @Test
    void pagesOfLinkedOrganizationsAndPersonsShowTheirWikidataItem() throws Exception {
        String un = text(get("/id/organization/united-nations", "text/html"));
        assertTrue(un.contains("Wikidata: <a href=\"http://www.wikidata.org/entity/Q1065\""), un);
        String ban = text(get("/id/person/ban-ki-moon", "text/html"));
        assertTrue(ban.contains("Wikidata: <a href=\"http://www.wikidata.org/entity/Q1253\""), ban);
    }

    @Test
    void unknownIrisAndPathsGive404() throws Exception {
        assertEquals(404, get("/id/state/XYZ", "text/turtle").statusCode());
        assertEquals(404, get("/id/state/XYZ", "text/html").statusCode());
        assertEquals(404, get("/no/such/page", "text/html").statusCode());
    }

    @Test
    void pathsCannotLeaveTheSite() throws Exception {
        for (String path : new String[] {"/id/../../etc/passwd", "/static/../../pom.xml", "/static/%2e%2e/pom.xml",
                "/dumps/../pom.xml"}) {
            HttpResponse<byte[]> response = get(path, "*/*");
            assertTrue(response.statusCode() == 404 || response.statusCode() == 400, path + " gave " + response.statusCode());
            assertFalse(text(response).contains("<artifactId>"), path);
        }
    }

    @Test
    void statementPageQuotesItsWordsAndLinksItsDocument() throws Exception {
        String landing = text(get("/id/document/004_b868a9c5cff6fdd6", "text/html"));
        Matcher statement = Pattern.compile("href=\"(/id/statement/004_b868a9c5cff6fdd6-nld-[0-9a-f]+)\"").matcher(landing);
        assertTrue(statement.find(), "the document page links its statements");
        String page = text(get(statement.group(1), "text/html"));
        assertTrue(page.contains("<blockquote>") && page.contains("The Netherlands also delivered a statement"), page);
        assertTrue(page.contains("href=\"/id/document/004_b868a9c5cff6fdd6\""), page);
    }

    @Test
    void documentPageHighlightsMentions() throws Exception {
        String page = text(get("/id/document/001_57eef71f67d5f51a", "text/html"));
        assertTrue(page.contains("<a class=\"mention\" href=\"/id/state/CIV\""), "mentions link to what they name");
    }

    @Test
    void landingPageShowsCountsExamplesDumpsOntologyAndVoid() throws Exception {
        String page = text(get("/", "text/html"));
        assertTrue(page.contains("States") && page.contains("statements") && page.contains("triples"));
        Matcher example = Pattern.compile("href=\"(/query\\?example=[^\"]+)\"").matcher(page);
        int examples = 0;
        while (example.find()) {
            examples++;
            String url = example.group(1).replace("&amp;", "&");
            String name = url.replaceFirst(".*example=", "").replaceFirst("&.*", "");
            if (!Files.readString(Path.of("sparql-examples", name + ".rq")).contains("SERVICE")) { // federated ones need the internet
                HttpResponse<byte[]> results = get(url, "text/html");
                assertEquals(200, results.statusCode(), url);
                assertTrue(text(results).contains("<table>"), url);
            }
        }
        assertTrue(examples >= 15, "examples on the landing page: " + examples);
        assertTrue(page.contains("/dumps/r2p.ttl") && page.contains("/ontology") && page.contains("/.well-known/void"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"r2p.ttl,TURTLE,text/turtle", "r2p.trig,TRIG,application/trig", "r2p.jsonld,JSONLD,application/ld+json"})
    void dumpsAreTheBytesOfExport(String file, DumpFormat format, String mediaType) throws Exception {
        HttpResponse<byte[]> response = get("/dumps/" + file, "*/*");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(mediaType));
        ByteArrayOutputStream export = new ByteArrayOutputStream();
        Dumps.write(TestGraphs.seeds(), format, export);
        assertArrayEquals(export.toByteArray(), response.body());
    }

    @Test
    void gzippedNTriplesDumpIsTheExportGzipped() throws Exception {
        HttpResponse<byte[]> response = get("/dumps/r2p.nt.gz", "*/*");
        assertEquals("application/gzip", response.headers().firstValue("Content-Type").orElse(""));
        byte[] unzipped = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes();
        ByteArrayOutputStream export = new ByteArrayOutputStream();
        Dumps.write(TestGraphs.seeds(), DumpFormat.NTRIPLES, export);
        assertArrayEquals(export.toByteArray(), unzipped);
    }

    @Test
    void voidDescribesTheDataset() throws Exception {
        Graph voidGraph = RDFParser.source(new ByteArrayInputStream(get("/.well-known/void", "text/turtle").body())).lang(Lang.TURTLE).toGraph();
        var dataset = NodeFactory.createURI("https://w3id.org/r2p/.well-known/void#dataset");
        assertTrue(voidGraph.contains(dataset, RDF.type.asNode(), org.apache.jena.vocabulary.VOID.Dataset.asNode()));
        long triples = ((Number) voidGraph.find(dataset, org.apache.jena.vocabulary.VOID.triples.asNode(), null).next().getObject().getLiteralValue()).longValue();
        KnowledgeGraph seeds = TestGraphs.seeds();
        assertEquals(seeds.union().size(), triples);
        assertTrue(voidGraph.contains(dataset, org.apache.jena.vocabulary.VOID.sparqlEndpoint.asNode(), null));
        assertTrue(voidGraph.contains(dataset, org.apache.jena.vocabulary.VOID.dataDump.asNode(), NodeFactory.createURI("https://w3id.org/r2p/dumps/r2p.ttl")));
        assertTrue(voidGraph.find(dataset, org.apache.jena.vocabulary.VOID.classPartition.asNode(), null).hasNext());
        assertTrue(voidGraph.find(dataset, org.apache.jena.vocabulary.VOID.propertyPartition.asNode(), null).hasNext());
    }

    @Test
    void endpointWithoutAQueryGivesItsServiceDescription() throws Exception {
        HttpResponse<byte[]> response = get("/r2p/sparql", "text/turtle");
        assertEquals(200, response.statusCode());
        Graph sd = RDFParser.source(new ByteArrayInputStream(response.body())).lang(Lang.TURTLE).toGraph();
        assertTrue(sd.contains(null, RDF.type.asNode(), NodeFactory.createURI(DatasetDescription.SD + "Service")));
    }

    @Test
    void ontologyAnswersAsTurtleAndAsAPage() throws Exception {
        Graph served = RDFParser.source(new ByteArrayInputStream(get("/ontology", "text/turtle").body())).lang(Lang.TURTLE).toGraph();
        assertTrue(served.isIsomorphicWith(RDFParser.source("ontology/r2p.ttl").toGraph()));
        String page = text(get("/ontology", "text/html"));
        assertTrue(page.contains("r2p:Statement") && page.contains("r2p:speaker"));
        assertTrue(page.contains("id=\"evidence\"") && page.contains("oa:TextPositionSelector"), "the page documents evidence");
    }

    @Test
    void htmlPagesCarrySecurityHeaders() throws Exception {
        HttpResponse<byte[]> response = get("/", "text/html");
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
    }

    @Test
    void corsAllowsOtherOriginsIncludingPreflight() throws Exception {
        HttpResponse<byte[]> preflight = HTTP.send(HttpRequest.newBuilder(URI.create(server.endpoint()))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(preflight.statusCode() < 300, "preflight " + preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isPresent(), preflight.headers().toString());
        HttpResponse<byte[]> resource = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "/id/state/CIV"))
                .header("Origin", "https://example.org").header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(resource.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }

    @Test
    void queryPageReportsAMalformedQueryReadably() throws Exception {
        HttpResponse<byte[]> response = get("/query?query=" + URLEncoder.encode("SELECT * WHERE { ?s ?p }", StandardCharsets.UTF_8), "text/html");
        assertEquals(400, response.statusCode());
        assertTrue(text(response).contains("Malformed query"));
        assertFalse(text(response).contains("at org.apache"));
    }

    static HttpResponse<byte[]> get(String path, String accept) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static Lang langOf(String name) {
        return switch (name) {
            case "TTL" -> Lang.TURTLE;
            case "NT" -> Lang.NTRIPLES;
            case "JSONLD" -> Lang.JSONLD;
            default -> Lang.RDFXML;
        };
    }
}
