package org.w3id.r2p.publish;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;
import org.w3id.r2p.graph.KnowledgeGraph;

/**
 * Uploads every named graph of a knowledge graph to a SPARQL 1.1 Graph Store Protocol endpoint (Fuseki, GraphDB,
 * Virtuoso, QLever, ...), replacing each of those graphs there with an HTTP PUT. Graphs of the store that the
 * knowledge graph does not have are left alone.
 * <pre>
 *   GraphStorePush.to("http://localhost:3030/ds/data").credentials("admin", password).push(graph);
 * </pre>
 */
public final class GraphStorePush {
    /** Enough of a server's message to say why; an HTML error page is cut short. */
    private static final int MESSAGE_CHARS = 300;
    private final String endpoint;
    private final String authorization;

    private GraphStorePush(String endpoint, String authorization) {
        this.endpoint = endpoint;
        this.authorization = authorization;
    }

    public static GraphStorePush to(String endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        if (!endpoint.matches("(?i)https?://.+")) {
            throw new IllegalArgumentException("The Graph Store endpoint must be an http(s) URL: " + endpoint);
        }
        return new GraphStorePush(endpoint, null);
    }

    /** HTTP Basic credentials, sent with every request. */
    public GraphStorePush credentials(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new GraphStorePush(endpoint, "Basic " + token);
    }

    /** Replaces each named graph at the endpoint; returns how many graphs were sent. */
    public int push(KnowledgeGraph graph) {
        int pushed = 0;
        for (Node name : graph.graphNames()) {
            GSP request = GSP.service(endpoint).graphName(name).contentType(RDFFormat.NTRIPLES);
            if (authorization != null) {
                request.httpHeader("Authorization", authorization);
            }
            try {
                request.PUT(graph.namedGraphs().getGraph(name));
            } catch (HttpException e) {
                throw new IllegalStateException("Pushing " + name.getURI() + " to " + endpoint + " failed: " + refusal(e), e);
            }
            pushed++;
        }
        return pushed;
    }

    /** What the server said: its status line, and the first line of its message when it sent one. */
    static String refusal(HttpException e) {
        StringBuilder why = new StringBuilder();
        if (e.getStatusCode() > 0) {
            why.append(e.getStatusCode());
            String line = e.getStatusLine();
            if (line != null && !line.isBlank() && !line.strip().equals(String.valueOf(e.getStatusCode()))) {
                why.append(' ').append(line.strip());
            }
        } else if (e.getMessage() != null) {
            why.append(e.getMessage());
        }
        String body = e.getResponse();
        if (body != null && !body.isBlank()) {
            String first = body.strip().lines().findFirst().orElse("");
            why.append(why.isEmpty() ? "" : ": ").append(first.length() > MESSAGE_CHARS ? first.substring(0, MESSAGE_CHARS) + "…" : first);
        }
        return why.isEmpty() ? e.toString() : why.toString();
    }
}
