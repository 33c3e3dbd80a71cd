package org.w3id.r2p.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
    private static final String DATA = """
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            <http://example.org/a> rdfs:label "Quetzal Council" ; foaf:name "Quetzal Council" ; skos:altLabel "QC" .
            <http://example.org/b> foaf:name "Quetzal Council"@en .
            <http://example.org/c> skos:altLabel "Quetzal Council" .
            """;

    @Test
    void aValueUnderTwoPredicatesOfOneFieldIsOneEntryButEveryResourceHasItsOwn() {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(DATA, Lang.TURTLE).parse(graph);
        DatasetGraph dataset = SearchIndex.inMemory(DatasetGraphFactory.createGeneral(graph), graph);
        assertEquals(List.of("http://example.org/a", "http://example.org/b", "http://example.org/c"),
                found(DatasetFactory.wrap(dataset), "quetzal"));
        assertEquals(List.of("http://example.org/a"), found(DatasetFactory.wrap(dataset), "QC"));
    }

    /** Every hit of the label field, in the order of the resources' IRIs, one line per hit. */
    private static List<String> found(Dataset dataset, String word) {
        String query = "PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?s WHERE { ?s text:query (rdfs:label \"" + word + "\") } ORDER BY ?s";
        List<String> subjects = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.create(query, dataset)) {
            execution.execSelect().forEachRemaining(row -> subjects.add(row.getResource("s").getURI()));
        }
        return subjects;
    }
}
