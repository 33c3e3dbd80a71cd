package org.w3id.r2p.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.r2p.support.TestGraphs;
import org.w3id.r2p.vocab.R2P;

class StatementLabelsTest {
    @Test
    void shortTextIsItsOwnExcerptWithWhitespaceFolded() {
        assertEquals("Ghana spoke on prevention.", StatementLabels.excerpt("  Ghana spoke\n on   prevention.\n"));
    }

    @Test
    void longTextIsCutAtAWordWithAnEllipsis() {
        String text = "word ".repeat(60) + "end";
        String excerpt = StatementLabels.excerpt(text);
        assertTrue(excerpt.endsWith("word…"), excerpt);
        assertTrue(excerpt.length() <= StatementLabels.EXCERPT_LENGTH + 1, excerpt);
    }

    @Test
    void oneLongWordIsCutWithoutSplittingASurrogatePair() {
        String text = "x".repeat(199) + "😀".repeat(10);
        String excerpt = StatementLabels.excerpt(text);
        assertEquals("x".repeat(199) + "…", excerpt);
    }

    @Test
    void everyStatementOfTheSeedsHasItsOwnLabelNamingSpeakerAndSettingAndAnExcerpt() {
        var graph = TestGraphs.seeds().union();
        List<Node> statements = graph.find(Node.ANY, RDF.type.asNode(), R2P.Statement.asNode()).mapWith(Triple::getSubject).toList();
        Set<String> labels = new HashSet<>();
        for (Node statement : statements) {
            List<Node> label = graph.find(statement, RDFS.label.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
            assertEquals(1, label.size(), statement.toString());
            assertTrue(labels.add(label.get(0).getLiteralLexicalForm()), "two statements labelled " + label.get(0));
            assertTrue(label.get(0).getLiteralLexicalForm().matches(".+ (at|in) .+"), label.get(0).toString());
            assertEquals(1, graph.find(statement, R2P.excerpt.asNode(), Node.ANY).toList().size(), statement.toString());
        }
        assertTrue(labels.contains("Czechia at Informal interactive dialogue on the Responsibility to Protect, 11 September 2013 (2 of 3)"));
    }
}
