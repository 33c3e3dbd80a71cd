package org.w3id.r2p.site;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The index pages at {@code /list/}: an overview, and one list per kind of resource ({@code /list/states},
 * {@code /list/statements?state=CIV&page=2}, ...) as HTML, or, with a {@code .csv} or {@code .json} suffix or
 * by {@code Accept}, all its rows as CSV or SPARQL results JSON. Bad parameters get 400 with the reason.
 */
final class IndexServlet extends HttpServlet {
    static final String PATH = "/list/";
    private static final String CSV = "text/csv";
    private static final String JSON = "application/sparql-results+json";

    private final transient Site site;
    private final transient IndexRows rows;
    private final transient IndexPage pages;

    IndexServlet(Site site) {
        this.site = site;
        this.rows = new IndexRows(site);
        this.pages = new IndexPage(site);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (path.equals("/list") || path.equals(PATH)) {
            Pages.send(response, overview());
            return;
        }
        String name = path.startsWith(PATH) ? path.substring(PATH.length()) : "";
        String mediaType = mediaType(name, request.getHeader("Accept"));
        Optional<IndexKind> kind = IndexKinds.bySlug(name.replaceFirst("\\.(csv|json)$", ""));
        if (kind.isEmpty()) {
            Pages.notFound(response, "There is no list at " + path + "; the lists are at " + PATH);
            return;
        }
        response.setHeader("Vary", "Accept");
        IndexRequest asked;
        try {
            asked = IndexRequest.parse(kind.get(), request.getParameterMap(), (f, key) -> site.read(() -> rows.resolve(f, key)));
            List<Binding> found = site.read(() -> rows.rows(kind.get(), asked));
            if (mediaType.equals("text/html") && asked.page() > IndexPage.lastPage(found.size())) {
                throw new IndexRequest.BadRequest("There is no page " + asked.page() + "; " + kind.get().title()
                        + " have " + IndexPage.lastPage(found.size()) + " page(s) here");
            }
            if (mediaType.equals("text/html")) {
                Pages.send(response, site.read(() -> pages.render(kind.get(), asked, found)));
            } else {
                table(response, kind.get(), found, mediaType);
            }
        } catch (IndexRequest.BadRequest bad) {
            refuse(response, mediaType, bad.getMessage());
        }
    }

    /** From the suffix if there is one, else the first of CSV or JSON the client accepts, else HTML. */
    private static String mediaType(String name, String accept) {
        if (name.endsWith(".csv")) {
            return CSV;
        }
        if (name.endsWith(".json")) {
            return JSON;
        }
        String asked = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        if (asked.startsWith(CSV)) {
            return CSV;
        }
        return asked.startsWith(JSON) || asked.startsWith("application/json") ? JSON : "text/html";
    }

    private static void table(HttpServletResponse response, IndexKind kind, List<Binding> found, String mediaType) throws IOException {
        ResultSet results = ResultSet.adapt(RowSetStream.create(IndexRows.variables(kind), found.iterator()));
        response.setContentType(mediaType + ";charset=utf-8");
        if (mediaType.equals(CSV)) {
            response.setHeader("Content-Disposition", "inline; filename=\"" + kind.slug() + ".csv\"");
        }
        try (OutputStream out = response.getOutputStream()) {
            if (mediaType.equals(CSV)) {
                ResultSetFormatter.outputAsCSV(out, results);
            } else {
                ResultSetFormatter.outputAsJSON(out, results);
            }
        }
    }

    private static void refuse(HttpServletResponse response, String mediaType, String message) throws IOException {
        if (mediaType.equals("text/html")) {
            Document page = Pages.page("Bad request");
            Pages.main(page).appendElement("h1").text("Bad request");
            Pages.main(page).appendElement("p").addClass("error").text(message);
            Pages.send(response, HttpServletResponse.SC_BAD_REQUEST, page);
            return;
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain;charset=utf-8");
        try (OutputStream out = response.getOutputStream()) {
            out.write((message + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private Document overview() {
        Document page = Pages.page("Browse");
        Element main = Pages.main(page);
        main.appendElement("h1").text("Browse the graph");
        Element list = main.appendElement("ul").addClass("lists");
        for (IndexKind kind : IndexKinds.ALL) {
            int count = site.read(() -> rows.rows(kind, IndexRequest.EVERYTHING).size());
            list.appendElement("li").appendElement("a").attr("href", PATH + kind.slug()).text(kind.title())
                    .parent().appendText(" (" + count + ") — " + kind.description());
        }
        return page;
    }
}
