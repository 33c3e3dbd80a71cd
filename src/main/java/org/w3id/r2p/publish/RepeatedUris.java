package org.w3id.r2p.publish;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.atlas.io.StringWriterI;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;

/**
 * IRIs as N-Triples writes them ({@code <...>}, with Jena's escapes), each formatted once: a dump names the same
 * few thousand IRIs (classes, properties, States, documents) millions of times, and Jena checks every character of
 * an IRI each time it writes it. Bounded: past {@link #MAX_ENTRIES} IRIs the cache starts again, so that a dump of
 * many distinct IRIs (one per statement and annotation) does not hold them all. Not thread-safe: one per writer.
 */
final class RepeatedUris {
    static final int MAX_ENTRIES = 200_000;

    private final NodeFormatter formatter = new NodeFormatterNT();
    private final Map<String, String> formatted = new HashMap<>();

    /** The IRI in N-Triples form, exactly as {@link NodeFormatterNT} writes it. */
    String formatted(String uri) {
        String cached = formatted.get(uri);
        if (cached != null) {
            return cached;
        }
        if (formatted.size() >= MAX_ENTRIES) {
            formatted.clear();
        }
        StringWriterI text = new StringWriterI();
        formatter.formatURI(text, uri);
        String result = text.toString();
        formatted.put(uri, result);
        return result;
    }

    int size() {
        return formatted.size();
    }
}
