package org.w3id.r2p.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.r2p.support.GraphExpectations;
import org.w3id.r2p.support.TestGraphs;

/**
 * Facts the graph of the seed corpus must hold ({@code seed-facts/NAME.ttl}) and must not hold
 * ({@code seed-facts/NAME.unexpected.ttl}), one dynamic test per group of expected triples.
 */
class SeedFactsTest {
    private static final Path FACTS = Path.of("src/test/resources/seed-facts");

    @TestFactory
    Stream<DynamicNode> seedGraphHoldsExpectedFacts() throws IOException {
        try (Stream<Path> files = Files.list(FACTS)) {
            return files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList().stream()
                    .map(SeedFactsTest::container);
        }
    }

    private static DynamicNode container(Path file) {
        boolean unexpected = file.getFileName().toString().endsWith(".unexpected.ttl");
        return DynamicContainer.dynamicContainer(file.getFileName().toString(),
                GraphExpectations.check(TestGraphs.seeds().union(), file).stream()
                        .map(check -> DynamicTest.dynamicTest(check.description(), () -> {
                            if (unexpected) {
                                assertFalse(check.holds(), "The seed graph should not hold:\n" + check.description());
                            } else {
                                assertTrue(check.holds(), "The seed graph lacks:\n" + check.description());
                            }
                        })));
    }
}
