package org.w3id.r2p.site;

import java.time.Instant;
import java.util.function.Supplier;

import org.apache.jena.fuseki.main.FusekiServer;
import org.w3id.r2p.reconcile.EntityIndex;

/**
 * Adds the linked-data site to a Fuseki server: resource pages and RDF at {@code /id/...}, the landing page,
 * a query page, full-text search, dumps, VoID, the ontology, the reconciliation service, robots.txt, the
 * sitemap, and the filters (security headers, HTTP caching, the query result cache).
 * <pre>
 *   SiteServlets.install(builder, site, new ResultCache(64 &lt;&lt; 20, 16 &lt;&lt; 20, 128 &lt;&lt; 20));
 * </pre>
 */
public final class SiteServlets {
    private SiteServlets() {}

    /**
     * @param results holds every query answer whole before it is sent, and keeps them (see {@link ResultCache})
     */
    public static FusekiServer.Builder install(FusekiServer.Builder builder, Site site, ResultCache results) {
        // Hashing every quad takes seconds on a large store: done on the first request that needs a tag, not at start.
        Supplier<String> fingerprint = site.once(() -> GraphFingerprint.of(site.namedGraphs()));
        builder.addFilter("/*", SiteFilters.securityHeaders())
                .addFilter("/*", new Revalidation(fingerprint, Instant.now()))
                .addFilter(site.endpointPath(), SiteFilters.headAsGet())
                .addFilter(site.endpointPath(), SiteFilters.serviceDescription(site))
                .addFilter(site.endpointPath(), results);
        builder.addFilter("", SiteFilters.acceptOneOf("text/html"))
                .addFilter("/query", SiteFilters.acceptOneOf("text/html"))
                .addFilter(SearchPage.PATH, SiteFilters.acceptOneOf("text/html", "application/json"))
                .addFilter("/list", SiteFilters.acceptOneOf("text/html"))
                .addFilter("/list/*", SiteFilters.acceptOneOf("text/html", "text/csv", "application/sparql-results+json",
                        "application/json"))
                .addFilter("/robots.txt", SiteFilters.acceptOneOf("text/plain"))
                .addFilter("/sitemap.xml", SiteFilters.acceptOneOf("application/xml", "text/xml"));
        Supplier<EntityIndex> entities = site.once(() -> EntityIndex.of(site.union()));
        DumpServlet dumps = new DumpServlet(site);
        IndexServlet index = new IndexServlet(site);
        ResourceServlet resources = new ResourceServlet(site);
        return builder
                .addServlet("/id/*", resources)
                .addServlet("/topic/*", resources)
                .addServlet("/topics", resources)
                .addServlet("/graph/*", new GraphServlet(site))
                .addServlet("/reconcile", new ReconcileServlet(site, entities))
                .addServlet("/reconcile/*", new ReconcileCardServlet(site, entities))
                .addServlet("/list", index)
                .addServlet("/list/*", index)
                .addServlet("/query", new QueryPageServlet(site))
                .addServlet(SearchPage.PATH, new SearchServlet(site))
                .addServlet("/dumps/*", dumps)
                .addServlet("/ontology", new OntologyPage())
                .addServlet("/.well-known/void", new RdfServlet(site, "VoID description of the dataset",
                        s -> DatasetDescription.voidOf(s, dumps::size)))
                .addServlet("/robots.txt", new RobotsServlet(site))
                .addServlet("/sitemap.xml", new SitemapServlet(site))
                .addServlet("/favicon.ico", new StaticServlet())
                .addServlet("/static/*", new StaticServlet())
                .addServlet("", new LandingServlet(site));
    }
}
