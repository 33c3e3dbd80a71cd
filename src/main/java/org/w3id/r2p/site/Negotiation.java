package org.w3id.r2p.site;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Chooses how to answer for a resource: a {@code ?format=} parameter first (for browsers), else the first
 * acceptable media type of the {@code Accept} header in the order the client prefers, else HTML.
 */
final class Negotiation {
    /** A way of answering: HTML, or an RDF syntax. */
    record Choice(String mediaType, RDFFormat rdf) {
        boolean isHtml() {
            return rdf == null;
        }
    }

    static final Choice HTML = new Choice("text/html", null);
    static final Choice TURTLE = new Choice("text/turtle", RDFFormat.TURTLE_PRETTY);
    static final Choice NTRIPLES = new Choice("application/n-triples", RDFFormat.NTRIPLES_UTF8);
    static final Choice JSONLD = new Choice("application/ld+json", RDFFormat.JSONLD11_PRETTY);
    static final Choice RDFXML = new Choice("application/rdf+xml", RDFFormat.RDFXML_PRETTY);

    private static final Map<String, Choice> BY_FORMAT = Map.of(
            "html", HTML, "ttl", TURTLE, "turtle", TURTLE, "nt", NTRIPLES, "ntriples", NTRIPLES,
            "jsonld", JSONLD, "json", JSONLD, "rdf", RDFXML, "xml", RDFXML, "rdfxml", RDFXML);
    private static final List<Choice> ALL = List.of(HTML, TURTLE, NTRIPLES, JSONLD, RDFXML);

    private Negotiation() {}

    /**
     * The answer to give, or null if {@code ?format=} names no known format or {@code Accept} allows none of
     * them (a missing or empty {@code Accept} allows all, and gets HTML).
     */
    static Choice choose(HttpServletRequest request) {
        String format = request.getParameter("format");
        if (format != null) {
            return BY_FORMAT.get(format.toLowerCase(Locale.ROOT));
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return HTML;
        }
        double best = 0;
        Choice chosen = null;
        for (MediaRange range : MediaRange.parse(accept)) {
            Choice match = match(range.type());
            if (match != null && range.quality() > best) {
                best = range.quality();
                chosen = match;
            }
        }
        return chosen;
    }

    /** Whether the request's {@code Accept} allows the one media type a resource has (no header allows all). */
    static boolean accepts(HttpServletRequest request, String mediaType) {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return true;
        }
        String group = mediaType.substring(0, mediaType.indexOf('/') + 1) + "*";
        return MediaRange.parse(accept).stream().anyMatch(range -> range.quality() > 0
                && (range.type().equals(mediaType) || range.type().equals(group) || range.type().equals("*/*")));
    }

    /** Answers 406 for a resource of one media type that the request's {@code Accept} does not allow. */
    static void refuseUnacceptable(HttpServletResponse response, String... available) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE,
                "None of the media types in Accept is available here; this resource is served as " + String.join(", ", available));
    }

    /**
     * The negotiated answer; or null, having answered 400 when {@code ?format=} names no known format, or 406
     * when {@code Accept} allows none.
     */
    static Choice chooseOrRefuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        Choice choice = choose(request);
        if (choice == null && request.getParameter("format") != null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Unknown format; use html, ttl, nt, jsonld or rdf");
        } else if (choice == null) {
            refuseUnacceptable(response, ALL.stream().map(Choice::mediaType).toArray(String[]::new));
        }
        return choice;
    }

    /** Answers with the graph in the chosen RDF syntax. */
    static void sendRdf(HttpServletResponse response, Choice choice, Graph graph) throws IOException {
        response.setContentType(choice.mediaType() + ";charset=utf-8");
        try (OutputStream out = response.getOutputStream()) {
            RDFWriter.source(graph).format(choice.rdf()).output(out);
        }
    }

    /** One entry of an {@code Accept} header: a media type or range, and its quality (q=0 refuses it). */
    private record MediaRange(String type, double quality) {
        static List<MediaRange> parse(String accept) {
            List<MediaRange> ranges = new ArrayList<>();
            for (String part : accept.split(",")) {
                String[] pieces = part.trim().split(";");
                double quality = 1;
                for (int i = 1; i < pieces.length; i++) {
                    String p = pieces[i].trim();
                    if (p.startsWith("q=")) {
                        try {
                            quality = Double.parseDouble(p.substring(2));
                        } catch (NumberFormatException ignored) {
                            quality = 0;
                        }
                    }
                }
                ranges.add(new MediaRange(pieces[0].trim().toLowerCase(Locale.ROOT), quality));
            }
            return ranges;
        }
    }

    private static Choice match(String type) {
        if (type.equals("*/*") || type.equals("text/*") || type.equals("application/xhtml+xml")) {
            return HTML;
        }
        for (Choice c : ALL) {
            if (c.mediaType().equals(type)) {
                return c;
            }
        }
        Lang lang = RDFLanguages.contentTypeToLang(type);
        if (lang == null) {
            return null;
        }
        return ALL.stream().filter(c -> !c.isHtml() && c.rdf().getLang().equals(lang)).findFirst().orElse(null);
    }
}
