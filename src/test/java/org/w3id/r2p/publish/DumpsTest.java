package org.w3id.r2p.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.r2p.graph.KnowledgeGraph;
import org.w3id.r2p.support.TestGraphs;

class DumpsTest {
    @ParameterizedTest
    @EnumSource(DumpFormat.class)
    void dumpParsesBackToTheSameGraph(DumpFormat format) {
        KnowledgeGraph graph = TestGraphs.seeds();
        byte[] dump = write(graph, format);
        if (format.isQuads()) {
            DatasetGraph parsed = RDFParser.source(new ByteArrayInputStream(dump)).lang(format.lang()).toDatasetGraph();
            assertTrue(IsoMatcher.isomorphic(graph.namedGraphs(), parsed), format + " does not round-trip");
        } else {
            Graph parsed = RDFParser.source(new ByteArrayInputStream(dump)).lang(format.lang()).toGraph();
            assertTrue(parsed.isIsomorphicWith(graph.union()), format + " does not round-trip");
        }
    }

    @ParameterizedTest
    @EnumSource(DumpFormat.class)
    void dumpHasNoBlankNodes(DumpFormat format) {
        byte[] dump = write(TestGraphs.seeds(), format);
        DatasetGraph parsed = RDFParser.source(new ByteArrayInputStream(dump)).lang(format.lang()).toDatasetGraph();
        parsed.find().forEachRemaining(q -> assertTrue(!q.getSubject().isBlank() && !q.getObject().isBlank(), q.toString()));
    }

    @Test
    void nQuadsComeGraphByGraphInIriOrderEachGraphSortedByTerms() {
        List<Quad> quads = new ArrayList<>();
        RDFParser.source(new ByteArrayInputStream(write(TestGraphs.seeds(), DumpFormat.NQUADS))).lang(DumpFormat.NQUADS.lang())
                .parse(new StreamRDFBase() {
                    @Override
                    public void quad(Quad quad) {
                        quads.add(quad);
                    }
                });
        Comparator<Quad> order = Comparator.comparing((Quad q) -> q.getGraph().getURI())
                .thenComparing(Quad::getSubject, NodeCmp::compareRDFTerms)
                .thenComparing(Quad::getPredicate, NodeCmp::compareRDFTerms)
                .thenComparing(Quad::getObject, NodeCmp::compareRDFTerms);
        for (int i = 1; i < quads.size(); i++) {
            assertTrue(order.compare(quads.get(i - 1), quads.get(i)) < 0, "out of order: " + quads.get(i));
        }
        assertEquals(TestGraphs.seeds().namedGraphs().stream().count(), quads.size());
    }

    @ParameterizedTest
    @EnumSource(DumpFormat.class)
    void sameCorpusGivesTheSameBytes(DumpFormat format) {
        assertArrayEquals(write(TestGraphs.seeds(), format), write(TestGraphs.of(TestGraphs.SEEDS), format));
    }

    private static byte[] write(KnowledgeGraph graph, DumpFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Dumps.write(graph, format, out);
        return out.toByteArray();
    }
}
