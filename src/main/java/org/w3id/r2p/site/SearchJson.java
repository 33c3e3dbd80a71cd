package org.w3id.r2p.site;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.w3id.r2p.search.Passage;
import org.w3id.r2p.search.SearchResults;

/**
 * A page of search hits as JSON, built with Jena's JSON objects: each hit's IRI, its page on this server, label,
 * type, matched field, score, and passage both as plain text and as runs marked {@code match}.
 */
final class SearchJson {
    private SearchJson() {}

    static JsonObject of(SearchResults results, Site site) {
        Labels labels = new Labels(site, site.union());
        JsonObject json = new JsonObject();
        json.put("query", results.query());
        json.put("total", results.total());
        json.put("page", results.page());
        json.put("pageSize", results.pageSize());
        json.put("pages", results.pages());
        if (results.hasNext()) {
            json.put("next", SearchPage.link(results.query(), results.page() + 1) + "&format=json");
        }
        JsonArray hits = new JsonArray();
        for (SearchResults.Hit hit : results.hits()) {
            hits.add(hit(hit, site, labels));
        }
        json.put("hits", hits);
        return json;
    }

    static JsonObject error(String message) {
        JsonObject json = new JsonObject();
        json.put("error", message);
        return json;
    }

    private static JsonObject hit(SearchResults.Hit hit, Site site, Labels labels) {
        JsonObject json = new JsonObject();
        String iri = hit.resource().getURI();
        json.put("iri", iri);
        String path = site.pathOf(iri);
        if (path != null) {
            json.put("page", path);
        }
        json.put("label", labels.of(hit.resource()));
        Node kind = SearchPage.kind(site, hit.resource());
        if (kind != null) {
            json.put("type", kind.getURI());
        }
        json.put("field", hit.field());
        json.put("score", JsonNumber.value(hit.score()));
        json.put("passage", hit.passage().text());
        JsonArray runs = new JsonArray();
        for (Passage.Run run : hit.passage().runs()) {
            JsonObject r = new JsonObject();
            r.put("text", run.text());
            r.put("match", run.match());
            runs.add(r);
        }
        json.put("highlighted", runs);
        return json;
    }
}
