package org.w3id.r2p.site;

import java.io.IOException;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFWriter;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves an RDF description made from the site (VoID), computed once, in the negotiated syntax; HTML shows
 * the Turtle, escaped, under a heading.
 */
final class RdfServlet extends HttpServlet {
    private final transient Site site;
    private final String title;
    private final transient Supplier<Model> description;

    RdfServlet(Site site, String title, Function<Site, Model> description) {
        this.site = site;
        this.title = title;
        this.description = site.once(() -> description.apply(site));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Negotiation.Choice choice = Negotiation.chooseOrRefuse(request, response);
        if (choice == null) {
            return;
        }
        Model model = description.get();
        if (choice.isHtml()) {
            Document page = Pages.page(title);
            Element main = Pages.main(page);
            main.appendElement("h1").text(title);
            main.appendElement("p").addClass("formats").appendText("As: ")
                    .appendElement("a").attr("href", "?format=ttl").text("Turtle").parent()
                    .appendElement("a").attr("href", "?format=jsonld").text("JSON-LD").parent()
                    .appendElement("a").attr("href", "?format=rdf").text("RDF/XML");
            main.appendElement("pre").text(RDFWriter.source(model).format(Negotiation.TURTLE.rdf()).asString());
            Pages.send(response, page);
            return;
        }
        Negotiation.sendRdf(response, choice, model.getGraph());
    }
}
