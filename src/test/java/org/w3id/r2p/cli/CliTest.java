package org.w3id.r2p.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.r2p.support.TestGraphs;

import picocli.CommandLine;

class CliTest {
    private record Run(int exitCode, String out, String err, String stdout) {}

    /** Usage help goes to picocli's writer, which does not reach it while System.out is swapped, so it is left alone. */
    private static Run help(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        int code = cli.execute(args);
        return new Run(code, out.toString(), "", "");
    }

    private static Run run(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        PrintStream original = System.out;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        try {
            int code = cli.execute(args);
            return new Run(code, out.toString(), err.toString(), stdout.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "export", "query", "validate", "build", "push", "unlinked"})
    void everyCommandHasHelp(String command) {
        Run run = help(command, "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("--corpus"), run.out());
        assertTrue(run.out().contains("Usage: r2p-kg " + command), run.out());
    }

    @Test
    void topLevelHelpListsTheCommands() {
        Run run = help("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("serve") && run.out().contains("export") && run.out().contains("query"));
    }

    @Test
    void validateReportsThatTheSeedGraphConforms() {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute("validate"));
        assertTrue(out.toString().contains("The graph conforms to the shapes."), out.toString());
    }

    @Test
    void publishingRefusesAGraphThatDoesNotConform() {
        StringWriter err = new StringWriter();
        ValidationOption validation = new ValidationOption();
        IllegalStateException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> validation.check(BrokenGraphs.mechanismWithTwoStates(), new PrintWriter(err)));
        assertTrue(refused.getMessage().contains("--no-validate"), refused.getMessage());
        assertTrue(err.toString().contains("Violation: mechanism:peace-board r2p:state"), err.toString());
        validation.skip = true;
        validation.check(BrokenGraphs.mechanismWithTwoStates(), new PrintWriter(new StringWriter()));
    }

    @Test
    void buildWritesATdbStore(@TempDir Path dir) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute("build", "--tdb", dir.resolve("store").toString()));
        assertTrue(out.toString().startsWith("Wrote " + TestGraphs.seeds().namedGraphs().stream().count() + " quads in 7 named graphs"), out.toString());
        assertTrue(Files.isDirectory(dir.resolve("store").resolve("Data-0001")));
    }

    @Test
    void serveWithAPortOutOfRangeIsABadArgument() {
        Run run = run("serve", "--port", "99999");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--port must be between 0 and 65535: 99999"), run.err());
    }

    @Test
    void serveTakesACorpusOrAStoreNotBoth(@TempDir Path dir) {
        Run run = run("serve", "--corpus", "seeds", "--tdb", dir.toString(), "--port", "0");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("not both"), run.err());
    }

    @Test
    void evaluatePrintsFiguresAndEveryMiss() {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute("evaluate", "--gold", "src/test/resources/evaluation/seed-gold"));
        String report = out.toString();
        assertTrue(report.lines().anyMatch(l -> l.matches("states\\s+1\\.000\\s+1\\.000\\s+1\\.000.*")), report);
        assertTrue(report.contains("miss      statement speakers  004_b868a9c5cff6fdd6: organization:european-union"), report);
    }

    @Test
    void missingSubcommandIsReported() {
        assertEquals(2, run().exitCode());
    }

    @Test
    void exportWritesNamedGraphsToAFile(@TempDir Path dir) {
        Path file = dir.resolve("r2p.nq");
        Run run = run("export", "--format", "nquads", "--output", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        DatasetGraph parsed = RDFParser.source(file).lang(Lang.NQUADS).toDatasetGraph();
        assertTrue(IsoMatcher.isomorphic(TestGraphs.seeds().namedGraphs(), parsed));
    }

    @Test
    void exportCompressesWithGzip(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r2p.nt.gz");
        assertEquals(0, run("export", "--format", "ntriples", "--gzip", "-o", file.toString()).exitCode());
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
            assertTrue(RDFParser.source(in).lang(Lang.NTRIPLES).toGraph().isIsomorphicWith(TestGraphs.seeds().union()));
        }
    }

    @Test
    void exportFilesHaveTheModeOfOrdinaryFilesAndAbandonedPartialsAreRemoved(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r2p.ttl");
        // A pid above Linux's maximum (2^22) belongs to no process: an export that was killed long ago.
        Path abandoned = ExportCommand.partialFile(file.toAbsolutePath(), 999_999_999L);
        Files.writeString(abandoned, "@prefix half-written");
        Path ordinary = Files.createFile(dir.resolve("ordinary"));
        assertEquals(0, run("export", "-o", file.toString()).exitCode());
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(file),
                    "the dump is not created with the umask's mode");
        }
        assertFalse(Files.exists(abandoned), "the abandoned partial file is still there");
        try (var listing = Files.list(dir)) {
            assertEquals(List.of("ordinary", "r2p.ttl"), listing.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void exportWritesTurtleToStandardOutputByDefault() {
        Run run = run("export");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(RDFParser.fromString(run.stdout(), Lang.TURTLE).toGraph().isIsomorphicWith(TestGraphs.seeds().union()));
    }

    @Test
    void queryPrintsJsonResults() {
        Run run = run("query", "--results", "json",
                "PREFIX r2p: <https://w3id.org/r2p/ontology#> SELECT ?qid WHERE { <https://w3id.org/r2p/id/state/CIV> <http://www.w3.org/2002/07/owl#sameAs> ?qid }");
        assertEquals(0, run.exitCode(), run.err());
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(run.stdout().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        assertEquals("http://www.wikidata.org/entity/Q1008", results.next().getResource("qid").getURI());
    }

    @Test
    void queryRunsAQueryFile() {
        Run run = run("query", "--results", "csv", "sparql-examples/01-states-and-wikidata.rq");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.stdout().contains("http://www.wikidata.org/entity/Q414"), run.stdout());
    }

    @Test
    void malformedQueryIsAUsageError() {
        Run run = run("query", "SELECT * WHERE { ?s ?p }");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Malformed SPARQL query"), run.err());
    }

    @Test
    void evidenceNoneExportsTheFactsWithoutAnnotations() {
        Run run = run("export", "--format", "ntriples", "--evidence", "none");
        assertEquals(0, run.exitCode(), run.err());
        Graph exported = RDFParser.fromString(run.stdout(), Lang.NTRIPLES).toGraph();
        assertFalse(exported.contains(Node.ANY, RDF.type.asNode(), NodeFactory.createURI("http://www.w3.org/ns/oa#Annotation")));
        assertTrue(exported.contains(Node.ANY, NodeFactory.createURI("https://w3id.org/r2p/ontology#mentions"), Node.ANY));
    }

    @Test
    void unknownEvidenceLevelIsAUsageError() {
        Run run = run("export", "--evidence", "some");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'some' is not an evidence level; use one of full, compact, none"), run.err());
    }

    @Test
    void unknownFormatIsAUsageError() {
        Run run = run("export", "--format", "rdfxml");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("turtle, ntriples, trig, nquads, jsonld"), run.err());
    }

    @Test
    void missingCorpusFolderIsReportedWithoutAStackTrace(@TempDir Path dir) {
        Run run = run("export", "--corpus", dir.resolve("absent").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("Corpus folder not found"), run.err());
        assertTrue(!run.err().contains("\tat "), run.err());
    }
}
