package org.w3id.r2p.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.DocumentFacts;
import org.w3id.r2p.extract.DocumentMetadata;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.EventFinding;
import org.w3id.r2p.extract.StatementFinding;
import org.w3id.r2p.link.StateGazetteer;
import org.w3id.r2p.support.TestGraphs;
import org.w3id.r2p.vocab.R2P;

class StatementLabelsTest {
    private static final IriScheme IRIS = IriScheme.standard();
    private static final GraphAssembler NAMES = new GraphAssembler(IRIS, StateGazetteer.load());
    private static final EntityRef GHANA = EntityRef.state("GHA");
    private static final EntityRef KENYA = EntityRef.state("KEN");

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
    void aLongTextsExcerptIsCutFromTheWholeTextFoldedHoweverLongItsRunsOfWhitespace() {
        Random random = new Random(15);
        String[] pieces = {"word", " ", "\n\n", " ".repeat(500), "\t", ",", "…", "😀", "-", "x".repeat(150)};
        for (int i = 0; i < 500; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(3_000);
            while (text.length() < length) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertEquals(excerptOfTheWholeFolded(text.toString()), StatementLabels.excerpt(text.toString()), text.toString());
        }
    }

    /** The excerpt as made by folding all of the text first. */
    private static String excerptOfTheWholeFolded(String text) {
        String words = text.strip().replaceAll("\\s+", " ");
        if (words.length() <= StatementLabels.EXCERPT_LENGTH) {
            return words;
        }
        int cut = words.lastIndexOf(' ', StatementLabels.EXCERPT_LENGTH);
        if (cut < StatementLabels.EXCERPT_LENGTH / 2) {
            cut = Character.isLowSurrogate(words.charAt(StatementLabels.EXCERPT_LENGTH)) ? StatementLabels.EXCERPT_LENGTH - 1
                    : StatementLabels.EXCERPT_LENGTH;
        }
        return words.substring(0, cut).replaceAll("[\\s,;:.\\-–—]+$", "") + "…";
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

    @Test
    void aSpeakersStatementsInOneSettingAreNumberedAcrossDocumentsInTheirOrder() {
        DocumentFacts a = facts("a", said("a", GHANA, 40, "Ghana spoke last."), said("a", GHANA, 0, "Ghana spoke first."),
                said("a", KENYA, 20, "Kenya spoke once."));
        DocumentFacts b = facts("b", said("b", GHANA, 0, "Ghana spoke again."));
        List<String> labels = labelsInTurn(List.of(a, b));
        String setting = " at Dialogue, 11 September 2013";
        assertEquals(List.of("Ghana" + setting + " (1 of 3)", "Kenya" + setting, "Ghana" + setting + " (2 of 3)",
                "Ghana" + setting + " (3 of 3)"), labels);
    }

    @Test
    void aStatementFoundTwiceInADocumentIsOneStatement() {
        DocumentFacts a = facts("a", said("a", GHANA, 0, "Ghana spoke."), said("a", GHANA, 30, "Ghana spoke."),
                said("a", GHANA, 60, "Ghana spoke twice."));
        assertEquals(List.of("Ghana at Dialogue, 11 September 2013 (1 of 2)", "Ghana at Dialogue, 11 September 2013 (2 of 2)"),
                labelsInTurn(List.of(a)));
    }

    @Test
    void numberingDocumentByDocumentGivesTheLabelsOfTheWholeCorpus() {
        List<DocumentFacts> documents = List.of(
                facts("a", said("a", GHANA, 0, "One."), said("a", KENYA, 10, "Two.")),
                facts("b", said("b", KENYA, 0, "Three."), said("b", GHANA, 10, "Four.")));
        EntityNames names = NAMES.names(documents);
        StatementLabels whole = StatementLabels.of(documents, names, IRIS);
        StatementLabels.Collector collector = new StatementLabels.Collector(IRIS);
        documents.forEach(collector::add);
        StatementLabels.Numbering numbering = collector.numbering(names);
        for (DocumentFacts document : documents) {
            StatementLabels one = numbering.next(document);
            for (StatementFinding finding : document.statements()) {
                String iri = StatementLabels.iri(IRIS, finding);
                assertEquals(whole.label(iri), one.label(iri));
            }
        }
    }

    /** Every statement's label, document by document and each document's in the order of the record. */
    private static List<String> labelsInTurn(List<DocumentFacts> documents) {
        StatementLabels.Collector collector = new StatementLabels.Collector(IRIS);
        documents.forEach(collector::add);
        StatementLabels.Numbering numbering = collector.numbering(NAMES.names(documents));
        List<String> labels = new ArrayList<>();
        for (DocumentFacts document : documents) {
            StatementLabels one = numbering.next(document);
            document.statements().stream().sorted(Comparator.comparing(StatementFinding::span))
                    .map(finding -> one.label(StatementLabels.iri(IRIS, finding))).distinct().forEach(labels::add);
        }
        return labels;
    }

    private static DocumentFacts facts(String id, StatementFinding... statements) {
        EventFinding dialogue = new EventFinding("informal-interactive-dialogue", "Dialogue", LocalDate.of(2013, 9, 11), null);
        DocumentMetadata metadata = new DocumentMetadata("Title " + id, null, null, List.of(), dialogue, List.of(), List.of(), null);
        return new DocumentFacts(Document.of(id, "x".repeat(100)), metadata, List.of(), List.of(), List.of(statements));
    }

    private static StatementFinding said(String documentId, EntityRef speaker, int start, String text) {
        return new StatementFinding(speaker, new Span(start, start + text.length()), text, List.of(), List.of(), null, null,
                List.of(), List.of(), documentId);
    }
}
