package org.w3id.r2p.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.NodeCmp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.r2p.graph.IriScheme;
import org.w3id.r2p.graph.Prefixes;

class DumpWriterTest {
    private static final IriScheme IRIS = IriScheme.standard();

    /** IRIs and terms that need escapes, non-ASCII text, a surrogate pair, every kind of literal, and a literal longer than a buffer. */
    private static Graph awkwardTerms() {
        Node s = NodeFactory.createURI("https://w3id.org/r2p/id/person/a");
        Node p = NodeFactory.createURI("http://example.org/p");
        Graph g = GraphMemFactory.createDefaultGraph();
        List<Node> objects = List.of(
                NodeFactory.createURI("http://example.org/a b<c>\"{|}^`\\ côte \u0007"),
                NodeFactory.createURI("http://example.org/côte-d-ivoire"),
                NodeFactory.createURI("http://example.org/del\u007F~"),
                NodeFactory.createURI("http://example.org/\uD83D\uDE00\u0085"),
                NodeFactory.createURI("https://w3id.org/r2p/id/state/CIV?a=1&b=%20#x"),
                NodeFactory.createLiteralString("quote \" backslash \\ newline \n return \r tab \t bell \u0007 é 中文 \uD83D\uDE00"),
                NodeFactory.createLiteralLang("Côte d'Ivoire", "en"),
                NodeFactory.createLiteralLang("He said \"no\"\n", "en"),
                NodeFactory.createLiteralString("replacement \uFFFD, lone \uD83D surrogate, form feed \f"),
                NodeFactory.createLiteralString("plain words, é and 中文 " + "long ".repeat(5_000)),
                NodeFactory.createLiteralDT("12", XSDDatatype.XSDnonNegativeInteger),
                NodeFactory.createLiteralDT("x", NodeFactory.getType("http://example.org/odd type")),
                NodeFactory.createLiteralDT("2013-09-11", XSDDatatype.XSDdate),
                NodeFactory.createLiteralString("\uD83D\uDE00".repeat(20_000) + "x".repeat(3) + "é".repeat(20_000)));
        objects.forEach(o -> g.add(Triple.create(s, p, o)));
        g.add(Triple.create(NodeFactory.createURI(IRIS.document("d")), p, NodeFactory.createLiteralString("own")));
        return g;
    }

    @ParameterizedTest
    @EnumSource(value = DumpFormat.class, names = {"NTRIPLES", "NQUADS"})
    void writesTheBytesJenasWriterWrites(DumpFormat format) {
        Graph graph = awkwardTerms();
        Node name = NodeFactory.createURI(IRIS.graph("d"));
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        DumpWriter dump = new DumpWriter(format, IRIS, Prefixes.of(IRIS), actual);
        dump.graph(name, graph);
        dump.finish();

        Comparator<Triple> order = Comparator.comparing(Triple::getSubject, NodeCmp::compareRDFTerms)
                .thenComparing(Triple::getPredicate, NodeCmp::compareRDFTerms)
                .thenComparing(Triple::getObject, NodeCmp::compareRDFTerms);
        List<Triple> sorted = graph.find().toList().stream().sorted(order).toList();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        StreamRDF jena = StreamRDFWriter.getWriterStream(expected, format.rdfFormat());
        jena.start();
        if (format == DumpFormat.NQUADS) {
            sorted.forEach(t -> jena.quad(Quad.create(name, t)));
        } else {
            // The document's own triple first, then the shared ones.
            sorted.stream().filter(t -> IRIS.isDocumentScoped(t.getSubject())).forEach(jena::triple);
            sorted.stream().filter(t -> !IRIS.isDocumentScoped(t.getSubject())).forEach(jena::triple);
        }
        jena.finish();
        assertEquals(expected.toString(StandardCharsets.UTF_8), actual.toString(StandardCharsets.UTF_8));
    }
}
