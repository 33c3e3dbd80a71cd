package org.w3id.r2p.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.r2p.support.TestGraphs;

/**
 * The kinds of mechanism and of regional body in the built graph, queried with SPARQL over a small corpus written
 * for the test: a researcher can ask for every commission of inquiry a State mentioned.
 */
class MechanismTypingTest {
    private static final String PREFIXES = """
            PREFIX r2p: <https://w3id.org/r2p/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;
    private static KnowledgeGraph graph;

    @BeforeAll
    static void build(@TempDir Path corpus) throws IOException {
        Files.writeString(corpus.resolve("dialogue.txt"), """
                Interactive dialogue on accountability

                Geneva, 12 March 2021

                The representative of Portugal said the Commission of Inquiry on Burundi had documented torture and
                asked the Commission to continue. Ghana said that the Continental Early Warning System had given timely
                alerts. Fiji said the Special Tribunal for Lebanon had shown what hybrid courts could do. The delegate of
                Norway welcomed the Independent International Fact\u2011Finding Mission on Myanmar (FFM). The African
                Union and the Latin American Network for Genocide and Mass Atrocity Prevention also took part.
                """, StandardCharsets.UTF_8);
        graph = TestGraphs.of(corpus);
    }

    private static List<String> select(String query, String variable) {
        List<String> values = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(graph.forQuery()))
                .query(PREFIXES + query).build()) {
            ResultSet results = execution.execSelect();
            while (results.hasNext()) {
                QuerySolution row = results.next();
                values.add(row.get(variable).isLiteral() ? row.getLiteral(variable).getLexicalForm() : row.getResource(variable).getURI());
            }
        }
        return values;
    }

    @Test
    void everyCommissionOfInquiryAStateMentionedIsFound() {
        assertEquals(List.of("Portugal|Commission of Inquiry on Burundi"), select("""
                SELECT (CONCAT(?stateName, "|", ?name) AS ?row) WHERE {
                  ?statement r2p:speaker ?state ; r2p:mechanism ?mechanism .
                  ?state a r2p:State ; rdfs:label ?stateName .
                  ?mechanism a r2p:CommissionOfInquiry ; rdfs:label ?name .
                } ORDER BY ?row""", "row"));
    }

    @Test
    void mechanismsCarryTheirKindEveryBroaderKindAndMechanism() {
        assertEquals(List.of("Commission of Inquiry on Burundi", "Independent International Fact-Finding Mission on Myanmar"),
                select("""
                        SELECT DISTINCT ?name WHERE {
                          ?m a r2p:InvestigativeMechanism , r2p:Mechanism , r2p:InternationalMechanism ; rdfs:label ?name .
                        } ORDER BY ?name""", "name"));
        assertEquals(List.of("Special Tribunal for Lebanon"),
                select("SELECT ?name WHERE { ?m a r2p:CourtOrTribunal , r2p:Mechanism ; rdfs:label ?name }", "name"));
        assertEquals(List.of("Continental Early Warning System"),
                select("SELECT ?name WHERE { ?m a r2p:EarlyWarningSystem , r2p:Mechanism ; rdfs:label ?name }", "name"));
        assertEquals(List.of(), select("SELECT ?m WHERE { ?m a r2p:CommissionOfInquiry , r2p:FactFindingMission }", "m"));
    }

    @Test
    void aMissionWrittenWithANonBreakingHyphenHasAPlainHyphenLabelAndItsAcronymPointsToIt() {
        assertEquals(List.of("2"), select("""
                SELECT (COUNT(?a) AS ?mentions) WHERE {
                  ?m a r2p:FactFindingMission ; rdfs:label "Independent International Fact-Finding Mission on Myanmar"@en .
                  ?a <http://www.w3.org/ns/oa#hasBody> ?m .
                }""", "mentions"));
    }

    @Test
    void aRegionalOrganizationIsAnOrganizationAndNotANetwork() {
        assertEquals(List.of("African Union"), select("""
                SELECT ?name WHERE { ?o a r2p:RegionalOrganization , r2p:Organization ; rdfs:label ?name .
                                     FILTER NOT EXISTS { ?o a r2p:RegionalNetwork } }""", "name"));
        assertEquals(List.of("Latin American Network for Genocide and Mass Atrocity Prevention"), select("""
                SELECT ?name WHERE { ?n a r2p:RegionalNetwork ; rdfs:label ?name .
                                     FILTER NOT EXISTS { ?n a r2p:RegionalOrganization } }""", "name"));
    }

    @Test
    void theTypedGraphConformsToTheShapes() {
        GraphValidator.Result result = GraphValidator.standard().validate(graph);
        assertTrue(result.conforms(), String.join("\n", result.lines()));
    }

    @Test
    void theShapesRefuseAMechanismOfTwoKindsThatExcludeEachOther() {
        Model data = ModelFactory.createDefaultModel();
        data.read(new StringReader(PREFIXES + """
                <https://w3id.org/r2p/id/mechanism/x> a r2p:Mechanism , r2p:InternationalMechanism ,
                    r2p:CommissionOfInquiry , r2p:FactFindingMission ; rdfs:label "X"@en .
                """), null, "TURTLE");
        GraphValidator.Result result = GraphValidator.standard().validate(data.getGraph(), graph.prefixes());
        assertTrue(result.lines().stream().anyMatch(l -> l.contains("not also a fact-finding mission")), result.lines().toString());
    }
}
