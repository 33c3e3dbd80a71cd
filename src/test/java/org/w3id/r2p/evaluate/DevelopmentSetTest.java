package org.w3id.r2p.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.r2p.corpus.Corpus;
import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.extract.DocumentExtractor;
import org.w3id.r2p.extract.DocumentFacts;

/**
 * Extraction measured on the development set: 22 documents in the genres of the R2P record, written for the
 * project (see {@code src/test/resources/evaluation/dev/}). The floors are the figures reached, so that a change
 * that loses ground shows; the targets are in the README beside them.
 */
class DevelopmentSetTest {
    private static final Path DEV = Path.of("src/test/resources/evaluation/dev");
    private static final double STATES_FLOOR = 1.0;
    private static final double SPEAKERS_FLOOR = 0.94;
    private static final double GROUPS_FLOOR = 0.80;
    private static Evaluation evaluation;

    @BeforeAll
    static void evaluate() throws Exception {
        DocumentExtractor extractor = DocumentExtractor.standard();
        List<DocumentFacts> facts = new ArrayList<>();
        for (Document document : Corpus.read(DEV.resolve("corpus")).documents()) {
            facts.add(extractor.extract(document));
        }
        Map<String, Gold> gold = Gold.readFolder(DEV.resolve("gold"));
        assertEquals(facts.size(), gold.size(), "every development document has its gold file");
        evaluation = Evaluation.of(facts, gold);
    }

    @Test
    void statesAreAllFound() {
        assertAtLeast(STATES_FLOOR, evaluation.score(Evaluation.Kind.STATES).f1(), "states F1");
    }

    @Test
    void speakersHoldTheirGround() {
        assertAtLeast(SPEAKERS_FLOOR, evaluation.score(Evaluation.Kind.SPEAKERS).f1(), "statement speakers F1");
        assertAtLeast(GROUPS_FLOOR, evaluation.score(Evaluation.Kind.GROUPS).f1(), "on behalf of F1");
    }

    @Test
    void mechanismsAndNetworksReachTheirTargets() {
        assertAtLeast(0.90, evaluation.score(Evaluation.Kind.MECHANISMS).f1(), "mechanisms F1");
        assertAtLeast(0.90, evaluation.score(Evaluation.Kind.NETWORKS).f1(), "regional networks F1");
    }

    private static void assertAtLeast(double floor, double actual, String what) {
        assertTrue(actual >= floor, what + " is " + actual + ", below " + floor + "\n"
                + String.join("\n", evaluation.report()));
    }
}
