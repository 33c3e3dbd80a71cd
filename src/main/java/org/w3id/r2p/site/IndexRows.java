package org.w3id.r2p.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.RDF;

/**
 * The rows of every index page. Each kind's query runs once, on first use, since the published graph does not
 * change while it is served; a request then filters and sorts those rows.
 */
final class IndexRows {
    private final Site site;
    private final Map<String, Supplier<List<Binding>>> rowsBySlug = new HashMap<>();
    private final Map<IndexFilter, Supplier<Map<String, Node>>> keysByFilter = new HashMap<>();

    IndexRows(Site site) {
        this.site = site;
        for (IndexKind kind : IndexKinds.ALL) {
            rowsBySlug.put(kind.slug(), site.once(() -> run(kind.query())));
            kind.filters().forEach(f -> keysByFilter.put(f, site.once(() -> keys(f))));
        }
    }

    /** The variables of a kind's rows, in the order of its query's SELECT. */
    static List<Var> variables(IndexKind kind) {
        return QueryFactory.create(kind.query()).getProjectVars();
    }

    Optional<Node> resolve(IndexFilter filter, String key) {
        return Optional.ofNullable(keysByFilter.get(filter).get().get(key));
    }

    /** The kind's rows that pass the request's filters, in the order it asks for. */
    List<Binding> rows(IndexKind kind, IndexRequest request) {
        List<Binding> kept = new ArrayList<>(rowsBySlug.get(kind.slug()).get());
        request.filters().forEach((filter, value) -> {
            kept.removeIf(row -> !filter.keeps(site.union(), row.get("item"), value));
        });
        kept.sort(order(kind, request));
        return kept;
    }

    private static Comparator<Binding> order(IndexKind kind, IndexRequest request) {
        Comparator<Binding> order = (a, b) -> 0;
        if (request.sort() != null) {
            Comparator<Binding> chosen = by(sortVariable(kind, request.sort()));
            order = request.descending() ? chosen.reversed() : chosen;
        }
        for (String variable : kind.defaultOrder()) {
            order = order.thenComparing(by(variable));
        }
        return order.thenComparing(by("item"));
    }

    /** A column with labels sorts by the label, not by the IRI. */
    private static String sortVariable(IndexKind kind, String column) {
        String label = kind.column(column).map(IndexColumn::labelVariable).orElse(null);
        return label != null ? label : column;
    }

    private static Comparator<Binding> by(String variable) {
        Var var = Var.alloc(variable);
        return (a, b) -> compare(a.get(var), b.get(var));
    }

    /** Numbers by value, everything else by its text ignoring case; missing values last. */
    private static int compare(Node a, Node b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        if (a.isLiteral() && b.isLiteral() && a.getLiteralValue() instanceof Number x && b.getLiteralValue() instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        String x = a.isURI() ? a.getURI() : a.isLiteral() ? a.getLiteralLexicalForm() : a.toString();
        String y = b.isURI() ? b.getURI() : b.isLiteral() ? b.getLiteralLexicalForm() : b.toString();
        int folded = String.CASE_INSENSITIVE_ORDER.compare(x, y);
        return folded != 0 ? folded : x.compareTo(y);
    }

    private List<Binding> run(String query) {
        List<Binding> rows = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(site.dataset())).query(query).build()) {
            ResultSet results = execution.execSelect();
            while (results.hasNext()) {
                rows.add(results.nextBinding());
            }
        }
        return List.copyOf(rows);
    }

    /** Every resource of the filter's class by its key; where two share a key, the first IRI in order wins. */
    private Map<String, Node> keys(IndexFilter filter) {
        Map<String, Node> keys = new TreeMap<>();
        site.union().find(Node.ANY, RDF.type.asNode(), filter.type()).mapWith(t -> t.getSubject())
                .filterKeep(Node::isURI).toList().stream().sorted(Comparator.comparing(Node::getURI))
                .forEach(resource -> keys.putIfAbsent(IndexFilter.keyOf(resource), resource));
        return keys;
    }
}
