package org.w3id.r2p.site;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.r2p.vocab.R2P;

/**
 * The index pages of the site, one per kind of resource. Each is one SELECT query over the union graph that
 * gives one row per item (values that may repeat are reduced with MIN, so rows are deterministic) and counts
 * what refers to it.
 */
final class IndexKinds {
    private static final String PREFIXES = """
            PREFIX r2p: <https://w3id.org/r2p/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    /** Keeps only Wikidata entities among an item's owl:sameAs links. */
    private static final String WIKIDATA = """
            OPTIONAL { ?item owl:sameAs ?sameAs FILTER(STRSTARTS(STR(?sameAs), "http://www.wikidata.org/entity/")) }
            """;

    private static final IndexFilter STATE = new IndexFilter("state", "State", R2P.State.asNode(),
            List.of(R2P.speaker.asNode(), R2P.onBehalfOf.asNode()));
    private static final IndexFilter EVENT = new IndexFilter("event", "event", R2P.Event.asNode(), List.of(R2P.event.asNode()));
    private static final IndexFilter PILLAR = new IndexFilter("pillar", "pillar", R2P.Pillar.asNode(), List.of(R2P.pillar.asNode()));
    private static final IndexFilter TOPIC = new IndexFilter("topic", "topic", SKOS.Concept.asNode(), List.of(R2P.topic.asNode()));
    private static final IndexFilter MECHANISM = new IndexFilter("mechanism", "mechanism", R2P.Mechanism.asNode(),
            List.of(R2P.mechanism.asNode()));

    static final List<IndexKind> ALL = List.of(
            new IndexKind("states", "States", "Every State the documents name, with its Wikidata item and how often it speaks.",
                    PREFIXES + """
                    SELECT ?item (MIN(?name) AS ?itemLabel) (MIN(?iso) AS ?isoCode) (MIN(?sameAs) AS ?wikidata)
                           (COALESCE(MIN(?said), 0) AS ?statements) (COALESCE(MIN(?named), 0) AS ?documents)
                    WHERE {
                      ?item a r2p:State ; rdfs:label ?name .
                      OPTIONAL { ?item r2p:isoCode ?iso }
                    """ + WIKIDATA + """
                      OPTIONAL { SELECT ?item (COUNT(DISTINCT ?statement) AS ?said) WHERE {
                        ?statement a r2p:Statement ; r2p:speaker|r2p:onBehalfOf ?item } GROUP BY ?item }
                      OPTIONAL { SELECT ?item (COUNT(DISTINCT ?document) AS ?named) WHERE {
                        ?document a r2p:Document ; r2p:mentions ?item } GROUP BY ?item }
                    } GROUP BY ?item
                    """,
                    List.of(IndexColumn.linked("item", "State"), IndexColumn.plain("isoCode", "ISO code"),
                            IndexColumn.unsorted("wikidata", "Wikidata"), IndexColumn.plain("statements", "statements"),
                            IndexColumn.plain("documents", "documents naming it")),
                    List.of("itemLabel"), List.of(), null),
            new IndexKind("statements", "Statements", "Every statement, grouped by the event it was made at, in date order.",
                    PREFIXES + """
                    SELECT ?item (MIN(?excerpt) AS ?itemLabel) (MIN(?who) AS ?speaker) (MIN(?whoName) AS ?speakerLabel)
                           (MIN(?at) AS ?event) (MIN(?atName) AS ?eventLabel) (MIN(?when) AS ?date)
                           (MIN(?in) AS ?source) (MIN(?inName) AS ?sourceLabel)
                    WHERE {
                      ?item a r2p:Statement ; r2p:text ?text ; r2p:speaker ?who ; r2p:source ?in .
                      BIND(IF(STRLEN(?text) > 160, CONCAT(SUBSTR(?text, 1, 160), "…"), ?text) AS ?excerpt)
                      OPTIONAL { ?who rdfs:label ?whoName }
                      OPTIONAL { ?in rdfs:label ?inName }
                      OPTIONAL { ?item r2p:event ?at . OPTIONAL { ?at rdfs:label ?atName } OPTIONAL { ?at dct:date ?when } }
                    } GROUP BY ?item
                    """,
                    List.of(IndexColumn.linked("item", "Statement"), IndexColumn.linked("speaker", "Speaker"),
                            IndexColumn.plain("date", "Date"), IndexColumn.linked("event", "Event"),
                            IndexColumn.linked("source", "Document")),
                    List.of("date", "event", "speakerLabel"), List.of(STATE, EVENT, PILLAR, TOPIC, MECHANISM), "event"),
            new IndexKind("persons", "Persons", "Every person the documents name, with the statements they made or delivered.",
                    PREFIXES + """
                    SELECT ?item (MIN(?name) AS ?itemLabel) (MIN(?sameAs) AS ?wikidata)
                           (MIN(?at) AS ?affiliation) (MIN(?atName) AS ?affiliationLabel)
                           (COALESCE(MIN(?said), 0) AS ?statements) (COALESCE(MIN(?named), 0) AS ?documents)
                    WHERE {
                      ?item a r2p:Person ; rdfs:label ?name .
                      OPTIONAL { ?item r2p:affiliation ?at OPTIONAL { ?at rdfs:label ?atName } }
                    """ + WIKIDATA + counts("r2p:speaker|r2p:deliveredBy"), List.of(IndexColumn.linked("item", "Person"),
                            IndexColumn.linked("affiliation", "Affiliation"), IndexColumn.unsorted("wikidata", "Wikidata"),
                            IndexColumn.plain("statements", "statements"), IndexColumn.plain("documents", "documents naming them")),
                    List.of("itemLabel"), List.of(), null),
            agents("organizations", "Organizations", "Every organization the documents name.", "r2p:Organization", "Organization"),
            new IndexKind("mechanisms", "Mechanisms", "Every mechanism the documents name, national and international.",
                    PREFIXES + """
                    SELECT ?item (MIN(?name) AS ?itemLabel) (MIN(?of) AS ?state) (MIN(?ofName) AS ?stateLabel) (MIN(?sameAs) AS ?wikidata)
                           (COALESCE(MIN(?said), 0) AS ?statements) (COALESCE(MIN(?named), 0) AS ?documents)
                    WHERE {
                      ?item a r2p:Mechanism ; rdfs:label ?name .
                      OPTIONAL { ?item r2p:state ?of OPTIONAL { ?of rdfs:label ?ofName } }
                    """ + WIKIDATA + counts("r2p:mechanism"), List.of(IndexColumn.linked("item", "Mechanism"),
                            IndexColumn.linked("state", "State"), IndexColumn.unsorted("wikidata", "Wikidata"),
                            IndexColumn.plain("statements", "statements"), IndexColumn.plain("documents", "documents naming it")),
                    List.of("itemLabel"), List.of(), null),
            agents("networks", "Regional networks", "Every regional network the documents name.", "r2p:RegionalNetwork", "Network"),
            new IndexKind("events", "Events", "A timeline of the events the documents report, in date order.",
                    PREFIXES + """
                    SELECT ?item (MIN(?name) AS ?itemLabel) (MIN(?when) AS ?date) (MIN(?where) AS ?place)
                           (COALESCE(MIN(?said), 0) AS ?statements) (COALESCE(MIN(?reported), 0) AS ?documents)
                    WHERE {
                      ?item a r2p:Event ; rdfs:label ?name .
                      OPTIONAL { ?item dct:date ?when } OPTIONAL { ?item r2p:place ?where }
                      OPTIONAL { SELECT ?item (COUNT(DISTINCT ?statement) AS ?said) WHERE {
                        ?statement a r2p:Statement ; r2p:event ?item } GROUP BY ?item }
                      OPTIONAL { SELECT ?item (COUNT(DISTINCT ?document) AS ?reported) WHERE {
                        ?document a r2p:Document ; r2p:event ?item } GROUP BY ?item }
                    } GROUP BY ?item
                    """,
                    List.of(IndexColumn.plain("date", "Date"), IndexColumn.linked("item", "Event"), IndexColumn.plain("place", "Place"),
                            IndexColumn.plain("statements", "statements"), IndexColumn.plain("documents", "documents")),
                    List.of("date", "itemLabel"), List.of(), null),
            new IndexKind("documents", "Documents", "Every document of the corpus, and every UN document they cite.",
                    PREFIXES + """
                    SELECT ?item (MIN(?name) AS ?itemLabel) (MIN(?when) AS ?date) (MIN(?kind) AS ?type) (MIN(?kindName) AS ?typeLabel)
                           (COALESCE(MIN(?said), 0) AS ?statements)
                    WHERE {
                      ?item a r2p:Document ; rdfs:label ?name .
                      OPTIONAL { ?item dct:date ?when }
                      OPTIONAL { ?item r2p:documentType ?kind OPTIONAL { ?kind rdfs:label ?kindName } }
                      OPTIONAL { SELECT ?item (COUNT(DISTINCT ?statement) AS ?said) WHERE {
                        ?statement a r2p:Statement ; r2p:source ?item } GROUP BY ?item }
                    } GROUP BY ?item
                    """,
                    List.of(IndexColumn.linked("item", "Document"), IndexColumn.plain("date", "Date"), IndexColumn.linked("type", "Type"),
                            IndexColumn.plain("statements", "statements")),
                    List.of("itemLabel"), List.of(), null),
            new IndexKind("topics", "Topics", "The themes statements address, from the project's concept scheme.",
                    PREFIXES + """
                    SELECT ?item (MIN(?name) AS ?itemLabel) (MIN(?meaning) AS ?definition) (COALESCE(MIN(?said), 0) AS ?statements)
                    WHERE {
                      ?item a skos:Concept ; skos:prefLabel ?name .
                      OPTIONAL { ?item skos:definition ?meaning }
                      OPTIONAL { SELECT ?item (COUNT(DISTINCT ?statement) AS ?said) WHERE {
                        ?statement a r2p:Statement ; r2p:topic ?item } GROUP BY ?item }
                    } GROUP BY ?item
                    """,
                    List.of(IndexColumn.linked("item", "Topic"), IndexColumn.plain("definition", "Definition"),
                            IndexColumn.plain("statements", "statements")),
                    List.of("itemLabel"), List.of(), null));

    private IndexKinds() {}

    static Optional<IndexKind> bySlug(String slug) {
        return ALL.stream().filter(k -> k.slug().equals(slug)).findFirst();
    }

    /** The filtered statement list for a resource that statements can be filtered by, if it is one. */
    static Optional<String> statementsAbout(Node resource, Predicate<Node> hasType) {
        IndexKind statements = bySlug("statements").orElseThrow();
        return statements.filters().stream().filter(f -> hasType.test(f.type())).findFirst()
                .map(f -> "/list/statements?" + f.parameter() + "=" + IndexFilter.keyOf(resource));
    }

    /** Statement and document counts, closing a query whose agents are linked to statements by {@code path}. */
    private static String counts(String path) {
        return """
                  OPTIONAL { SELECT ?item (COUNT(DISTINCT ?statement) AS ?said) WHERE {
                    ?statement a r2p:Statement ; %s ?item } GROUP BY ?item }
                  OPTIONAL { SELECT ?item (COUNT(DISTINCT ?document) AS ?named) WHERE {
                    ?document a r2p:Document ; r2p:mentions ?item } GROUP BY ?item }
                } GROUP BY ?item
                """.formatted(path);
    }

    private static IndexKind agents(String slug, String title, String description, String type, String heading) {
        return new IndexKind(slug, title, description, PREFIXES + """
                SELECT ?item (MIN(?name) AS ?itemLabel) (MIN(?sameAs) AS ?wikidata)
                       (COALESCE(MIN(?said), 0) AS ?statements) (COALESCE(MIN(?named), 0) AS ?documents)
                WHERE {
                  ?item a %s ; rdfs:label ?name .
                """.formatted(type) + WIKIDATA + counts("r2p:speaker|r2p:onBehalfOf"),
                List.of(IndexColumn.linked("item", heading), IndexColumn.unsorted("wikidata", "Wikidata"),
                        IndexColumn.plain("statements", "statements"), IndexColumn.plain("documents", "documents naming it")),
                List.of("itemLabel"), List.of(), null);
    }
}
