package org.w3id.r2p.site;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3id.r2p.site.chart.RecordCharts;
import org.w3id.r2p.vocab.R2P;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The landing page: what the dataset is, how big, the example queries, dumps, ontology and VoID. */
final class LandingServlet extends HttpServlet {
    private final transient Site site;
    private final transient Supplier<Map<String, Long>> counts;
    private final transient Supplier<String> datasetJsonLd;
    private final transient Supplier<Element> charts;

    LandingServlet(Site site) {
        this.site = site;
        this.counts = site.once(this::counts);
        this.datasetJsonLd = site.once(() -> DatasetJsonLd.of(site));
        this.charts = site.once(() -> RecordCharts.of(site.union()));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getRequestURI().equals("/") && !request.getRequestURI().isEmpty()) {
            Pages.notFound(response, "There is no page at " + request.getRequestURI());
            return;
        }
        Document page = Pages.page("The Responsibility to Protect knowledge graph");
        page.head().appendElement("script").attr("type", "application/ld+json").appendChild(new DataNode(datasetJsonLd.get()));
        Element main = Pages.main(page);
        main.appendElement("h1").text("The Responsibility to Protect knowledge graph");
        main.appendElement("p").text("A linked-data record of the United Nations Responsibility to Protect (R2P): the "
                + "States, persons and organizations that speak about it, their statements, the pillars, mechanisms and "
                + "regional networks they name, and the documents and events that report them, with every State "
                + "linked to Wikidata and every fact linked to the words it rests on.");
        Element endpoint = main.appendElement("p").appendText("SPARQL endpoint: ");
        endpoint.appendElement("code").text(site.endpointPath());
        endpoint.appendText(" (read-only; results as JSON, XML, CSV or TSV). ");
        endpoint.appendElement("a").attr("href", "/query").text("Query it in the browser");
        main.appendElement("h2").text("In numbers");
        Element counts = main.appendElement("table").addClass("counts");
        this.counts.get().forEach((what, n) -> counts.appendElement("tr")
                .appendElement("td").text(what).parent().appendElement("td").text(String.valueOf(n)));
        main.appendChild(charts.get().clone());
        main.appendElement("h2").attr("id", "browse").text("Browse");
        Element lists = main.appendElement("ul").addClass("lists");
        IndexKinds.ALL.forEach(kind -> lists.appendElement("li").appendElement("a")
                .attr("href", IndexServlet.PATH + kind.slug()).text(kind.title()));
        main.appendElement("h2").text("Example queries");
        Element list = main.appendElement("ul");
        for (Site.Example example : site.examples()) {
            Element item = list.appendElement("li");
            item.appendElement("a").attr("href", "/query?example=" + URLEncoder.encode(example.name(), StandardCharsets.UTF_8))
                    .text(example.question());
        }
        main.appendElement("h2").attr("id", "dumps").text("Dumps");
        Element dumps = main.appendElement("ul");
        for (DumpServlet.Dump dump : DumpServlet.DUMPS) {
            dumps.appendElement("li").appendElement("a").attr("href", "/dumps/" + dump.file()).text(dump.file())
                    .parent().appendText(" — " + dump.description());
        }
        main.appendElement("h2").text("Vocabulary and description");
        Element about = main.appendElement("ul");
        about.appendElement("li").appendElement("a").attr("href", "/ontology").text("The R2P ontology");
        about.appendElement("li").appendElement("a").attr("href", "/.well-known/void").text("VoID description of the dataset");
        Pages.send(response, page);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("triples", (long) site.union().size());
        counts.put("documents", site.union().find(Node.ANY, R2P.text.asNode(), Node.ANY)
                .filterKeep(t -> site.union().contains(t.getSubject(), RDF.type.asNode(), R2P.Document.asNode()))
                .mapWith(t -> t.getSubject()).toSet().size() + 0L);
        counts.put("States", count(R2P.State.asNode()));
        counts.put("statements", count(R2P.Statement.asNode()));
        counts.put("mechanisms", count(R2P.Mechanism.asNode()));
        counts.put("regional networks", count(R2P.RegionalNetwork.asNode()));
        return counts;
    }

    private long count(Node type) {
        return site.union().find(Node.ANY, RDF.type.asNode(), type).mapWith(t -> t.getSubject()).toSet().size();
    }
}
