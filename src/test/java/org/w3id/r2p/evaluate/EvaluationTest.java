package org.w3id.r2p.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.r2p.corpus.Corpus;
import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.extract.DocumentExtractor;
import org.w3id.r2p.extract.DocumentFacts;

/**
 * Extraction measured against hand-made annotations of the seeds and of ten documents written for the purpose
 * (a verbatim statement, meetings coverage, a PDF-extracted record, an HTML page, a Spanish heading, a list of
 * participants, a note naming no State, States only as adjectives, an interview, a letter). The test fails
 * when a figure drops below its target.
 */
class EvaluationTest {
    private static final Path EVALUATION = Path.of("src/test/resources/evaluation");
    private static Evaluation evaluation;

    @BeforeAll
    static void evaluate() throws Exception {
        DocumentExtractor extractor = DocumentExtractor.standard();
        List<DocumentFacts> facts = new ArrayList<>();
        Map<String, Gold> gold = new TreeMap<>();
        for (Path[] pair : new Path[][] {{Path.of("seeds"), EVALUATION.resolve("seed-gold")},
                {EVALUATION.resolve("corpus"), EVALUATION.resolve("gold")}}) {
            for (Document document : Corpus.read(pair[0]).documents()) {
                facts.add(extractor.extract(document));
            }
            gold.putAll(Gold.readFolder(pair[1]));
        }
        assertEquals(15, gold.size());
        evaluation = Evaluation.of(facts, gold);
        evaluation.report().forEach(System.out::println);
    }

    @Test
    void statesF1IsAtLeast098() {
        assertAtLeast(0.98, evaluation.score(Evaluation.Kind.STATES).f1(), "states F1");
    }

    @Test
    void statementSpeakersF1IsAtLeast090() {
        assertAtLeast(0.90, evaluation.score(Evaluation.Kind.SPEAKERS).f1(), "statement speakers F1");
    }

    @Test
    void mechanismsAndRegionalNetworksF1AreAtLeast085() {
        assertAtLeast(0.85, evaluation.score(Evaluation.Kind.MECHANISMS).f1(), "mechanisms F1");
        assertAtLeast(0.85, evaluation.score(Evaluation.Kind.NETWORKS).f1(), "regional networks F1");
    }

    @Test
    void eventDatesAreRightOnAtLeast95PercentOfDocuments() {
        assertAtLeast(0.95, evaluation.eventDates().accuracy(), "event dates right");
    }

    @Test
    void scoresCountHitsMissesAndFalseHits() {
        Evaluation.Score score = new Evaluation.Score(8, List.of("d: x", "d: y"), List.of("d: z"));
        assertEquals(0.8, score.precision(), 1e-9);
        assertEquals(8.0 / 9, score.recall(), 1e-9);
        assertEquals(2 * 0.8 * (8.0 / 9) / (0.8 + 8.0 / 9), score.f1(), 1e-9);
    }

    @Test
    void goldForADocumentNotInTheCorpusIsAnError() throws IOException {
        Map<String, Gold> gold = Gold.readFolder(EVALUATION.resolve("gold"));
        assertThrows(IllegalArgumentException.class, () -> Evaluation.of(List.of(), gold));
    }

    private static void assertAtLeast(double target, double actual, String what) {
        assertTrue(actual >= target, what + " is " + actual + ", below its target " + target
                + "\n" + String.join("\n", evaluation.report()));
    }
}
