package org.w3id.r2p.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.r2p.support.TestGraphs;

/** Every annotation's position, read with SPARQL's SUBSTR over the document's text, gives its quote. */
class EvidenceTest {
    private static final String PREFIXES = """
            PREFIX oa:  <http://www.w3.org/ns/oa#>
            PREFIX r2p: <https://w3id.org/r2p/ontology#>
            """;
    private static final String ANNOTATIONS = PREFIXES + """
            SELECT ?annotation ?exact ?start ?end ?found WHERE {
              ?annotation a oa:Annotation ; oa:hasBody ?body ; oa:hasTarget ?target .
              ?target oa:hasSource ?document ; oa:hasSelector ?quote , ?position .
              ?quote a oa:TextQuoteSelector ; oa:exact ?exact .
              ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
              ?document r2p:text ?text .
              BIND(SUBSTR(?text, ?start + 1, ?end - ?start) AS ?found)
            }""";
    private static final String EVIDENCED = PREFIXES + """
            SELECT (COUNT(DISTINCT ?statement) AS ?statements) (COUNT(DISTINCT ?evidenced) AS ?withEvidence) WHERE {
              ?statement a r2p:Statement .
              OPTIONAL { ?annotation oa:hasBody ?statement . BIND(?statement AS ?evidenced) }
            }""";

    @ParameterizedTest
    @ValueSource(strings = {"seeds", "src/test/resources/cases/astral-characters/corpus",
            "src/test/resources/cases/press-release/corpus"})
    void everyAnnotationsPositionReproducesItsQuote(String corpus) {
        KnowledgeGraph graph = TestGraphs.of(Path.of(corpus));
        List<String> mismatches = new ArrayList<>();
        int count = 0;
        try (QueryExecution execution = QueryExecution.model(ModelFactory.createModelForGraph(graph.union())).query(ANNOTATIONS).build()) {
            ResultSet results = execution.execSelect();
            while (results.hasNext()) {
                QuerySolution row = results.next();
                count++;
                if (!row.getLiteral("exact").getString().equals(row.getLiteral("found").getString())) {
                    mismatches.add(row.getResource("annotation") + ": '" + row.getLiteral("exact") + "' vs '" + row.getLiteral("found") + "'");
                }
            }
        }
        assertTrue(count > 0, "no annotations");
        assertEquals(List.of(), mismatches);
    }

    @ParameterizedTest
    @ValueSource(strings = {"seeds", "src/test/resources/cases/astral-characters/corpus"})
    void everyStatementHasEvidence(String corpus) {
        KnowledgeGraph graph = TestGraphs.of(Path.of(corpus));
        try (QueryExecution execution = QueryExecution.model(ModelFactory.createModelForGraph(graph.union())).query(EVIDENCED).build()) {
            QuerySolution row = execution.execSelect().next();
            assertTrue(row.getLiteral("statements").getInt() > 0);
            assertEquals(row.getLiteral("statements").getInt(), row.getLiteral("withEvidence").getInt());
        }
    }
}
