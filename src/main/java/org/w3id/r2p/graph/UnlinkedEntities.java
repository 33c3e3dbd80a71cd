package org.w3id.r2p.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;

/**
 * The organizations, persons, mechanisms and networks of a graph that have no Wikidata link, most mentioned first:
 * the list a curator fills in next (with checked QIDs, in a table given to {@code --entities}).
 * <pre>
 *   UnlinkedEntities.of(graph).forEach(entry -> System.out.println(entry.name() + " " + entry.mentions()));
 * </pre>
 */
public final class UnlinkedEntities {
    /**
     * One entity without a link.
     *
     * @param mentions  how many times the documents name it
     * @param documents the ids of the documents whose graphs describe it, in order
     */
    public record Entry(String name, String kind, int mentions, List<String> documents, String iri) {
        public Entry {
            documents = List.copyOf(documents);
        }
    }

    private static final String PREFIXES = """
            PREFIX r2p: <https://w3id.org/r2p/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            """;
    /** Each unlinked entity with each document whose named graph describes it. */
    private static final String ENTITIES = PREFIXES + """
            SELECT ?iri ?kind ?name ?document WHERE {
              VALUES (?class ?kind) { (r2p:Organization "organization") (r2p:Person "person")
                                      (r2p:Mechanism "mechanism") (r2p:RegionalNetwork "network") }
              GRAPH ?g { ?iri a ?class ; rdfs:label ?name }
              ?g prov:wasDerivedFrom ?document .
              FILTER NOT EXISTS { ?iri owl:sameAs ?link }
            }""";
    /** How many mentions (evidence that identifies) each resource has. */
    private static final String MENTIONS = PREFIXES + """
            SELECT ?iri (COUNT(?annotation) AS ?mentions) WHERE {
              ?annotation oa:motivatedBy oa:identifying ; oa:hasBody ?iri .
            } GROUP BY ?iri""";

    private UnlinkedEntities() {}

    public static List<Entry> of(KnowledgeGraph graph) {
        Map<String, Integer> mentions = new HashMap<>();
        select(graph, MENTIONS).forEach(row -> mentions.put(row.getResource("iri").getURI(), row.getLiteral("mentions").getInt()));
        Map<String, QuerySolution> entities = new TreeMap<>();
        Map<String, SortedSet<String>> documents = new HashMap<>();
        for (QuerySolution row : select(graph, ENTITIES)) {
            String iri = row.getResource("iri").getURI();
            entities.putIfAbsent(iri, row);
            String document = row.getResource("document").getURI();
            documents.computeIfAbsent(iri, k -> new TreeSet<>()).add(document.substring(document.lastIndexOf('/') + 1));
        }
        List<Entry> entries = new ArrayList<>();
        entities.forEach((iri, row) -> entries.add(new Entry(row.getLiteral("name").getLexicalForm(),
                row.getLiteral("kind").getLexicalForm(), mentions.getOrDefault(iri, 0), List.copyOf(documents.get(iri)), iri)));
        entries.sort(Comparator.comparingInt(Entry::mentions).reversed()
                .thenComparing(Entry::name).thenComparing(Entry::iri));
        return entries;
    }

    private static List<QuerySolution> select(KnowledgeGraph graph, String query) {
        try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(graph.forQuery())).query(query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            ResultSet results = execution.execSelect();
            results.forEachRemaining(rows::add);
            return rows;
        }
    }
}
