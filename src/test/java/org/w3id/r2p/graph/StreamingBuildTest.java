package org.w3id.r2p.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.r2p.corpus.CorpusFolder;
import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.DocumentFacts;
import org.w3id.r2p.extract.DocumentMetadata;
import org.w3id.r2p.extract.EntityKind;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.MechanismFact;
import org.w3id.r2p.extract.StatementFinding;
import org.w3id.r2p.link.EntityTable;
import org.w3id.r2p.link.StateGazetteer;
import org.w3id.r2p.publish.DumpFormat;
import org.w3id.r2p.publish.DumpWriter;
import org.w3id.r2p.publish.Dumps;
import org.w3id.r2p.support.TestGraphs;

class StreamingBuildTest {
    private static final Path EVALUATION = Path.of("src/test/resources/evaluation/corpus");

    @ParameterizedTest
    @EnumSource(DumpFormat.class)
    void streamedDumpIsTheInMemoryDumpByteForByteAndParsesToTheSameGraph(DumpFormat format) throws Exception {
        KnowledgeGraph graph = TestGraphs.seeds();
        byte[] streamed = streamed(TestGraphs.SEEDS, 2, format);
        ByteArrayOutputStream inMemory = new ByteArrayOutputStream();
        Dumps.write(graph, format, inMemory);
        assertArrayEquals(inMemory.toByteArray(), streamed, format + ": the streamed dump differs from the in-memory one");
        if (format.isQuads()) {
            DatasetGraph parsed = RDFParser.source(new ByteArrayInputStream(streamed)).lang(format.lang()).toDatasetGraph();
            assertTrue(IsoMatcher.isomorphic(graph.namedGraphs(), parsed), format + " is not the in-memory dataset");
        } else {
            Graph parsed = RDFParser.source(new ByteArrayInputStream(streamed)).lang(format.lang()).toGraph();
            assertTrue(parsed.isIsomorphicWith(graph.union()), format + " is not the in-memory graph");
        }
    }

    @ParameterizedTest
    @EnumSource(value = DumpFormat.class, names = {"NTRIPLES", "NQUADS", "TURTLE"})
    void streamedDumpIsTheSameWhateverTheThreadsAndRunToRun(DumpFormat format) throws Exception {
        byte[] one = streamed(EVALUATION, 1, format);
        assertArrayEquals(one, streamed(EVALUATION, 2, format), format + " differs between 1 and 2 threads");
        assertArrayEquals(one, streamed(EVALUATION, 2, format), format + " differs between two runs");
    }

    @Test
    void streamingValidationReportsWhatValidatingTheWholeGraphReports() throws Exception {
        KnowledgeGraph graph = TestGraphs.of(EVALUATION);
        StreamingValidation validation = new StreamingValidation(GraphValidator.standard(), IriScheme.standard());
        builder(2).build(CorpusFolder.open(EVALUATION), validation);
        assertEquals(GraphValidator.standard().validate(graph), validation.result());
    }

    @Test
    void twoDocumentsThatDisagreeAboutAnEntityFailStreamingValidationAsTheyFailWholeGraphValidation() {
        EntityRef board = new EntityRef(EntityKind.MECHANISM, "Peace Board");
        List<DocumentFacts> documents = List.of(
                facts("a", new MechanismFact(board, true, EntityRef.state("GHA"), null)),
                facts("b", new MechanismFact(board, true, EntityRef.state("KEN"), null)));
        GraphAssembler assembler = new GraphAssembler(IriScheme.standard(), StateGazetteer.load());
        GraphValidator.Result whole = GraphValidator.standard().validate(assembler.assemble(documents));
        StreamingValidation validation = new StreamingValidation(GraphValidator.standard(), IriScheme.standard());
        assembler.assemble(documents, validation);
        assertFalse(validation.result().conforms());
        assertEquals(whole, validation.result());
        assertTrue(validation.result().lines().stream().anyMatch(line -> line.contains("peace-board")),
                validation.result().lines().toString());
    }

    @Test
    void aDocumentsOwnViolationIsReportedOnceAsWholeGraphValidationReportsIt() {
        EntityRef undescribed = new EntityRef(EntityKind.MECHANISM, "Peace Board");
        List<DocumentFacts> documents = List.of(spoken("a", undescribed), spoken("b", undescribed));
        GraphAssembler assembler = new GraphAssembler(IriScheme.standard(), StateGazetteer.load());
        GraphValidator.Result whole = GraphValidator.standard().validate(assembler.assemble(documents));
        StreamingValidation validation = new StreamingValidation(GraphValidator.standard(), IriScheme.standard());
        assembler.assemble(documents, validation);
        assertEquals(whole, validation.result());
        assertEquals(2, validation.result().lines().size(), validation.result().lines().toString());
        assertTrue(validation.result().lines().stream().allMatch(line -> line.contains("statement:") && line.contains("r2p:mechanism")),
                validation.result().lines().toString());
    }

    /** A document where Ghana speaks of a mechanism that nothing describes. */
    private static DocumentFacts spoken(String id, EntityRef mechanism) {
        String text = "Ghana spoke of the Peace Board.";
        StatementFinding statement = new StatementFinding(EntityRef.state("GHA"), new Span(0, text.length()), text, List.of(),
                List.of(mechanism), null, null, List.of(), List.of(), id);
        DocumentMetadata metadata = new DocumentMetadata("Title " + id, null, null, List.of(), null, List.of(), List.of(), null);
        return new DocumentFacts(Document.of(id, text), metadata, List.of(), List.of(), List.of(statement));
    }

    private static DocumentFacts facts(String id, MechanismFact fact) {
        DocumentMetadata metadata = new DocumentMetadata("Title " + id, null, null, List.of(), null, List.of(), List.of(), null);
        return new DocumentFacts(Document.of(id, "Text " + id), metadata, List.of(), List.of(fact), List.of());
    }

    private static byte[] streamed(Path corpus, int threads, DumpFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IriScheme iris = IriScheme.standard();
        DumpWriter writer = new DumpWriter(format, iris, Prefixes.of(iris), out);
        builder(threads).build(CorpusFolder.open(corpus), writer);
        return out.toByteArray();
    }

    private static StreamingBuilder builder(int threads) {
        return new StreamingBuilder(IriScheme.standard(), EntityTable.standard(), EvidenceLevel.COMPACT, threads, Progress.NONE,
                StreamingBuilder.Listener.SILENT);
    }
}
