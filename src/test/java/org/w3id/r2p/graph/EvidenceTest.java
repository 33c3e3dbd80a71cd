package org.w3id.r2p.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.r2p.corpus.Corpus;
import org.w3id.r2p.corpus.CorpusException;
import org.w3id.r2p.link.EntityTable;
import org.w3id.r2p.vocab.OA;
import org.w3id.r2p.support.TestGraphs;
import org.w3id.r2p.vocab.R2P;

/** Every annotation's position, read with SPARQL's SUBSTR over the document's text, gives its quote, at every level. */
class EvidenceTest {
    private static final String PREFIXES = """
            PREFIX oa:  <http://www.w3.org/ns/oa#>
            PREFIX r2p: <https://w3id.org/r2p/ontology#>
            """;
    /** The words and the position may sit on one selector (compact) or on two (full). */
    private static final String ANNOTATIONS = PREFIXES + """
            SELECT ?annotation ?exact ?start ?end ?found WHERE {
              ?annotation a oa:Annotation ; oa:hasBody ?body ; oa:hasTarget ?target .
              ?target oa:hasSource ?document ; oa:hasSelector ?quote , ?position .
              ?quote oa:exact ?exact .
              ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
              ?document r2p:text ?text .
              BIND(SUBSTR(?text, ?start + 1, ?end - ?start) AS ?found)
            }""";
    private static final String EVIDENCED = PREFIXES + """
            SELECT (COUNT(DISTINCT ?statement) AS ?statements) (COUNT(DISTINCT ?evidenced) AS ?withEvidence) WHERE {
              ?statement a r2p:Statement .
              OPTIONAL { ?annotation oa:hasBody ?statement . BIND(?statement AS ?evidenced) }
            }""";
    private static final String MENTIONED_WORDS = PREFIXES + """
            SELECT DISTINCT ?document ?body ?exact WHERE {
              ?annotation oa:motivatedBy oa:identifying ; oa:hasBody ?body ; oa:hasTarget ?target .
              ?target oa:hasSource ?document ; oa:hasSelector ?selector .
              ?selector oa:exact ?exact .
            }""";

    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource({"seeds, FULL", "seeds, COMPACT", "src/test/resources/cases/astral-characters/corpus, FULL",
            "src/test/resources/cases/astral-characters/corpus, COMPACT", "src/test/resources/cases/press-release/corpus, COMPACT"})
    void everyAnnotationsPositionReproducesItsQuote(String corpus, EvidenceLevel level) {
        KnowledgeGraph graph = build(Path.of(corpus), level);
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

    @Test
    void compactEvidencesTheSameDistinctFactsAsFullInAboutTwoThirdsOfTheTriplesOrFewer() {
        KnowledgeGraph full = build(TestGraphs.SEEDS, EvidenceLevel.FULL);
        KnowledgeGraph compact = build(TestGraphs.SEEDS, EvidenceLevel.COMPACT);
        assertEquals(mentionedWords(full), mentionedWords(compact));
        int fullEvidence = evidenceTriples(full);
        int compactEvidence = evidenceTriples(compact);
        assertTrue(compactEvidence * 3 <= fullEvidence * 2, compactEvidence + " evidence triples against " + fullEvidence);
        assertFalse(compact.union().contains(Node.ANY, RDF.type.asNode(), OA.TextQuoteSelector.asNode()));
        assertFalse(compact.union().contains(Node.ANY, OA.prefix.asNode(), Node.ANY));
    }

    @Test
    void aRepeatedSentenceIsEvidencedOnceWhateverItsNumberOfRepetitions() throws IOException {
        String sentence = "The representative of Kenya told the Security Council that States must protect populations from genocide. ";
        Graph once = build(corpusOf("once", sentence), EvidenceLevel.COMPACT).union();
        Graph fifty = build(corpusOf("fifty", sentence.repeat(50)), EvidenceLevel.COMPACT).union();
        assertTrue(annotations(once) > 0);
        assertEquals(annotations(once), annotations(fifty));
        assertTrue(annotations(build(corpusOf("fifty-full", sentence.repeat(50)), EvidenceLevel.FULL).union()) >= 50);
    }

    @Test
    void noEvidenceLeavesTheFactsAndConformsToTheShapes() {
        KnowledgeGraph none = build(TestGraphs.SEEDS, EvidenceLevel.NONE);
        KnowledgeGraph compact = build(TestGraphs.SEEDS, EvidenceLevel.COMPACT);
        assertEquals(0, annotations(none.union()));
        assertFalse(none.union().contains(Node.ANY, OA.hasSource.asNode(), Node.ANY));
        assertEquals(compact.union().find(Node.ANY, R2P.mentions.asNode(), Node.ANY).toList().size(),
                none.union().find(Node.ANY, R2P.mentions.asNode(), Node.ANY).toList().size());
        assertTrue(GraphValidator.standard().validate(none).conforms());
    }

    private Path corpusOf(String name, String body) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(name));
        Files.writeString(folder.resolve("statement.txt"), "Statement at the Security Council\n\n" + body);
        return folder;
    }

    private static KnowledgeGraph build(Path corpus, EvidenceLevel level) {
        try {
            return KnowledgeGraphBuilder.build(Corpus.read(corpus), IriScheme.standard(), EntityTable.standard(), level,
                    1, Progress.NONE, warning -> { });
        } catch (CorpusException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> mentionedWords(KnowledgeGraph graph) {
        Set<String> words = new TreeSet<>();
        try (QueryExecution execution = QueryExecution.model(ModelFactory.createModelForGraph(graph.union())).query(MENTIONED_WORDS).build()) {
            execution.execSelect().forEachRemaining(row -> words.add(row.getResource("document") + " " + row.getResource("body")
                    + " " + row.getLiteral("exact").getString()));
        }
        return words;
    }

    private static int annotations(Graph graph) {
        return graph.find(Node.ANY, RDF.type.asNode(), OA.Annotation.asNode()).toList().size();
    }

    /** Triples whose subject is an annotation or one of its parts. */
    private static int evidenceTriples(KnowledgeGraph graph) {
        return (int) graph.union().find().toList().stream()
                .filter(t -> t.getSubject().isURI() && t.getSubject().getURI().contains("/id/annotation/")).count();
    }
}
