package org.w3id.r2p.site;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import jakarta.servlet.http.HttpServletResponse;

/**
 * HTML pages built with jsoup, which escapes every piece of text it is given, so document text containing
 * markup is shown, never run. Pages use one stylesheet from the server and no scripts.
 */
final class Pages {
    static final String STYLESHEET = "/static/site.css";

    private Pages() {}

    /** An empty page with the site's header. */
    static Document page(String title) {
        Document page = Document.createShell("");
        page.outputSettings().charset(StandardCharsets.UTF_8);
        page.head().appendElement("meta").attr("charset", "utf-8");
        page.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        page.head().appendElement("title").text(title + " · r2p-kg");
        page.head().appendElement("link").attr("rel", "stylesheet").attr("href", STYLESHEET);
        page.head().appendElement("link").attr("rel", "icon").attr("href", "/static/favicon.svg").attr("type", "image/svg+xml");
        Element header = page.body().appendElement("header");
        header.appendElement("a").addClass("home").attr("href", "/").text("R2P knowledge graph");
        Element nav = header.appendElement("nav");
        nav.appendElement("a").attr("href", IndexServlet.PATH).text("Browse");
        nav.appendElement("a").attr("href", "/query").text("Query");
        nav.appendElement("a").attr("href", "/ontology").text("Ontology");
        nav.appendElement("a").attr("href", "/.well-known/void").text("VoID");
        nav.appendElement("a").attr("href", "/#dumps").text("Dumps");
        searchBox(header);
        page.body().appendElement("main");
        return page;
    }

    /** A search box in the header of every page, sending its words to the search page. */
    private static void searchBox(Element header) {
        Element form = header.appendElement("form").addClass("search-box").attr("role", "search")
                .attr("action", "/search").attr("method", "get");
        form.appendElement("input").attr("type", "search").attr("name", "q").attr("placeholder", "Search")
                .attr("aria-label", "Search the graph");
        form.appendElement("button").attr("type", "submit").text("Search");
    }

    /**
     * Whether an IRI may become a link: only http(s), so that an IRI with a scheme such as {@code javascript:}
     * or {@code data:}, which anyone can put in a query, is shown as text and never followed by a click.
     */
    static boolean isWebLink(String iri) {
        String lower = iri.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    static Element main(Document page) {
        return page.body().selectFirst("main");
    }

    static void send(HttpServletResponse response, Document page) throws IOException {
        send(response, HttpServletResponse.SC_OK, page);
    }

    static void send(HttpServletResponse response, int status, Document page) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=utf-8");
        byte[] html = ("<!DOCTYPE html>\n" + page.html()).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(html.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(html);
        }
    }

    static void notFound(HttpServletResponse response, String what) throws IOException {
        Document page = page("Not found");
        main(page).appendElement("h1").text("Not found");
        main(page).appendElement("p").text(what);
        send(response, HttpServletResponse.SC_NOT_FOUND, page);
    }
}
