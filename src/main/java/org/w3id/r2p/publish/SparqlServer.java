package org.w3id.r2p.publish;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.w3id.r2p.graph.IriScheme;
import org.w3id.r2p.graph.KnowledgeGraph;
import org.w3id.r2p.search.SearchIndex;
import org.w3id.r2p.site.Site;
import org.w3id.r2p.site.ResultCache;
import org.w3id.r2p.site.SiteServlets;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A read-only SPARQL endpoint and linked-data site over a knowledge graph, served by embedded Fuseki:
 * the SPARQL 1.1 Query protocol at {@code /r2p/sparql} (GET and POST; results as JSON, XML, CSV or TSV by
 * {@code Accept}), every IRI under the base dereferenceable, a landing page, a query page, dumps and VoID.
 * Updates and Graph Store writes are refused; queries stop after a timeout; {@code SERVICE} may call only the
 * allowed endpoints; CORS is on.
 * <pre>
 *   SparqlServer server = SparqlServer.builder(graph).port(3030).build().start();
 *   server.endpoint();   // http://127.0.0.1:3030/r2p/sparql
 *   server.stop();
 * </pre>
 */
public final class SparqlServer {
    public static final String DATASET = "r2p";
    public static final String ENDPOINT_PATH = "/" + DATASET + "/sparql";
    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final String WIKIDATA_QUERY_SERVICE = "https://query.wikidata.org/sparql";
    /** The defaults for query answers, as fractions of the heap: kept ones, the largest one, all being made at once. */
    public static final int CACHE_HEAP_FRACTION = 8;
    public static final int MAX_RESULT_HEAP_FRACTION = 16;
    public static final int IN_FLIGHT_HEAP_FRACTION = 4;
    private static final long MIN_RESULT_BYTES = 1L << 20;
    /** Parsing a query of this size takes a few seconds at most, well inside the default timeout. */
    public static final long DEFAULT_MAX_QUERY_BYTES = 1L << 20;

    private final FusekiServer server;
    private final String host;

