package org.w3id.r2p.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.r2p.support.TestGraphs;

/**
 * Every query in {@code sparql-examples/} opens with a comment stating its research question and, run over the
 * seed graph as served (with its full-text index), gives the results in the {@code .srj} file beside it (in order, where the query orders them).
 * Queries that call the Wikidata Query Service run against a stand-in: a second embedded Fuseki on a free port
 * serving {@code wikidata-stand-in.ttl}.
 */
class SparqlExamplesTest {
    private static final Path EXAMPLES = Path.of("sparql-examples");
    private static final String WIKIDATA_SERVICE = "https://query.wikidata.org/sparql";
    private static FusekiServer wikidata;

    @BeforeAll
    static void startWikidataStandIn() {
        DatasetGraph data = DatasetGraphFactory.create(RDFParser.source("src/test/resources/wikidata-stand-in.ttl").toGraph());
        wikidata = FusekiServer.create().port(0).loopback(true).add("/wikidata", data, false).build().start();
    }

    @AfterAll
    static void stopWikidataStandIn() {
        wikidata.stop();
    }

    @TestFactory
    Stream<DynamicTest> everyExampleGivesItsExpectedResults() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".rq")).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
        }
    }

    /** The query with every SERVICE call to Wikidata sent to the stand-in instead. */
    private static Query toStandIn(Query query) {
        Node standIn = NodeFactory.createURI("http://localhost:" + wikidata.getHttpPort() + "/wikidata/sparql");
        return QueryTransformOps.transform(query, new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementService service, Node name, Element body) {
                return name.isURI() && name.getURI().equals(WIKIDATA_SERVICE)
                        ? new ElementService(standIn, body, service.getSilent())
                        : super.transform(service, name, body);
            }
        });
    }

    /**
     * Every federated example calls Wikidata once: its one SERVICE is the first element of the query, so no local
     * row repeats the call.
     */
    @TestFactory
    Stream<DynamicTest> everyFederatedExampleCallsItsServiceOnceFirst() throws IOException {
        List<Path> federated;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            federated = files.filter(f -> f.toString().endsWith(".rq")).sorted()
                    .filter(f -> !services(parse(f)).isEmpty()).toList();
        }
        assertTrue(federated.size() >= 2, "examples 16 and 21 are federated");
        return federated.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Query query = parse(file);
            assertEquals(1, services(query).size(), "one call to Wikidata");
            Element first = ((ElementGroup) query.getQueryPattern()).getElements().get(0);
            assertTrue(first instanceof ElementService, "the SERVICE comes first");
            assertEquals(WIKIDATA_SERVICE, ((ElementService) first).getServiceNode().getURI());
        }));
    }

    /** Example 21's VALUES block names exactly the Wikidata items of the graph's organizations and persons. */
    @Test
    void federatedJoinBatchesTheGraphsItemsInOneServiceCall() throws IOException {
        ElementService service = services(parse(EXAMPLES.resolve("21-founding-and-birth-dates-from-wikidata.rq"))).get(0);
        ElementData values = (ElementData) ((ElementGroup) service.getElement()).getElements().get(0);
        Set<String> batched = values.getRows().stream().map(row -> row.get(Var.alloc("item")).getURI()).collect(Collectors.toSet());
        Set<String> linked = new HashSet<>();
        try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(TestGraphs.seeds().forQuery())).query(
                "PREFIX r2p: <https://w3id.org/r2p/ontology#> PREFIX owl: <http://www.w3.org/2002/07/owl#> "
                        + "SELECT DISTINCT ?item { VALUES ?kind { r2p:Organization r2p:Person } ?e a ?kind ; owl:sameAs ?item }").build()) {
            execution.execSelect().forEachRemaining(row -> linked.add(row.getResource("item").getURI()));
        }
        assertEquals(linked, batched, "the VALUES block lists the graph's linked organizations and persons");
    }

    private static Query parse(Path file) {
        try {
            return QueryFactory.create(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<ElementService> services(Query query) {
        List<ElementService> services = new ArrayList<>();
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                services.add(el);
            }
        });
        return services;
    }

    private static void check(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("#"), file + " must open with a comment stating its question");
        Query query = toStandIn(QueryFactory.create(text));
        Path expectedFile = Path.of(file.toString().replaceFirst("\\.rq$", ".srj"));
        ResultSetRewindable expected;
        try (InputStream in = Files.newInputStream(expectedFile)) {
            expected = ResultSetFactory.copyResults(ResultSetMgr.read(in, ResultSetLang.RS_JSON));
        }
        try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(TestGraphs.searchableSeeds())).query(query).build()) {
            ResultSetRewindable actual = execution.execSelect().rewindable();
            boolean same = query.hasOrderBy()
                    ? ResultsCompare.equalsByTermAndOrder(expected, actual)
                    : ResultsCompare.equalsByTerm(expected, actual);
            actual.reset();
            ByteArrayOutputStream shown = new ByteArrayOutputStream();
            ResultSetFormatter.out(shown, actual, query.getPrefixMapping());
            assertTrue(same, file + " gave:\n" + shown.toString(StandardCharsets.UTF_8));
        }
    }
}
