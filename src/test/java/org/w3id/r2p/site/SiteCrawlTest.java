package org.w3id.r2p.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.r2p.publish.SparqlServer;
import org.w3id.r2p.support.TestGraphs;

/**
 * Crawls the site over the seed graph from the landing page, following every internal link (href, src, action)
 * of every HTML page: no link may be broken, and every kind of resource must be within three clicks of the
 * landing page by way of an index page. A link that only changes how something is presented (another RDF
 * syntax, CSV or JSON, another sort order) is checked once per shape (its path with the resource's name left
 * out, and its parameter names), since one code path answers them all and there are thousands.
 */
class SiteCrawlTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static SparqlServer server;
    /** Each internal path reached, with the number of clicks it took from the landing page. */
    private static final Map<String, Integer> clicks = new HashMap<>();
    /** Each broken link, with the page it was found on. */
    private static final Map<String, String> broken = new TreeMap<>();

    @BeforeAll
    static void crawl() throws Exception {
        server = SparqlServer.builder(TestGraphs.seeds()).port(0).build().start();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Map<String, String> foundOn = new HashMap<>();
        Set<String> shapes = new HashSet<>();
        clicks.put("/", 0);
        while (!queue.isEmpty()) {
            String path = queue.removeFirst();
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 && !needsTheNetwork(path, response.statusCode())) {
                broken.put(path, response.statusCode() + " on " + foundOn.get(path));
                continue;
            }
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            Document page = Jsoup.parse(response.body(), server.url() + path);
            for (Element link : page.select("a[href], link[href], script[src], img[src], form[action]")) {
                String target = internalPath(link);
                if (target != null && !clicks.containsKey(target) && shapes.add(shape(target))) {
                    clicks.put(target, clicks.get(path) + 1);
                    foundOn.put(target, path);
                    queue.addLast(target);
                }
            }
        }
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** The path and query of a link to this server, without its fragment; null for a link elsewhere. */
    private static String internalPath(Element link) {
        String attribute = link.hasAttr("href") ? "href" : link.hasAttr("src") ? "src" : "action";
        String absolute = link.absUrl(attribute);
        if (!absolute.startsWith(server.url() + "/")) {
            return null;
        }
        URI uri = URI.create(absolute);
        return uri.getRawPath() + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
    }

    /** A presentation link's shape; any other link is its own shape. */
    private static String shape(String path) {
        boolean presentation = path.matches(".*[?&](format|sort|order)=.*") || path.matches("[^?]*\\.(csv|json)(\\?.*)?");
        if (!presentation) {
            return path;
        }
        String where = path.replaceFirst("\\?.*", "").replaceFirst("^(/(id|topic|graph)/([^/]+/)?)[^/]+$", "$1*");
        String names = path.contains("?") ? path.substring(path.indexOf('?') + 1).replaceAll("=[^&]*", "") : "";
        return where + "?" + names;
    }

    /**
     * An example query that calls a remote SERVICE cannot run offline, where the query page answers 400 with
     * the reason; its link is not broken.
     */
    private static boolean needsTheNetwork(String path, int status) throws IOException {
        if (status != 400 || !path.startsWith("/query?example=")) {
            return false;
        }
        String name = URLDecoder.decode(path.substring("/query?example=".length()), StandardCharsets.UTF_8);
        try (InputStream in = SiteCrawlTest.class.getClassLoader().getResourceAsStream(Site.EXAMPLES + name + ".rq")) {
            return in != null && new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("SERVICE");
        }
    }

    @Test
    void noInternalLinkIsBroken() {
        assertTrue(clicks.size() > 300, "the crawl reached " + clicks.size() + " paths");
        assertEquals(Map.of(), broken);
    }

    @Test
    void everyKindOfResourceIsWithinThreeClicksThroughAnIndexPage() {
        Set<String> far = new TreeSet<>();
        for (String kind : List.of("/id/state/", "/id/statement/", "/id/person/", "/id/organization/", "/id/mechanism/",
                "/id/network/", "/id/event/", "/id/document/", "/topic/")) {
            boolean reached = clicks.entrySet().stream().anyMatch(e -> e.getKey().startsWith(kind) && e.getValue() <= 3);
            if (!reached) {
                far.add(kind);
            }
        }
        assertEquals(Set.of(), far);
        for (String index : List.of("/list/states", "/list/statements", "/list/persons", "/list/organizations",
                "/list/mechanisms", "/list/networks", "/list/events", "/list/documents", "/list/topics")) {
            assertEquals(1, clicks.get(index), index + " is one click from the landing page");
        }
    }
}
