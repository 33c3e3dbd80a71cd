package org.w3id.r2p.site;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * What the linked-data site serves and under which public IRIs: the dataset (its default graph the union of the
 * named graphs), the public base the IRIs were minted under, and the example queries shipped in the jar.
 * Paths on the server mirror the IRIs: {@code BASE/id/state/ARG} is served at {@code /id/state/ARG}.
 */
public final class Site {
    static final String EXAMPLES = "org/w3id/r2p/sparql-examples/";

    private final DatasetGraph dataset;
    private final Graph union;
    private final DatasetGraph namedGraphs;
    private final PrefixMap prefixes;
    private final String base;
    private final String endpointPath;

    /**
     * @param dataset      the dataset as queried (default graph = union)
     * @param union        all triples of the named graphs as one graph, for pages and summaries
     * @param namedGraphs  the named graphs, for dumps
     * @param prefixes     prefixes for pages and dumps
     * @param base         the public base IRI, ending in "/"
     * @param endpointPath the SPARQL endpoint's path on the server, e.g. "/r2p/sparql"
     */
    public Site(DatasetGraph dataset, Graph union, DatasetGraph namedGraphs, PrefixMap prefixes, String base, String endpointPath) {
        this.dataset = Objects.requireNonNull(dataset);
        this.union = Objects.requireNonNull(union);
        this.namedGraphs = Objects.requireNonNull(namedGraphs);
        // A store's prefixes are read inside a transaction; they do not change, so a copy serves every request.
        this.prefixes = PrefixMapFactory.create(Txn.calculateRead(dataset, () -> Objects.requireNonNull(prefixes).getMapping()));
        this.base = base.endsWith("/") ? base : base + "/";
        this.endpointPath = endpointPath;
    }

    DatasetGraph dataset() {
        return dataset;
    }

    DatasetGraph namedGraphs() {
        return namedGraphs;
    }

    PrefixMap prefixes() {
        return prefixes;
    }

    String base() {
        return base;
    }

    String endpointPath() {
        return endpointPath;
    }

    /** The IRI a server path stands for: "/id/state/ARG" → BASE + "id/state/ARG". */
    String iriOf(String path) {
        return base + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** The server path of an IRI under the base, or null for an IRI elsewhere. */
    String pathOf(String iri) {
        return iri.startsWith(base) ? "/" + iri.substring(base.length()) : null;
    }

    /** Reads from the dataset inside a read transaction (needed for a TDB2 store). */
    <T> T read(Supplier<T> action) {
        return Txn.calculateRead(dataset, action::get);
    }

    /**
     * A value computed from the dataset once, on first use, and kept: the published graph does not change while
     * it is served, so whole-graph summaries (counts, VoID) need not be recomputed per request.
     */
    <T> Supplier<T> once(Supplier<T> computation) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        if (value == null) {
                            value = read(computation);
                        }
                        v = value;
                    }
                }
                return v;
            }
        };
    }

    Graph union() {
        return union;
    }

    Node node(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** The example queries shipped in the jar (or on the class path), in file-name order. */
    List<Example> examples() {
        try {
            URL folder = Site.class.getClassLoader().getResource(EXAMPLES);
            if (folder == null) {
                return List.of();
            }
            URI uri = folder.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return examplesIn(jar.getPath(EXAMPLES));
                } catch (FileSystemAlreadyExistsException open) {
                    return examplesIn(FileSystems.getFileSystem(uri).getPath(EXAMPLES));
                }
            }
            return examplesIn(Path.of(uri));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot list the example queries: " + e.getMessage(), e);
        }
    }

    private static List<Example> examplesIn(Path folder) throws IOException {
        List<Example> examples = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted(
                    Comparator.comparing(f -> f.getFileName().toString())).toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
                examples.add(Example.of(name, Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return examples;
    }

    /** An example query: its name, the question its comment header asks, and its text. */
    record Example(String name, String question, String query) {
        static Example of(String name, String text) {
            String question = text.lines().takeWhile(l -> l.startsWith("#"))
                    .map(l -> l.substring(1).strip()).reduce((a, b) -> a + " " + b).orElse(name);
            return new Example(name, question, text);
        }
    }
}
