package org.w3id.r2p.reconcile;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * One query of a reconciliation batch.
 *
 * @param text  the name to reconcile
 * @param types the kinds of entity wanted: all of them when the client names no type, none when it names only
 *              types this graph does not have
 * @param limit the most candidates to return
 */
public record ReconcileQuery(String text, Set<EntityType> types, int limit) {
    public static final int DEFAULT_LIMIT = 5;
    static final int MAX_LIMIT = 100;

    public ReconcileQuery {
        Objects.requireNonNull(text);
        types = Set.copyOf(types);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT + ": " + limit);
        }
    }

    /**
     * A query as the protocol sends it: {@code {"query": "Ivory Coast", "type": "…#State", "limit": 3}}, where
     * {@code type} may also be a list of types and {@code type_strict} and {@code properties} are accepted and
     * ignored.
     *
     * @throws IllegalArgumentException naming what is wrong with it
     */
    public static ReconcileQuery fromJson(JsonObject json) {
        JsonValue query = json.get("query");
        if (query == null || !query.isString() || query.getAsString().value().isBlank()) {
            throw new IllegalArgumentException("\"query\" must be a non-empty string");
        }
        return new ReconcileQuery(query.getAsString().value().strip(), types(json.get("type")), limit(json.get("limit")));
    }

    private static Set<EntityType> types(JsonValue type) {
        if (type == null || type.isNull()) {
            return EnumSet.allOf(EntityType.class);
        }
        List<JsonValue> named = type.isArray() ? type.getAsArray() : List.of(type);
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        for (JsonValue value : named) {
            if (!value.isString()) {
                throw new IllegalArgumentException("\"type\" must be a string or a list of strings");
            }
            EntityType.of(value.getAsString().value()).ifPresent(types::add);
        }
        return types;
    }

    private static int limit(JsonValue limit) {
        if (limit == null || limit.isNull()) {
            return DEFAULT_LIMIT;
        }
        if (!limit.isNumber() || limit.getAsNumber().value().doubleValue() != limit.getAsNumber().value().intValue()) {
            throw new IllegalArgumentException("\"limit\" must be a whole number");
        }
        int value = limit.getAsNumber().value().intValue();
        if (value < 1) {
            throw new IllegalArgumentException("\"limit\" must be at least 1: " + value);
        }
        return Math.min(value, MAX_LIMIT);
    }
}
