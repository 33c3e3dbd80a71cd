package org.w3id.r2p.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.r2p.support.GraphExpectations;
import org.w3id.r2p.support.TestGraphs;

/**
 * Documents written for the tests, not seeds: each folder under {@code cases/} holds a {@code corpus/} of
 * documents, the facts its graph must hold ({@code expected.ttl}) and, optionally, facts it must not hold
 * ({@code unexpected.ttl}).
 */
class ExtractionCasesTest {
    private static final Path CASES = Path.of("src/test/resources/cases");

    @TestFactory
    Stream<DynamicNode> everyCaseExtractsItsExpectedFacts() throws IOException {
        try (Stream<Path> folders = Files.list(CASES)) {
            return folders.filter(Files::isDirectory).sorted().toList().stream().map(ExtractionCasesTest::container);
        }
    }

    private static DynamicNode container(Path folder) {
        Graph graph = TestGraphs.of(folder.resolve("corpus")).union();
        List<DynamicNode> tests = new ArrayList<>();
        for (GraphExpectations.Check check : GraphExpectations.check(graph, folder.resolve("expected.ttl"))) {
            tests.add(DynamicTest.dynamicTest("holds " + check.description(),
                    () -> assertTrue(check.holds(), folder.getFileName() + " lacks:\n" + check.description())));
        }
        Path unexpected = folder.resolve("unexpected.ttl");
        if (Files.exists(unexpected)) {
            for (GraphExpectations.Check check : GraphExpectations.check(graph, unexpected)) {
                tests.add(DynamicTest.dynamicTest("lacks " + check.description(),
                        () -> assertFalse(check.holds(), folder.getFileName() + " should not hold:\n" + check.description())));
            }
        }
        return DynamicContainer.dynamicContainer(folder.getFileName().toString(), tests);
    }
}
