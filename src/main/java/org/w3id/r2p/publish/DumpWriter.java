package org.w3id.r2p.publish;

import java.io.OutputStream;
import java.util.TreeMap;

import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.writer.WriterStreamRDFPlain;
import org.apache.jena.sparql.core.Quad;
import org.w3id.r2p.graph.DocumentSplit;
import org.w3id.r2p.graph.GraphSink;
import org.w3id.r2p.graph.IriScheme;

/**
 * Writes a dump graph by graph, as the graphs arrive in IRI order, in an order that depends only on the data:
 * <ul>
 * <li>N-Quads and TriG: each named graph in turn, its triples sorted by subject, predicate and object;</li>
 * <li>N-Triples and Turtle (the union): each document's own triples (about the document, its graph, statements and
 * evidence) sorted, document after document; then, once, the triples about everything the documents share (States,
 * persons, organizations, events, the ontology...), sorted. Only that shared part is held until the end.</li>
 * <li>JSON-LD: its writer needs the whole graph (it frames and compacts the document as one), so the union is held
 * in memory and written at the end.</li>
 * </ul>
 * Triples are in {@link TripleOrder}. N-Triples and N-Quads are
 * written by Jena's own line writer, with plain IRIs and literals' texts that need no escape written whole and the
 * text encoded by {@link Utf8Output}: the same bytes, for less work per term.
 */
public final class DumpWriter implements GraphSink {
    private final DumpFormat format;
    /** Each graph's own triples, and the union's shared ones for N-Triples and Turtle, gathered once for all. */
    private final DocumentSplit split;
    private final PrefixMap prefixes;
    private final OutputStream out;
    private final StreamRDF stream;
    /** The whole union, for JSON-LD. */
    private final Graph held = GraphMemFactory.createDefaultGraph();

    public DumpWriter(DumpFormat format, IriScheme iris, PrefixMap prefixes, OutputStream out) {
        this(format, new DocumentSplit(iris), prefixes, out);
    }

    /** A writer that splits the graphs with {@code split}, which other sinks of the same build may share. */
    public DumpWriter(DumpFormat format, DocumentSplit split, PrefixMap prefixes, OutputStream out) {
        this.format = format;
        this.split = split;
        this.prefixes = prefixes;
        this.out = out;
        this.stream = switch (format) {
            case JSONLD -> null;
            case NTRIPLES, NQUADS -> new WriterStreamRDFPlain(new Utf8Output(out), new PlainIris());
            case TURTLE, TRIG -> StreamRDFWriter.getWriterStream(out, streamingFormat(format));
        };
        if (stream != null) {
            stream.start();
            if (format == DumpFormat.TURTLE || format == DumpFormat.TRIG) {
                new TreeMap<>(prefixes.getMapping()).forEach(stream::prefix);
            }
        }
    }

    @Override
    public void graph(Node name, Graph graph) {
        switch (format) {
            case NQUADS, TRIG -> TripleOrder.sorted(graph.find().toList()).forEach(t -> stream.quad(Quad.create(name, t)));
            case NTRIPLES, TURTLE -> TripleOrder.sorted(split.own(name, graph)).forEach(stream::triple);
            case JSONLD -> graph.find().forEachRemaining(held::add);
        }
    }

    @Override
    public void finish() {
        if (format == DumpFormat.JSONLD) {
            held.getPrefixMapping().setNsPrefixes(prefixes.getMapping());
            RDFWriter.source(held).format(format.rdfFormat()).output(out);
            return;
        }
        if (!format.isQuads()) {
            // The union's shared part; quads were written whole, graph by graph.
            TripleOrder.sorted(TripleOrder.bySubject(split.shared())).forEach(stream::triple);
        }
        stream.finish();
    }

    /** Every syntax but JSON-LD is written sorted; JSON-LD's writer follows the order of the graph it holds. */
    @Override
    public boolean dependsOnTripleOrder() {
        return format == DumpFormat.JSONLD;
    }

    /** The streaming form of each syntax: Turtle and TriG in blocks of one subject, with the dump's prefixes. */
    private static RDFFormat streamingFormat(DumpFormat format) {
        return switch (format) {
            case TURTLE -> RDFFormat.TURTLE_BLOCKS;
            case TRIG -> RDFFormat.TRIG_BLOCKS;
            default -> format.rdfFormat();
        };
    }

