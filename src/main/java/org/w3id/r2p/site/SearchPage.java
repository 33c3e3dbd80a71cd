package org.w3id.r2p.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3id.r2p.search.Passage;
import org.w3id.r2p.search.Search;
import org.w3id.r2p.search.SearchResults;

/** The HTML of the search page: the form, a page of hits with their passages, the pager, or why a query failed. */
final class SearchPage {
    static final String PATH = "/search";

    private final Site site;
    private final Labels labels;

    SearchPage(Site site) {
        this.site = site;
        this.labels = new Labels(site, site.union());
    }

    /** The search form, holding {@code query} if there is one. */
    Document form(String query) {
        Document page = Pages.page(query == null || query.isBlank() ? "Search" : "Search: " + query);
        Element main = Pages.main(page);
        main.appendElement("h1").text("Search");
        Element form = main.appendElement("form").attr("action", PATH).attr("method", "get").addClass("search-page");
        form.appendElement("input").attr("type", "search").attr("name", "q").attr("aria-label", "Search the graph")
                .attr("maxlength", String.valueOf(Search.MAX_QUERY_LENGTH)).val(query == null ? "" : query);
        form.appendElement("button").attr("type", "submit").text("Search");
        main.appendElement("p").addClass("hint").text("Searches statements, document titles and texts, and the names of "
                + "every resource. Lucene syntax: \"mass atrocities\" for a phrase, atrocit* for a prefix, "
                + "genocide AND Darfur, text:prevention for statements and documents only.");
        return page;
    }

    Document error(String query, String message) {
        Document page = form(query);
        Pages.main(page).appendElement("p").addClass("error").text(message);
        return page;
    }

    Document results(SearchResults results) {
        Document page = form(results.query());
        Element main = Pages.main(page);
        main.appendElement("p").addClass("summary").text(summary(results));
        Element list = main.appendElement("ol").addClass("hits")
                .attr("start", String.valueOf((results.page() - 1) * results.pageSize() + 1));
        for (SearchResults.Hit hit : results.hits()) {
            Element item = list.appendElement("li").addClass("hit");
            labels.link(item, hit.resource()).addClass("hit-link");
            Node kind = kind(site, hit.resource());
            if (kind != null) {
                item.appendElement("span").addClass("kind").text(" " + labels.of(kind));
            }
            item.appendElement("small").addClass("field").text(" (" + hit.field() + ")");
            Element passage = item.appendElement("p").addClass("passage");
            for (Passage.Run run : hit.passage().runs()) {
                if (run.match()) {
                    passage.appendElement("mark").text(run.text());
                } else {
                    passage.appendText(run.text());
                }
            }
        }
        pager(main, results);
        return page;
    }

    /** The resource's type, the first by IRI if it has several; null if it has none. */
    static Node kind(Site site, Node resource) {
        return site.union().find(resource, RDF.type.asNode(), Node.ANY).mapWith(t -> t.getObject())
                .filterKeep(Node::isURI).toList().stream().min(Comparator.comparing(Node::getURI)).orElse(null);
    }

    static String link(String query, int page) {
        return PATH + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + (page > 1 ? "&page=" + page : "");
    }

    private static String summary(SearchResults results) {
        if (results.total() == 0) {
            return "No hits for " + results.query() + ".";
        }
        long first = (long) (results.page() - 1) * results.pageSize() + 1;
        long last = first + results.hits().size() - 1;
        return results.total() + (results.total() == 1 ? " hit" : " hits") + " for " + results.query()
                + (results.hits().isEmpty() ? "; this page is past the last." : "; showing " + first + "–" + last + ".");
    }

    private static void pager(Element main, SearchResults results) {
        if (results.pages() <= 1) {
            return;
        }
        Element nav = main.appendElement("nav").addClass("pager").attr("aria-label", "Result pages");
        if (results.page() > 1) {
            nav.appendElement("a").attr("rel", "prev").attr("href", link(results.query(), results.page() - 1)).text("← Previous");
        }
        nav.appendElement("span").text(" Page " + results.page() + " of " + results.pages() + " ");
        if (results.hasNext()) {
            nav.appendElement("a").attr("rel", "next").attr("href", link(results.query(), results.page() + 1)).text("Next →");
        }
    }
}
