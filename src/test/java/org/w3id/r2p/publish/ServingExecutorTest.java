package org.w3id.r2p.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.engine.main.StageBuilder;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The executor for in-memory datasets gives Jena's answers byte for byte, rows in the same order: ORDER BY on
 * values of every kind (ties, unbound, dates, numbers, descending) and OPTIONAL patterns that rows fix in
 * different ways.
 */
class ServingExecutorTest {
    private static final String EX = "PREFIX : <http://example.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * { ?s :value ?v } ORDER BY ?v",
        "SELECT * { ?s :value ?v } ORDER BY DESC(?v) ?s",
        "SELECT ?s { ?s :group ?g OPTIONAL { ?s :value ?v } } ORDER BY ?g",
        "SELECT ?s (STR(?v) AS ?x) { ?s :group ?g OPTIONAL { ?s :value ?v } } ORDER BY DESC(STR(?v)) ?g",
        "SELECT * { ?s :group ?g OPTIONAL { ?s :link ?o . ?o rdfs:label ?name } OPTIONAL { ?o :value ?w } }",
        "SELECT * { ?s :group ?g OPTIONAL { ?s ?p ?o . ?o rdfs:label ?name } } ORDER BY ?s ?p",
        "SELECT * { ?s :group ?g OPTIONAL { ?o rdfs:label ?name . ?s :link ?o } }",
        "SELECT * { ?s :kind ?p ; :link ?c OPTIONAL { ?x ?p ?c . ?x :group \"g0\" } }",
        "SELECT * { ?s :group ?g ; :kind ?p OPTIONAL { ?s ?p ?type . ?type rdfs:label ?name } }",
        "SELECT * { ?s :group ?g OPTIONAL { ?s :link ?o } OPTIONAL { ?o rdfs:label ?name . ?o :value ?v } } ORDER BY ?name",
        "SELECT ?g (COUNT(DISTINCT ?s) AS ?n) { ?s :group ?g OPTIONAL { ?s :value ?v } } GROUP BY ?g ORDER BY DESC(?n) ?g",
        "SELECT * { ?s :group ?g OPTIONAL { ?s :link/rdfs:label ?name FILTER(STRLEN(?name) > 2) } }",
        "SELECT * { ?s :group ?g OPTIONAL { ?s :link ?o . ?o rdfs:label ?name FILTER(?g != \"g1\") } }",
        "SELECT * { ?s :group ?g OPTIONAL { ?s a ?t . ?t :value ?v FILTER NOT EXISTS { ?s :link ?t } } }",
        "SELECT * { ?s :group ?g OPTIONAL { ?s (:link|a)+ ?o FILTER EXISTS { ?o rdfs:label ?l } } } ORDER BY ?o",
        "SELECT * { ?s :group ?g OPTIONAL { ?s :link ?o FILTER (?o != :o1) ?o (:value|rdfs:label)* ?x } }",
        "SELECT ?g (COUNT(DISTINCT ?o) AS ?n) { ?s :group ?g OPTIONAL { ?s :link ?o FILTER NOT EXISTS { ?o :value 3 } } } GROUP BY ?g ORDER BY ?g",
        "SELECT * { ?s :group ?g OPTIONAL { ?s :link ?o FILTER NOT EXISTS { ?o :value ?v OPTIONAL { ?s :value ?v } } } }",
        "SELECT ?g ?v { ?s :group ?g OPTIONAL { ?s :value ?v } } GROUP BY ?g ?v",
        "SELECT ?k ?v (COUNT(DISTINCT ?s) AS ?n) (SAMPLE(?o) AS ?x) (GROUP_CONCAT(STR(?o)) AS ?all) "
            + "{ ?s :group ?g OPTIONAL { ?s :value ?v } OPTIONAL { ?s :link ?o } } GROUP BY (STR(?g) AS ?k) ?v",
        "SELECT (MAX(?v) AS ?m) (COUNT(*) AS ?n) { ?s :value ?v }",
        "SELECT (COUNT(*) AS ?n) (\"value\" AS ?label) { ?s :absent ?v }",
        "SELECT ?value (COUNT(*) AS ?n) { ?s :absent ?value } GROUP BY ?value",
        "SELECT DISTINCT ?g ?v { ?s :group ?g OPTIONAL { ?s :value ?v } }",
        "SELECT ?s ?v { { SELECT DISTINCT ?s ?g { ?s :group ?g ; :link ?o } } ?s :value ?v }",
        "SELECT * { ?s :link ?o . ?o rdfs:label ?name ; :value ?v }",
        "SELECT * { ?s ?p ?s }",
        "SELECT * { ?s :link ?s ; ?p ?o }",
        "SELECT * { ?s :kind ?p . ?x ?p ?o . ?o rdfs:label ?name } LIMIT 9",
        "SELECT * { ?o rdfs:label \"o 1\"@EN ; :value ?v }",
        "SELECT * { ?s a ?t ; a ?u FILTER(?t != ?u) ?t rdfs:label ?name }",
        "SELECT * { VALUES (?s ?g) { (:s1 UNDEF) (UNDEF \"g2\") (:s4 \"g0\") (:s6 \"g9\") } ?s :group ?g ; :kind ?k }",
        "SELECT * { ?s :group ?g { ?s :link ?o } UNION { ?s :value ?o } ?o rdfs:label ?name }",
        "SELECT * { ?s :group \"g1\" ; :value ?v . ?s :group ?g }",
        "SELECT * { ?s :group ?g . _:b rdfs:label ?name . ?s :link _:b }",
        "SELECT * { ?s :group ?g ; a :o1 ; :link :o4 ; :value ?v }",
    })
    void answersAsJenaDoes(String query) {
        DatasetGraph dataset = dataset();
        String jena = json(dataset, EX + query, false);
        assertEquals(jena, json(dataset, EX + query, true));
        assertEquals(jena, json(DatasetGraphFactory.wrap(SubjectPredicateGraph.over(dataset.getDefaultGraph())), EX + query, true),
                "over the served graph's index");
        assertTrue(jena.contains("\"value\""), jena);
    }

    /** A join of patterns that share no variable, counted, still stops at the query's timeout (a public endpoint's guard). */
    @Test
    void aHeavyCountOverUnrelatedPatternsStopsOnTime() {
        DatasetGraph dataset = dataset();
        dataset.getContext().set(ARQ.queryTimeout, "500");
        String heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
        StopsOnTime.assertStopsOnTime(() -> json(dataset, heavy, true));
    }

    private static DatasetGraph dataset() {
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        Graph graph = dataset.getDefaultGraph();
        Node group = iri("group");
        Node value = iri("value");
        Node link = iri("link");
        Node kind = iri("kind");
        for (int i = 0; i < 60; i++) {
            Node s = iri("s" + i);
            graph.add(s, kind, i % 3 == 0 ? RDF.Nodes.type : link);
            switch (i % 5) {
                case 0 -> graph.add(s, value, NodeFactory.createLiteralDT("2024-0" + (1 + i % 9) + "-01", XSDDatatype.XSDdate));
                case 1 -> graph.add(s, value, NodeFactory.createLiteralDT(String.valueOf(i % 7), XSDDatatype.XSDinteger));
                case 2 -> graph.add(s, value, NodeFactory.createLiteralString("v" + i % 6));
                case 3 -> graph.add(s, value, iri("o" + i % 8));
                default -> { }
            }
            if (i % 2 == 0) {
                graph.add(s, link, iri("o" + i % 8));
                graph.add(s, link, iri("o" + (i + 3) % 8));
                graph.add(s, RDF.Nodes.type, iri("o" + i % 3));
                graph.add(s, RDF.Nodes.type, iri("o" + (i + 1) % 3));
            }
        }
        graph.add(iri("s8"), link, iri("s8"));
        // Added in the reverse order, so that the graph's indexes list rows in different orders.
        for (int i = 59; i >= 0; i--) {
            graph.add(iri("s" + i), group, NodeFactory.createLiteralString("g" + i % 4));
        }
        for (int i = 0; i < 8; i++) {
            graph.add(iri("o" + i), RDFS.label.asNode(), NodeFactory.createLiteralLang("o " + i % 5, "en"));
            graph.add(iri("o" + i), value, NodeFactory.createLiteralDT(String.valueOf(i), XSDDatatype.XSDinteger));
        }
        return dataset;
    }

    private static Node iri(String local) {
        return NodeFactory.createURI("http://example.org/" + local);
    }

    private static String json(DatasetGraph dataset, String query, boolean serving) {
        Context servingContext = new Context();
        ServingExecutor.install(servingContext);
        Object executor = serving ? QC.getFactory(servingContext) : OpExecutor.stdFactory;
        Object stages = serving ? StageBuilder.getGenerator(servingContext) : StageBuilder.standardGenerator();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).set(ARQConstants.sysOpExecutorFactory, executor)
                .set(ARQ.stageGenerator, stages).build()) {
            ResultsWriter.create().lang(ResultSetLang.RS_JSON).build().write(bytes, exec.select());
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
