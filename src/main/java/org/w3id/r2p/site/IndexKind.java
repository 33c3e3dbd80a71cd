package org.w3id.r2p.site;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One kind of index page: its path segment under {@code /list/}, its title, the SELECT query giving one row per
 * item (the item in {@code ?item}), the columns shown, the order rows take unless asked otherwise, the filters
 * it accepts, and the variable rows are grouped under (null for none).
 */
record IndexKind(String slug, String title, String description, String query, List<IndexColumn> columns,
        List<String> defaultOrder, List<IndexFilter> filters, String groupVariable) {
    IndexKind {
        Objects.requireNonNull(slug);
        Objects.requireNonNull(title);
        Objects.requireNonNull(query);
        columns = List.copyOf(columns);
        defaultOrder = List.copyOf(defaultOrder);
        filters = List.copyOf(filters);
        if (columns.stream().noneMatch(c -> c.variable().equals("item"))) {
            throw new IllegalArgumentException("A column of " + slug + " must show ?item");
        }
    }

    Optional<IndexColumn> column(String variable) {
        return columns.stream().filter(c -> c.variable().equals(variable)).findFirst();
    }

    Optional<IndexFilter> filter(String parameter) {
        return filters.stream().filter(f -> f.parameter().equals(parameter)).findFirst();
    }
}
