package org.w3id.r2p.publish;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.r2p.support.TestGraphs;

/**
 * Every query in {@code sparql-examples/} opens with a comment stating its research question and, run over the
 * seed graph, gives the results in the {@code .srj} file beside it (in order, where the query orders them).
 */
class SparqlExamplesTest {
    private static final Path EXAMPLES = Path.of("sparql-examples");

    @TestFactory
    Stream<DynamicTest> everyExampleGivesItsExpectedResults() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".rq")).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
        }
    }

    private static void check(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("#"), file + " must open with a comment stating its question");
        Query query = QueryFactory.create(text);
        Path expectedFile = Path.of(file.toString().replaceFirst("\\.rq$", ".srj"));
        ResultSetRewindable expected;
        try (InputStream in = Files.newInputStream(expectedFile)) {
            expected = ResultSetFactory.copyResults(ResultSetMgr.read(in, ResultSetLang.RS_JSON));
        }
        try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(TestGraphs.seeds().forQuery())).query(query).build()) {
            ResultSetRewindable actual = execution.execSelect().rewindable();
            boolean same = query.hasOrderBy()
                    ? ResultsCompare.equalsByTermAndOrder(expected, actual)
                    : ResultsCompare.equalsByTerm(expected, actual);
            actual.reset();
            ByteArrayOutputStream shown = new ByteArrayOutputStream();
            ResultSetFormatter.out(shown, actual, query.getPrefixMapping());
            assertTrue(same, file + " gave:\n" + shown.toString(StandardCharsets.UTF_8));
        }
    }
}
