package org.w3id.r2p.reconcile;

import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.r2p.vocab.R2P;

/**
 * The JSON of the reconciliation protocol (API v0.2, as OpenRefine implements it): the service manifest and the
 * answers to a batch of queries.
 */
public final class ReconcileJson {
    private ReconcileJson() {}

    /**
     * The service manifest.
     *
     * @param server          the server's own address, without a trailing slash: "http://127.0.0.1:3030"
     * @param identifierSpace the space the ids are in: the base IRI's {@code id/}
     */
    public static JsonObject manifest(String server, String identifierSpace) {
        JsonObject manifest = new JsonObject();
        JsonArray versions = new JsonArray();
        versions.add("0.1");
        versions.add("0.2");
        manifest.put("versions", versions);
        manifest.put("name", "R2P knowledge graph: States, persons, organizations, mechanisms and regional networks");
        manifest.put("identifierSpace", identifierSpace);
        manifest.put("schemaSpace", R2P.NS);
        JsonArray types = new JsonArray();
        for (EntityType type : EntityType.values()) {
            types.add(type(type));
        }
        manifest.put("defaultTypes", types);
        JsonObject view = new JsonObject();
        view.put("url", server + "/reconcile/view?id={{id}}");
        manifest.put("view", view);
        JsonObject preview = new JsonObject();
        preview.put("url", server + "/reconcile/preview?id={{id}}");
        preview.put("width", 400);
        preview.put("height", 120);
        manifest.put("preview", preview);
        return manifest;
    }

    /** The answers, keyed as the queries were: {@code {"q0": {"result": [candidate, …]}}}. */
    public static JsonObject results(Map<String, List<Candidate>> answers) {
        JsonObject results = new JsonObject();
        answers.forEach((key, candidates) -> {
            JsonArray list = new JsonArray();
            candidates.forEach(c -> list.add(candidate(c)));
            JsonObject result = new JsonObject();
            result.put("result", list);
            results.put(key, result);
        });
        return results;
    }

    /** A reason the request cannot be answered. */
    public static JsonObject error(String message) {
        JsonObject error = new JsonObject();
        error.put("status", "error");
        error.put("message", message);
        return error;
    }

    private static JsonObject candidate(Candidate candidate) {
        Entity entity = candidate.entity();
        JsonObject json = new JsonObject();
        json.put("id", entity.iri());
        json.put("name", entity.label());
        JsonArray types = new JsonArray();
        types.add(type(entity.type()));
        json.put("type", types);
        json.put("score", candidate.score());
        json.put("match", candidate.match());
        json.put("description", description(entity));
        return json;
    }

    /** "State · Wikidata Q1008 · also Ivory Coast": what tells namesakes apart in a list of candidates. */
    static String description(Entity entity) {
        StringBuilder description = new StringBuilder(entity.type().label());
        if (entity.qid() != null) {
            description.append(" · Wikidata ").append(entity.qid());
        }
        if (!entity.altLabels().isEmpty()) {
            description.append(" · also ").append(String.join(", ", entity.altLabels()));
        }
        return description.toString();
    }

    private static JsonObject type(EntityType type) {
        JsonObject json = new JsonObject();
        json.put("id", type.iri());
        json.put("name", type.label());
        return json;
    }
}
