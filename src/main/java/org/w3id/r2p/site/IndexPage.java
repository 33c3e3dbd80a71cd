package org.w3id.r2p.site;

import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An index page as HTML: the filters in force, totals, one page of at most {@link IndexRequest#PAGE_SIZE} rows
 * with links to the previous and next pages, headings that sort, and the rows under one heading per group.
 */
final class IndexPage {
    private final Site site;
    private final Labels labels;

    IndexPage(Site site) {
        this.site = site;
        this.labels = new Labels(site, site.union());
    }

    /** The number of the last page of {@code rows} rows (1 for none). */
    static int lastPage(int rows) {
        return Math.max(1, (rows + IndexRequest.PAGE_SIZE - 1) / IndexRequest.PAGE_SIZE);
    }

    Document render(IndexKind kind, IndexRequest request, List<Binding> rows) {
        Document page = Pages.page(kind.title());
        Element main = Pages.main(page);
        main.appendElement("p").addClass("crumbs").appendElement("a").attr("href", "/list/").text("Browse");
        main.appendElement("h1").text(kind.title());
        main.appendElement("p").text(kind.description());
        filters(main, kind, request);
        int first = (request.page() - 1) * IndexRequest.PAGE_SIZE;
        int end = Math.min(rows.size(), first + IndexRequest.PAGE_SIZE);
        Element totals = main.appendElement("p").addClass("totals");
        totals.appendText(rows.isEmpty() ? "None." : "Rows " + (first + 1) + "–" + end + " of " + rows.size()
                + " · page " + request.page() + " of " + lastPage(rows.size()) + ". ");
        String query = request.query(1, request.sort(), request.descending());
        Element formats = totals.appendElement("span").addClass("formats").appendText("All rows as: ");
        formats.appendElement("a").attr("href", "/list/" + kind.slug() + ".csv" + query).text("CSV");
        formats.appendElement("a").attr("href", "/list/" + kind.slug() + ".json" + query).text("SPARQL results JSON");
        pager(main, kind, request, rows.size());
        table(main, kind, request, rows.subList(first, end));
        pager(main, kind, request, rows.size());
        return page;
    }

    private void filters(Element main, IndexKind kind, IndexRequest request) {
        if (request.filters().isEmpty()) {
            return;
        }
        Element only = main.appendElement("p").addClass("filters").appendText("Only those of ");
        request.filters().entrySet().stream().sorted((a, b) -> a.getKey().parameter().compareTo(b.getKey().parameter()))
                .forEach(f -> {
                    only.appendText(f.getKey().noun() + " ");
                    labels.link(only, f.getValue());
                    only.appendText(". ");
                });
        only.appendElement("a").attr("href", "/list/" + kind.slug()).text("All " + kind.title().toLowerCase());
    }

    private static void pager(Element main, IndexKind kind, IndexRequest request, int rows) {
        int last = lastPage(rows);
        if (last == 1) {
            return;
        }
        Element nav = main.appendElement("nav").addClass("pager").attr("aria-label", "pages");
        if (request.page() > 1) {
            nav.appendElement("a").attr("rel", "prev")
                    .attr("href", "/list/" + kind.slug() + request.query(request.page() - 1, request.sort(), request.descending()))
                    .text("← previous");
        }
        nav.appendElement("span").text("page " + request.page() + " of " + last);
        if (request.page() < last) {
            nav.appendElement("a").attr("rel", "next")
                    .attr("href", "/list/" + kind.slug() + request.query(request.page() + 1, request.sort(), request.descending()))
                    .text("next →");
        }
    }

    private void table(Element main, IndexKind kind, IndexRequest request, List<Binding> rows) {
        Element table = main.appendElement("table").addClass("index");
        Element head = table.appendElement("thead").appendElement("tr");
        for (IndexColumn column : kind.columns()) {
            Element th = head.appendElement("th");
            if (!column.sortable()) {
                th.text(column.heading());
                continue;
            }
            boolean sortedHere = column.variable().equals(request.sort());
            boolean nextDescending = sortedHere && !request.descending();
            th.appendElement("a").attr("href", "/list/" + kind.slug() + request.query(1, column.variable(), nextDescending))
                    .attr("title", "sort by " + column.heading()).text(column.heading() + (sortedHere ? (request.descending() ? " ↓" : " ↑") : ""));
        }
        Element body = table.appendElement("tbody");
        boolean grouped = kind.groupVariable() != null && request.sort() == null;
        Node group = null;
        for (int i = 0; i < rows.size(); i++) {
            Binding row = rows.get(i);
            if (grouped && (i == 0 || !Objects.equals(group, row.get(kind.groupVariable())))) {
                group = row.get(kind.groupVariable());
                Element cell = body.appendElement("tr").addClass("group").appendElement("th").attr("colspan", String.valueOf(kind.columns().size()));
                if (group == null) {
                    cell.text("At no event the documents name");
                } else {
                    cell(cell, row, IndexColumn.linked(kind.groupVariable(), ""));
                }
            }
            Element tr = body.appendElement("tr");
            kind.columns().forEach(column -> cell(tr.appendElement("td"), row, column));
        }
    }

    private void cell(Element td, Binding row, IndexColumn column) {
        Node value = row.get(Var.alloc(column.variable()));
        if (value == null) {
            return;
        }
        if (value.isURI()) {
            Node label = column.labelVariable() != null ? row.get(Var.alloc(column.labelVariable())) : null;
            String path = site.pathOf(value.getURI());
            Element a = td.appendElement("a").attr("href", path != null ? path : value.getURI());
            if (label != null) {
                a.text(label.getLiteralLexicalForm());
            } else if (path != null) {
                a.text(labels.of(value));
            } else {
                a.attr("rel", "nofollow").text(IndexFilter.keyOf(value));
            }
        } else if (value.isLiteral()) {
            td.text(value.getLiteralLexicalForm());
        }
    }
}
