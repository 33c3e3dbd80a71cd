package org.w3id.r2p.site;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.r2p.search.Search;
import org.w3id.r2p.search.SearchException;
import org.w3id.r2p.search.SearchIndex;
import org.w3id.r2p.search.SearchResults;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Full-text search at {@code /search?q=QUERY&page=N}: a page of hits, each linked to its resource here with
 * the matching passage highlighted, as HTML, or as JSON for {@code Accept: application/json} or
 * {@code format=json}. A query that cannot be run (empty, too long, bad Lucene syntax) gets 400 with the reason.
 */
final class SearchServlet extends HttpServlet {
    private final transient Site site;
    private final transient Search search;

    SearchServlet(Site site) {
        this.site = site;
        this.search = SearchIndex.searchOf(site.dataset());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        Boolean json = wantsJson(request);
        if (json == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Unknown format; use html or json");
            return;
        }
        SearchPage page = new SearchPage(site);
        String query = request.getParameter("q");
        if (search == null) {
            answer(response, json, HttpServletResponse.SC_SERVICE_UNAVAILABLE, query, page,
                    "This dataset has no full-text index; rebuild the store with: build --tdb DIR");
            return;
        }
        if (query == null && !json) {
            Pages.send(response, page.form(null));
            return;
        }
        try {
            SearchResults results = search.find(query, pageNumber(request.getParameter("page")));
            if (json) {
                sendJson(response, HttpServletResponse.SC_OK, site.read(() -> SearchJson.of(results, site)));
            } else {
                Pages.send(response, site.read(() -> page.results(results)));
            }
        } catch (SearchException e) {
            answer(response, json, HttpServletResponse.SC_BAD_REQUEST, query, page, e.getMessage());
        }
    }

    private static void answer(HttpServletResponse response, boolean json, int status, String query, SearchPage page,
            String message) throws IOException {
        if (json) {
            sendJson(response, status, SearchJson.error(message));
        } else {
            Pages.send(response, status, page.error(query, message));
        }
    }

    /** True for JSON, false for HTML, null for a {@code format} this page does not have. */
    private static Boolean wantsJson(HttpServletRequest request) {
        String format = request.getParameter("format");
        if (format != null) {
            return switch (format.toLowerCase(Locale.ROOT)) {
                case "json" -> true;
                case "html" -> false;
                default -> null;
            };
        }
        String accept = request.getHeader("Accept");
        if (accept == null) {
            return false;
        }
        int jsonAt = accept.indexOf("application/json");
        int htmlAt = accept.indexOf("text/html");
        return jsonAt >= 0 && (htmlAt < 0 || jsonAt < htmlAt);
    }

    private static int pageNumber(String page) throws SearchException {
        if (page == null) {
            return 1;
        }
        try {
            return Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            throw new SearchException("The page must be a whole number from 1: " + page);
        }
    }

    private static void sendJson(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        try (OutputStream out = response.getOutputStream()) {
            JSON.write(out, body);
        }
    }
}
