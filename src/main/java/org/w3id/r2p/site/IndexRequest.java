package org.w3id.r2p.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;

/**
 * What a client asked of an index page, checked: the page number (from 1), the column to sort by and its
 * direction, and the filters with the resources they name. Anything else is refused with a message saying
 * what is allowed.
 * <pre>
 *   IndexRequest.parse(kind, request.getParameterMap(), resolver)   // throws IndexRequest.BadRequest
 * </pre>
 */
record IndexRequest(int page, String sort, boolean descending, Map<IndexFilter, Node> filters) {
    static final int PAGE_SIZE = 100;
    private static final int LONGEST_VALUE = 200;
    /** Every row, in the default order: the request with no parameters. */
    static final IndexRequest EVERYTHING = new IndexRequest(1, null, false, Map.of());

    IndexRequest {
        filters = Map.copyOf(filters);
    }

    /** A parameter the page cannot answer; its message is shown to the client. */
    static final class BadRequest extends Exception {
        BadRequest(String message) {
            super(message);
        }
    }

    /** Finds the resource a filter value names, or says it names none. */
    interface Resolver {
        Optional<Node> resolve(IndexFilter filter, String key);
    }

    static IndexRequest parse(IndexKind kind, Map<String, String[]> parameters, Resolver resolver) throws BadRequest {
        int page = 1;
        String sort = null;
        boolean descending = false;
        Map<IndexFilter, Node> filters = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            String value = single(name, parameter.getValue());
            switch (name) {
                case "page" -> page = pageNumber(value);
                case "sort" -> sort = sortColumn(kind, value);
                case "order" -> descending = descending(value);
                default -> {
                    IndexFilter filter = kind.filter(name).orElseThrow(() -> new BadRequest(
                            "Unknown parameter '" + shown(name) + "'; " + kind.title() + " take " + allowed(kind)));
                    filters.put(filter, resolver.resolve(filter, value).orElseThrow(
                            () -> new BadRequest("There is no " + filter.noun() + " '" + shown(value) + "'")));
                }
            }
        }
        return new IndexRequest(page, sort, descending, filters);
    }

    /** The query string that asks for the same list at another page or order. */
    String query(int page, String sort, boolean descending) {
        List<String> parts = new ArrayList<>();
        filters.entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> a.parameter().compareTo(b.parameter())))
                .forEach(f -> parts.add(f.getKey().parameter() + "=" + URLEncoder.encode(IndexFilter.keyOf(f.getValue()), StandardCharsets.UTF_8)));
        if (sort != null) {
            parts.add("sort=" + sort);
            if (descending) {
                parts.add("order=desc");
            }
        }
        if (page > 1) {
            parts.add("page=" + page);
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static String single(String name, String[] values) throws BadRequest {
        if (values.length != 1) {
            throw new BadRequest("Parameter '" + shown(name) + "' is given " + values.length + " times; give it once");
        }
        if (values[0].length() > LONGEST_VALUE) {
            throw new BadRequest("Parameter '" + shown(name) + "' is longer than " + LONGEST_VALUE + " characters");
        }
        return values[0];
    }

    private static int pageNumber(String value) throws BadRequest {
        if (!value.matches("[1-9][0-9]{0,8}")) {
            throw new BadRequest("page must be a whole number from 1, not '" + shown(value) + "'");
        }
        return Integer.parseInt(value);
    }

    private static String sortColumn(IndexKind kind, String value) throws BadRequest {
        String sortable = kind.columns().stream().filter(IndexColumn::sortable).map(IndexColumn::variable)
                .collect(Collectors.joining(", "));
        return kind.column(value).filter(IndexColumn::sortable).map(IndexColumn::variable)
                .orElseThrow(() -> new BadRequest("Cannot sort " + kind.title() + " by '" + shown(value) + "'; sort by one of " + sortable));
    }

    private static boolean descending(String value) throws BadRequest {
        return switch (value) {
            case "asc" -> false;
            case "desc" -> true;
            default -> throw new BadRequest("order must be asc or desc, not '" + shown(value) + "'");
        };
    }

    private static String allowed(IndexKind kind) {
        List<String> names = new ArrayList<>(List.of("page", "sort", "order"));
        kind.filters().forEach(f -> names.add(f.parameter()));
        return String.join(", ", names);
    }

    /** A value quoted back to the client, cut short so that a hostile one does not fill the page. */
    private static String shown(String value) {
        Objects.requireNonNull(value);
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
