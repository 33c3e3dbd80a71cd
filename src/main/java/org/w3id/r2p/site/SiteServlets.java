package org.w3id.r2p.site;

import java.util.function.Supplier;

import org.apache.jena.fuseki.main.FusekiServer;
import org.w3id.r2p.reconcile.EntityIndex;

/**
 * Adds the linked-data site to a Fuseki server: resource pages and RDF at {@code /id/...}, the landing page,
 * a query page, dumps, VoID, the ontology, the
 * reconciliation service, and the filters.
 * <pre>
 *   SiteServlets.install(builder, site, 1000);
 * </pre>
 */
public final class SiteServlets {
    private SiteServlets() {}

    /**
     * @param cacheEntries how many query results to keep; 0 for no cache
     */
    public static FusekiServer.Builder install(FusekiServer.Builder builder, Site site, int cacheEntries) {
        builder.addFilter("/*", SiteFilters.securityHeaders())
                .addFilter(site.endpointPath(), SiteFilters.serviceDescription(site));
        if (cacheEntries > 0) {
            builder.addFilter(site.endpointPath(), new ResultCache(cacheEntries));
        }
        Supplier<EntityIndex> entities = site.once(() -> EntityIndex.of(site.union()));
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
                .addServlet("/dumps/*", new DumpServlet(site))
                .addServlet("/ontology", new OntologyPage())
                .addServlet("/.well-known/void", new RdfServlet(site, "VoID description of the dataset", DatasetDescription::voidOf))
                .addServlet("/static/*", new StaticServlet())
                .addServlet("", new LandingServlet(site));
    }
}
