package org.w3id.r2p.site;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.jena.graph.Node;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * sitemap.xml (sitemaps.org 0.9): the landing, query and ontology pages and every resource page, that is every
 * subject IRI under the base's {@code id/} but evidence annotations. The protocol allows 50,000 URLs a file, so a larger graph gets a
 * sitemap index at {@code /sitemap.xml} whose parts are {@code /sitemap.xml?part=N}. URLs are absolute on the
 * server that was asked.
 */
final class SitemapServlet extends HttpServlet {
    static final int URLS_PER_FILE = 50_000;
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final List<String> PAGES = List.of("/", "/query", "/ontology");

    private final transient Supplier<List<String>> paths;

    SitemapServlet(Site site) {
        this.paths = site.once(() -> pathsOf(site));
    }

    /** The scheme, host and port the request was sent to, e.g. "http://localhost:3030". */
    static String origin(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        return url.substring(0, url.length() - request.getRequestURI().length());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> all = paths.get();
        int parts = (all.size() + URLS_PER_FILE - 1) / URLS_PER_FILE;
        String part = request.getParameter("part");
        String origin = origin(request);
        response.setContentType("application/xml;charset=utf-8");
        try (OutputStream out = response.getOutputStream()) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            if (part == null && parts <= 1) {
                urlSet(xml, origin, all);
            } else if (part == null) {
                index(xml, origin, parts);
            } else {
                int n = partNumber(part, parts);
                if (n < 0) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND, "There is no sitemap part " + part
                            + "; parts are numbered 1 to " + parts);
                    return;
                }
                urlSet(xml, origin, all.subList((n - 1) * URLS_PER_FILE, Math.min(all.size(), n * URLS_PER_FILE)));
            }
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the sitemap: " + e.getMessage(), e);
        }
    }

    private static int partNumber(String part, int parts) {
        try {
            int n = Integer.parseInt(part);
            return n >= 1 && n <= parts ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void urlSet(XMLStreamWriter xml, String origin, List<String> paths) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(NS);
        for (String path : paths) {
            xml.writeStartElement("url");
            xml.writeStartElement("loc");
            xml.writeCharacters(origin + path);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private static void index(XMLStreamWriter xml, String origin, int parts) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("sitemapindex");
        xml.writeDefaultNamespace(NS);
        for (int n = 1; n <= parts; n++) {
            xml.writeStartElement("sitemap");
            xml.writeStartElement("loc");
            xml.writeCharacters(origin + "/sitemap.xml?part=" + n);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    /**
     * The fixed pages, then every resource page in IRI order. A fragment IRI is part of its page, and evidence
     * annotations (most of the graph) are reached from the facts they support, not searched for.
     */
    private static List<String> pathsOf(Site site) {
        TreeSet<String> resources = new TreeSet<>();
        String under = site.base() + "id/";
        String annotations = under + "annotation/";
        site.union().find().forEachRemaining(t -> {
            Node subject = t.getSubject();
            if (subject.isURI() && subject.getURI().startsWith(under) && subject.getURI().indexOf('#') < 0
                    && !subject.getURI().startsWith(annotations)) {
                resources.add(site.pathOf(subject.getURI()));
            }
        });
        List<String> paths = new ArrayList<>(PAGES);
        paths.addAll(resources);
        return paths;
    }
}
