package org.w3id.r2p.search;

import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Node;

/**
 * One page of a search's hits, best first.
 *
 * @param query    the query as asked
 * @param total    how many values match in all
 * @param page     the page number, from 1
 * @param pageSize hits on a full page
 * @param hits     the hits on this page
 */
public record SearchResults(String query, long total, int page, int pageSize, List<Hit> hits) {
    /**
     * A matching value: the resource it belongs to, the kind of value ({@code label}, {@code title} or
     * {@code text}, the index's fields) and the passage that matched.
     */
    public record Hit(Node resource, String field, float score, Passage passage) {
        public Hit {
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(passage, "passage");
        }
    }

    public SearchResults {
        Objects.requireNonNull(query, "query");
        hits = List.copyOf(hits);
        if (page < 1 || pageSize < 1) {
            throw new IllegalArgumentException("Pages are numbered from 1 and hold at least one hit: page " + page + ", size " + pageSize);
        }
    }

    /** How many pages the hits fill. */
    public long pages() {
        return (total + pageSize - 1) / pageSize;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
