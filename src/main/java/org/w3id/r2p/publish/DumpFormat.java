package org.w3id.r2p.publish;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The syntaxes of the dumps. Triple syntaxes hold the union of the named graphs; quad syntaxes keep one named
 * graph per document.
 */
public enum DumpFormat {
    TURTLE(RDFFormat.TURTLE_PRETTY, false, "ttl"),
    NTRIPLES(RDFFormat.NTRIPLES_UTF8, false, "nt"),
    JSONLD(RDFFormat.JSONLD11_PRETTY, false, "jsonld"),
    TRIG(RDFFormat.TRIG_PRETTY, true, "trig"),
    NQUADS(RDFFormat.NQUADS_UTF8, true, "nq");

    private final RDFFormat format;
    private final boolean quads;
    private final String extension;

    DumpFormat(RDFFormat format, boolean quads, String extension) {
        this.format = format;
        this.quads = quads;
        this.extension = extension;
    }

    public RDFFormat rdfFormat() {
        return format;
    }

    public Lang lang() {
        return format.getLang();
    }

    public boolean isQuads() {
        return quads;
    }

    public String extension() {
        return extension;
    }
}