    private SparqlServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
    }

    /**
     * A server for a graph built in memory; its default graph is the union of the named graphs, indexed in memory
     * for full-text search and by subject and predicate.
     */
    public static Builder builder(KnowledgeGraph graph) {
        DatasetGraph dataset = SearchIndex.inMemory(graph.forQuery(SubjectPredicateGraph.over(graph.union())), graph.union());
        ServingExecutor.install(dataset.getContext());
        return new Builder(dataset, graph.union(), graph.namedGraphs(), graph.prefixes());
    }

    /** A server for a dataset already set up for querying, such as a TDB2 store ({@code TdbStore.open}). */
    public static Builder builder(DatasetGraph dataset) {
        return new Builder(dataset, dataset.getUnionGraph(), dataset, dataset.prefixes());
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

    /** The server's root URL, on the address a client on this machine uses. */
    public String url() {
        String address = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        if (address.contains(":")) {
            address = "[" + address + "]";
        }
        return "http://" + address + ":" + port();
    }

    /** The URL of the query endpoint. */
    public String endpoint() {
        return url() + ENDPOINT_PATH;
    }

    /** Settings of a {@link SparqlServer}; checks each as it is set. */
    public static final class Builder {
        private final DatasetGraph dataset;
        private final Graph union;
        private final DatasetGraph namedGraphs;
        private final PrefixMap prefixes;
        private int port = DEFAULT_PORT;
        private String host = DEFAULT_HOST;
        private String base = IriScheme.DEFAULT_BASE;
        private Duration timeout = DEFAULT_TIMEOUT;
        private long cacheBytes = Runtime.getRuntime().maxMemory() / CACHE_HEAP_FRACTION;
        private long maxResultBytes = Math.max(MIN_RESULT_BYTES, Runtime.getRuntime().maxMemory() / MAX_RESULT_HEAP_FRACTION);
        private long maxQueryBytes = DEFAULT_MAX_QUERY_BYTES;
        private final Set<String> allowedServices = new LinkedHashSet<>(Set.of(WIKIDATA_QUERY_SERVICE));

        private Builder(DatasetGraph dataset, Graph union, DatasetGraph namedGraphs, PrefixMap prefixes) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            this.union = union;
            this.namedGraphs = namedGraphs;
            this.prefixes = prefixes;
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

        /** The public base the IRIs were minted under; {@code BASE/id/x} is served at {@code /id/x}. */
        public Builder base(String base) {
            this.base = new IriScheme(base).base();
            return this;
        }

        /** How long a query may run before it is stopped. */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("The query timeout must be positive: " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /** How many bytes of query answers the result cache may keep (default: 1/8 of the heap); 0 turns it off. */
        public Builder cacheBytes(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("The cache size cannot be negative: " + bytes);
            }
            this.cacheBytes = bytes;
            return this;
        }

        /**
         * The largest query answer sent, in bytes (default: 1/16 of the heap, at least 1 MiB); a larger one gets
         * 413. Answers are held whole before they are sent, so that a failure never leaves a truncated 200.
         */
        public Builder maxResultBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("The largest answer must be at least one byte: " + bytes);
            }
            this.maxResultBytes = bytes;
            return this;
        }

        /** The largest query string or request body accepted; a larger request gets 413 before it is parsed. */
        public Builder maxQueryBytes(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("The query size limit must be positive: " + bytes);
            }
            this.maxQueryBytes = bytes;
            return this;
        }

        /** The only endpoints a query may call with {@code SERVICE}; none if empty. Replaces the default. */
        public Builder allowedServices(Set<String> endpoints) {
            allowedServices.clear();
            allowedServices.addAll(endpoints);
            return this;
        }

        public SparqlServer build() {
            dataset.getContext().set(ARQ.queryTimeout, String.valueOf(timeout.toMillis()));
            ServiceExecutorRegistry.set(dataset.getContext(), serviceAllowList(Set.copyOf(allowedServices)));
            StoppableRegexRewrite.install(dataset.getContext());
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .port(port)
                    .loopback(isLoopback(host))
                    .addFilter("/*", new PublicCors())
                    .addFilter("/*", Builder::refuseTrace)
                    .addFilter("/*", new QuerySizeLimit(maxQueryBytes))
                    .add("/" + DATASET, dataset, false);
            long inFlightBytes = Math.max(maxResultBytes, Runtime.getRuntime().maxMemory() / IN_FLIGHT_HEAP_FRACTION);
            SiteServlets.install(fuseki, new Site(dataset, union, namedGraphs, prefixes, base, ENDPOINT_PATH),
                    new ResultCache(cacheBytes, maxResultBytes, inFlightBytes));
            FusekiServer server = fuseki.build();
            // Jetty reads form bodies itself, with its own limit (200,000 bytes by default): make it the same.
            ServletContextHandler.getServletContextHandler(server.getServletContext())
                    .setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, maxQueryBytes));
            return new SparqlServer(compressed(server), host);
        }

        /** Every answer gzipped for a client that asks with Accept-Encoding (Jetty leaves compressed types alone). */
        private static FusekiServer compressed(FusekiServer server) {
            Server jetty = server.getJettyServer();
            GzipHandler gzip = new GzipHandler();
            gzip.addIncludedMethods("POST");
            gzip.setHandler(jetty.getHandler());
            jetty.setHandler(gzip);
            return server;
        }

        /** A SERVICE call to an endpoint that is not allowed fails the query, before any request is sent. */
        private static ServiceExecutorRegistry serviceAllowList(Set<String> allowed) {
            ServiceExecutorRegistry registry = ServiceExecutorRegistry.createFrom(ServiceExecutorRegistry.get());
            registry.addSingleLink((opExecute, opOriginal, binding, context, chain) -> {
                Node service = opExecute.getService();
                if (!service.isURI() || !allowed.contains(service.getURI())) {
                    // The client's mistake, hence 400; Fuseki answers any other exception here with 500.
                    throw new ActionErrorException(HttpServletResponse.SC_BAD_REQUEST, "SERVICE " + service + " is not allowed here; allowed: "
                            + (allowed.isEmpty() ? "none" : String.join(", ", allowed)), null);
                }
                return chain.createExecution(opExecute, opOriginal, binding, context);
            });
            return registry;
        }

        /** TRACE echoes the request's headers back, which a public site has no use for. */
        private static void refuseTrace(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            String method = ((HttpServletRequest) request).getMethod();
            if (method.equals("TRACE") || method.equals("TRACK")) {
                HttpServletResponse http = (HttpServletResponse) response;
                http.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
                http.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, method + " is not allowed here");
                return;
            }
            chain.doFilter(request, response);
        }

        private static boolean isLoopback(String host) {
            return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
        }
    }
}
