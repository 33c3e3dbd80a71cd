package org.w3id.r2p.site;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A query page that works without JavaScript: a form, and the results of a SELECT or ASK query as a table. An
 * example opens with {@code ?example=NAME}. Queries run under the server's timeout and SERVICE rules.
 */
final class QueryPageServlet extends HttpServlet {
    private static final int ROWS_SHOWN = 1000;

    private final transient Site site;

    QueryPageServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String text = request.getParameter("query");
        String example = request.getParameter("example");
        List<Site.Example> examples = site.examples();
        if (text == null && example != null) {
            Optional<Site.Example> chosen = examples.stream().filter(e -> e.name().equals(example)).findFirst();
            if (chosen.isEmpty()) {
                Pages.notFound(response, "There is no example query named " + example);
                return;
            }
            text = chosen.get().query();
        }
        String shown = text != null ? text : defaultQuery();
        Document page = Pages.page("Query");
        page.head().appendElement("link").attr("rel", "stylesheet").attr("href", "/static/yasgui/yasgui.min.css");
        Element main = Pages.main(page);
        main.appendElement("h1").text("Query the graph");
        // YASGUI takes this over when scripts run; the form and the results below work without them.
        main.appendElement("div").attr("id", "yasgui").attr("data-endpoint", site.endpointPath())
                .attr("data-query", shown).attr("data-run", String.valueOf(text != null))
                .attr("data-base", site.base());
        Element plain = main.appendElement("div").attr("id", "plain-query");
        Element form = plain.appendElement("form").attr("method", "get").attr("action", "/query");
        form.appendElement("textarea").attr("name", "query").attr("rows", "14").text(shown);
        form.appendElement("p").appendElement("button").attr("type", "submit").text("Run");
        plain.appendElement("p").appendText("Programs can send the same query to the SPARQL endpoint ")
                .appendElement("code").text(site.endpointPath());
        if (callsAService(shown)) {
            main.insertChildren(1, new Element("p").addClass("note").text("This is a federated query: it calls a "
                    + "remote SPARQL service (SERVICE), so it needs this server to reach the internet, and it fails "
                    + "when the server is offline or the remote service is down."));
        }
        int status = HttpServletResponse.SC_OK;
        if (text != null) {
            String queryText = text;
            status = site.read(() -> results(plain, queryText));
        }
        page.body().appendElement("script").attr("src", "/static/yasgui/yasgui.min.js");
        page.body().appendElement("script").attr("src", "/static/query.js");
        Pages.send(response, status, page);
    }

    private static boolean callsAService(String text) {
        try {
            boolean[] found = {false};
            ElementWalker.walk(QueryFactory.create(text).getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementService service) {
                    found[0] = true;
                }
            });
            return found[0];
        } catch (QueryException e) {
            return false; // the results section reports the malformed query
        }
    }

    /** The project's prefixes and a first query, for an empty editor. */
    private String defaultQuery() {
        StringBuilder query = new StringBuilder();
        site.prefixes().getMapping().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> query.append("PREFIX ").append(e.getKey()).append(": <").append(e.getValue()).append(">\n"));
        return query.append("\nSELECT ?state ?name ?wikidata WHERE {\n  ?state a r2p:State ; rdfs:label ?name ; owl:sameAs ?wikidata .\n}\nORDER BY ?name\nLIMIT 20\n").toString();
    }

    private int results(Element main, String text) {
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            main.appendElement("p").addClass("error").text("Malformed query: " + e.getMessage());
            return HttpServletResponse.SC_BAD_REQUEST;
        }
        if (!query.isSelectType() && !query.isAskType()) {
            main.appendElement("p").addClass("error").text("This page shows SELECT and ASK results; send other queries to the endpoint.");
            return HttpServletResponse.SC_BAD_REQUEST;
        }
        try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(site.dataset())).query(query).build()) {
            if (query.isAskType()) {
                main.appendElement("p").text(execution.execAsk() ? "Yes." : "No.");
                return HttpServletResponse.SC_OK;
            }
            ResultSet results = execution.execSelect();
            Element table = main.appendElement("table");
            Element head = table.appendElement("tr");
            results.getResultVars().forEach(v -> head.appendElement("th").text(v));
            int rows = 0;
            while (results.hasNext() && rows++ < ROWS_SHOWN) {
                QuerySolution row = results.next();
                Element tr = table.appendElement("tr");
                for (String var : results.getResultVars()) {
                    cell(tr.appendElement("td"), row.get(var));
                }
            }
            main.appendElement("p").text(rows + (rows > ROWS_SHOWN ? "+ rows (the first " + ROWS_SHOWN + " shown)" : " rows"));
            return HttpServletResponse.SC_OK;
        } catch (QueryCancelledException e) {
            main.appendElement("p").addClass("error").text("The query took too long and was stopped.");
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        } catch (RuntimeException e) {
            main.appendElement("p").addClass("error").text("The query failed: " + e.getMessage());
            return HttpServletResponse.SC_BAD_REQUEST;
        }
    }

    private void cell(Element td, RDFNode value) {
        if (value == null) {
            return;
        }
        if (value.isURIResource()) {
            String iri = value.asResource().getURI();
            String path = site.pathOf(iri);
            if (path != null) {
                td.appendElement("a").attr("href", path).text(iri);
            } else if (Pages.isWebLink(iri)) {
                td.appendElement("a").attr("href", iri).attr("rel", "nofollow").text(iri);
            } else {
                td.text(iri);
            }
        } else if (value.isLiteral()) {
            td.text(value.asLiteral().getLexicalForm());
        } else {
            td.text(value.toString());
        }
    }
}
