package org.w3id.r2p.graph;

import java.util.concurrent.atomic.AtomicReferenceArray;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The literals of the assembled graphs, made as Jena nodes directly: the Model API's {@code createLiteral(text, "en")}
 * formats the language tag again for every literal, and every document's evidence writes positions that other
 * documents wrote already.
 * <pre>
 *   graph.add(doc, RDFS.label.asNode(), Literals.english("Statement by Ghana"));
 * </pre>
 */
final class Literals {
    /** Positions below this are kept once for every document: most documents are shorter. */
    private static final int CACHED_POSITIONS = 1 << 16;
    private static final AtomicReferenceArray<Node> POSITIONS = new AtomicReferenceArray<>(CACHED_POSITIONS);

    private Literals() {}

    /** An English text ({@code "en"} is already in the form Jena's formatting of tags would give). */
    static Node english(String text) {
        return NodeFactory.createLiteralDirLang(text, "en", Node.noTextDirection);
    }

    static Node string(String text) {
        return NodeFactory.createLiteralString(text);
    }

    static Node date(String isoDate) {
        return NodeFactory.createLiteral(isoDate, XSDDatatype.XSDdate);
    }

    /** A position in a text, an {@code xsd:nonNegativeInteger}. */
    static Node position(int value) {
        if (value >= CACHED_POSITIONS) {
            return nonNegativeInteger(value);
        }
        Node cached = POSITIONS.get(value);
        if (cached == null) {
            cached = nonNegativeInteger(value);
            POSITIONS.set(value, cached);
        }
        return cached;
    }

    private static Node nonNegativeInteger(int value) {
        return NodeFactory.createLiteral(String.valueOf(value), XSDDatatype.XSDnonNegativeInteger);
    }
}
