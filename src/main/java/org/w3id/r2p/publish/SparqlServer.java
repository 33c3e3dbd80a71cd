package org.w3id.r2p.publish;

import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.r2p.graph.KnowledgeGraph;

/**
 * A read-only SPARQL endpoint over a knowledge graph, served by embedded Fuseki at {@code /r2p/sparql}
 * (SPARQL 1.1 Query protocol, GET and POST; results as JSON, XML, CSV or TSV by {@code Accept}).
 * Updates and Graph Store writes are refused.
 * <pre>
 *   SparqlServer server = SparqlServer.builder(graph).port(3030).build().start();
 *   server.endpoint();   // http://127.0.0.1:3030/r2p/sparql
 *   server.stop();
 * </pre>
 */
public final class SparqlServer {
    public static final String DATASET = "r2p";
    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_HOST = "127.0.0.1";

    private final FusekiServer server;
    private final String host;

    private SparqlServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
    }

    /** A server for a graph built in memory; its default graph is the union of the named graphs. */
    public static Builder builder(KnowledgeGraph graph) {
        return new Builder(graph.forQuery());
    }

    /** A server for a dataset already set up for querying, such as a TDB2 store ({@code TdbStore.open}). */
    public static Builder builder(DatasetGraph dataset) {
        return new Builder(dataset);
    }

    public SparqlServer start() {
        server.start();
        return this;
    }

    public void stop() {
        server.stop();
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The URL of the query endpoint, on the address a client on this machine uses. */
    public String endpoint() {
        String address = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        if (address.contains(":")) {
            address = "[" + address + "]";
        }
        return "http://" + address + ":" + port() + "/" + DATASET + "/sparql";
    }

    /** Settings of a {@link SparqlServer}; checks each as it is set. */
    public static final class Builder {
        private final DatasetGraph dataset;
        private int port = DEFAULT_PORT;
        private String host = DEFAULT_HOST;

        private Builder(DatasetGraph dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
        }

        /** The port; 0 picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Port must be between 0 and 65535: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * The address to listen on: a loopback address (the default, 127.0.0.1) for this machine only, or
         * 0.0.0.0 for every interface.
         */
        public Builder host(String host) {
            Objects.requireNonNull(host, "host");
            if (!isLoopback(host) && !host.equals("0.0.0.0") && !host.equals("::")) {
                throw new IllegalArgumentException(
                        "Host must be 127.0.0.1, localhost or ::1 (this machine only) or 0.0.0.0 (all interfaces): " + host);
            }
            this.host = host;
            return this;
        }

        public SparqlServer build() {
            FusekiServer server = FusekiServer.create()
                    .port(port)
                    .loopback(isLoopback(host))
                    .add("/" + DATASET, dataset, false)
                    .build();
            return new SparqlServer(server, host);
        }

        private static boolean isLoopback(String host) {
            return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
        }
    }
}
