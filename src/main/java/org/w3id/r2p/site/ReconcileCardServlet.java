package org.w3id.r2p.site;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3id.r2p.reconcile.Entity;
import org.w3id.r2p.reconcile.EntityIndex;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a reconciliation client shows of a candidate: {@code /reconcile/preview?id=IRI}, a small card that OpenRefine
 * frames beside its cells, and {@code /reconcile/view?id=IRI}, a redirect to the entity's page on this server.
 * Only entities of the index are answered, so neither is an open redirect nor echoes arbitrary input.
 */
final class ReconcileCardServlet extends HttpServlet {
    /** The card is framed by the client's page, on another origin; it loads nothing but the site's stylesheet. */
    static final String PREVIEW_POLICY = "default-src 'none'; style-src 'self'; frame-ancestors *; base-uri 'none'";

    private final transient Site site;
    private final transient Supplier<EntityIndex> index;

    ReconcileCardServlet(Site site, Supplier<EntityIndex> index) {
        this.site = site;
        this.index = index;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        Optional<Entity> entity = id == null ? Optional.empty() : index.get().byIri(id);
        String action = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (entity.isEmpty() || !(action.equals("/preview") || action.equals("/view"))) {
            Pages.notFound(response, "No entity of this graph has that id.");
            return;
        }
        String path = site.pathOf(entity.get().iri());
        if (action.equals("/view")) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", path != null ? path : entity.get().iri());
            return;
        }
        response.setHeader("Content-Security-Policy", PREVIEW_POLICY);
        Pages.send(response, card(entity.get(), path));
    }

    private static Document card(Entity entity, String path) {
        Document card = Document.createShell("");
        card.head().appendElement("meta").attr("charset", "utf-8");
        card.head().appendElement("title").text(entity.label());
        card.head().appendElement("link").attr("rel", "stylesheet").attr("href", Pages.STYLESHEET);
        Element body = card.body().addClass("card");
        Element name = body.appendElement("h1");
        if (path != null) {
            name.appendElement("a").attr("href", path).attr("target", "_blank").text(entity.label());
        } else {
            name.text(entity.label());
        }
        body.appendElement("p").text(entity.type().label());
        if (!entity.altLabels().isEmpty()) {
            body.appendElement("p").text("Also: " + String.join(", ", entity.altLabels()));
        }
        if (entity.qid() != null) {
            Element wikidata = body.appendElement("p").text("Wikidata: ");
            wikidata.appendElement("a").attr("href", "http://www.wikidata.org/entity/" + entity.qid())
                    .attr("target", "_blank").attr("rel", "noopener").text(entity.qid());
        }
        body.appendElement("p").appendElement("small").text(entity.iri());
        return card;
    }
}
