package org.w3id.r2p.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

import org.w3id.r2p.graph.IriScheme;
import org.w3id.r2p.publish.DumpFormat;
import org.w3id.r2p.publish.Dumps;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The dumps at {@code /dumps/}: the same bytes as {@code export} in that syntax. The published graph does not
 * change while it is served, so each dump is made once, on first request, and kept.
 */
final class DumpServlet extends HttpServlet {
    /** A dump file: its name, syntax, media type, whether gzipped, and what it holds. */
    record Dump(String file, DumpFormat format, String mediaType, boolean gzip, String description) {}

    static final List<Dump> DUMPS = List.of(
            new Dump("r2p.ttl", DumpFormat.TURTLE, "text/turtle", false, "Turtle, the union of all named graphs"),
            new Dump("r2p.nt.gz", DumpFormat.NTRIPLES, "application/gzip", true, "N-Triples, sorted, gzipped"),
            new Dump("r2p.trig", DumpFormat.TRIG, "application/trig", false, "TriG, one named graph per document"),
            new Dump("r2p.nq.gz", DumpFormat.NQUADS, "application/gzip", true, "N-Quads, sorted, gzipped"),
            new Dump("r2p.jsonld", DumpFormat.JSONLD, "application/ld+json", false, "JSON-LD, the union of all named graphs"));

    private final transient Site site;
    private final transient Map<String, Supplier<byte[]>> made = new LinkedHashMap<>();

    DumpServlet(Site site) {
        this.site = site;
        DUMPS.forEach(dump -> made.put(dump.file(), site.once(() -> make(dump))));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String file = request.getRequestURI().substring("/dumps/".length());
        Dump dump = DUMPS.stream().filter(d -> d.file().equals(file)).findFirst().orElse(null);
        if (dump == null) {
            Pages.notFound(response, "There is no dump named " + file);
            return;
        }
        response.setHeader("Vary", "Accept");
        if (!Negotiation.accepts(request, dump.mediaType())) {
            Negotiation.refuseUnacceptable(response, dump.mediaType());
            return;
        }
        byte[] bytes = made.get(file).get();
        response.setContentType(dump.mediaType() + (dump.gzip() ? "" : ";charset=utf-8"));
        response.setHeader("Content-Disposition", "attachment; filename=\"" + dump.file() + "\"");
        response.setContentLength(bytes.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(bytes);
        }
    }

    /** The size in bytes of a dump as served (made now, if it was not yet). */
    long size(Dump dump) {
        return made.get(dump.file()).get().length;
    }

    private byte[] make(Dump dump) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (dump.gzip()) {
                try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
                    Dumps.write(site.namedGraphs(), site.prefixes(), new IriScheme(site.base()), dump.format(), gzip);
                }
            } else {
                Dumps.write(site.namedGraphs(), site.prefixes(), new IriScheme(site.base()), dump.format(), bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
