package org.w3id.r2p.site;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.w3id.r2p.reconcile.Candidate;
import org.w3id.r2p.reconcile.EntityIndex;
import org.w3id.r2p.reconcile.ReconcileJson;
import org.w3id.r2p.reconcile.ReconcileQuery;
import org.w3id.r2p.reconcile.Reconciler;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The reconciliation service at {@code /reconcile} (W3C Entity Reconciliation API v0.2, as OpenRefine calls it):
 * without parameters, the service manifest; with {@code queries}, by GET or by a form-encoded POST, the candidates
 * for each query of the batch. Browsers reach it by CORS, which the server allows everywhere, not by JSONP.
 */
final class ReconcileServlet extends HttpServlet {
    private final transient Site site;
    private final transient Supplier<EntityIndex> index;

    ReconcileServlet(Site site, Supplier<EntityIndex> index) {
        this.site = site;
        this.index = index;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String queries = request.getParameter("queries");
        if (queries == null) {
            send(response, HttpServletResponse.SC_OK, ReconcileJson.manifest(serverOf(request), site.base() + "id/"));
            return;
        }
        Map<String, ReconcileQuery> batch;
        try {
            batch = batch(queries);
        } catch (IllegalArgumentException | JsonException e) {
            send(response, HttpServletResponse.SC_BAD_REQUEST, ReconcileJson.error("Malformed queries: " + e.getMessage()));
            return;
        }
        Reconciler matcher = new Reconciler(index.get());
        Map<String, List<Candidate>> answers = new LinkedHashMap<>();
        batch.forEach((key, query) -> answers.put(key, matcher.candidates(query)));
        send(response, HttpServletResponse.SC_OK, ReconcileJson.results(answers));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }

    /** {@code {"q0": {"query": …}, "q1": …}}, each query checked; the keys are the client's own. */
    private static Map<String, ReconcileQuery> batch(String queries) {
        JsonValue parsed = JSON.parseAny(queries);
        if (!parsed.isObject()) {
            throw new IllegalArgumentException("\"queries\" must be a JSON object of queries keyed by name");
        }
        Map<String, ReconcileQuery> batch = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : parsed.getAsObject().entrySet()) {
            if (!entry.getValue().isObject()) {
                throw new IllegalArgumentException(entry.getKey() + " is not a query object");
            }
            try {
                batch.put(entry.getKey(), ReconcileQuery.fromJson(entry.getValue().getAsObject()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(entry.getKey() + ": " + e.getMessage(), e);
            }
        }
        return batch;
    }

    /** "http://127.0.0.1:3030": where the client reached this server, for the manifest's view and preview links. */
    static String serverOf(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        url.setLength(url.length() - request.getRequestURI().length());
        return url.toString();
    }

    private static void send(HttpServletResponse response, int status, JsonObject json) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        try (OutputStream out = response.getOutputStream()) {
            JSON.write(out, json);
        }
    }
}