    /**
     * Jena's N-Triples terms, with the common IRI written whole: Jena checks and prints an IRI a character at a time,
     * to escape the few characters an IRI may not hold in N-Triples; an IRI of printable ASCII without them comes
     * out as it is, so it is written as it is. Any other IRI, and the rest of every literal, is Jena's to write.
     */
    private static final class PlainIris extends NodeFormatterNT {
        /** What {@link #textKind} finds of a literal's text. */
        private static final int ESCAPED = 0;
        private static final int ASCII = 1;
        private static final int UNESCAPED = 2;

        /** Printable ASCII other than the characters N-Triples' IRIREF excludes: space and {@code <>"{}|^`\}. */
        private static final boolean[] PLAIN = new boolean[0x7F];

        static {
            for (char c = '!'; c < 0x7F; c++) {
                PLAIN[c] = "<>\"{}|^`\\".indexOf(c) < 0;
            }
        }

        /**
         * Plain IRIs written last, by length and two characters (a string's hash would cost a pass over it, where
         * it is not known yet): a dump writes the same IRI objects (subjects, the vocabulary) again and again.
         */
        private final String[] seen = new String[1 << 12];
        /** The datatype written last: Jena makes its IRI anew for every literal. */
        private String datatype = "";

        @Override
        public void formatURI(AWriter out, String iri) {
            int length = iri.length();
            int slot = length == 0 ? 0 : (length * 31 + iri.charAt(length - 1)) * 31 + iri.charAt(length / 2);
            slot &= seen.length - 1;
            if (seen[slot] == iri || isPlain(iri)) {
                seen[slot] = iri;
                out.print('<');
                ascii(out, iri);
                out.print('>');
            } else {
                super.formatURI(out, iri);
            }
        }

        /**
         * A literal's text whose characters Jena's N-Triples escaping leaves as they are (no quote, backslash,
         * control character, surrogate or replacement character) is written whole.
         */
        @Override
        public void formatLitString(AWriter out, String text) {
            int kind = textKind(text);
            if (kind != ESCAPED) {
                quoted(out, text, kind);
            } else {
                super.formatLitString(out, text);
            }
        }

        @Override
        public void formatLitLang(AWriter out, String text, String language) {
            int kind = textKind(text);
            if (kind != ESCAPED) {
                quoted(out, text, kind);
                out.print('@');
                out.print(language);
            } else {
                super.formatLitLang(out, text, language);
            }
        }

        @Override
        public void formatLitDT(AWriter out, String text, String datatypeIri) {
            int kind = textKind(text);
            if (kind != ESCAPED && (datatypeIri.equals(datatype) || isPlain(datatypeIri))) {
                datatype = datatypeIri;
                quoted(out, text, kind);
                out.print("^^<");
                ascii(out, datatypeIri);
                out.print('>');
            } else {
                super.formatLitDT(out, text, datatypeIri);
            }
        }

        private static void quoted(AWriter out, String text, int kind) {
            out.print('"');
            if (kind == ASCII) {
                ascii(out, text);
            } else {
                out.print(text);
            }
            out.print('"');
        }

        /** Text found to be ASCII, copied as it is where the output allows. */
        private static void ascii(AWriter out, String text) {
            if (out instanceof Utf8Output utf8) {
                utf8.printAscii(text);
            } else {
                out.print(text);
            }
        }

        /**
         * {@link #ESCAPED} for a text that Jena's escaping changes (a quote, backslash, control character, surrogate
         * or replacement character), else {@link #ASCII} or {@link #UNESCAPED} (not all ASCII).
         */
        private static int textKind(String text) {
            int all = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x80 ? c < ' ' || c == '"' || c == '\\' : c == '\uFFFD' || Character.isSurrogate(c)) {
                    return ESCAPED;
                }
                all |= c;
            }
            return all < 0x80 ? ASCII : UNESCAPED;
        }

        private static boolean isPlain(String iri) {
            for (int i = 0; i < iri.length(); i++) {
                char c = iri.charAt(i);
                if (c >= PLAIN.length || !PLAIN[c]) {
                    return false;
                }
            }
            return true;
        }
    }
}
