package org.w3id.r2p.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.r2p.graph.GraphSink;
import org.w3id.r2p.graph.KnowledgeGraph;

/**
 * A persistent copy of a knowledge graph in Apache Jena TDB2, for serving without extracting again.
 * <p>
 * A (re)build writes a fresh database beside the target folder and moves it into place only once it is complete
 * and closed, so a failed or interrupted build never damages the store in use: a server that has it open keeps
 * answering from it.
 * <pre>
 *   TdbStore.write(graph, Path.of("store"));
 *   DatasetGraph dataset = TdbStore.open(Path.of("store"));   // default graph = union of the named graphs
 * </pre>
 */
public final class TdbStore {
    private static final String BUILDING_SUFFIX = ".building";
    private static final String RETIRED_SUFFIX = ".retired";

    private TdbStore() {}

    /** Writes every named graph of the knowledge graph, and its prefixes, as the store at {@code folder}. */
    public static void write(KnowledgeGraph graph, Path folder) {
        replace(folder, dataset -> {
            for (Node name : graph.graphNames()) {
                graph.namedGraphs().getGraph(name).find().forEachRemaining(t -> dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            }
            dataset.prefixes().putAll(graph.prefixes());
        });
    }

    /**
     * Builds the store at {@code folder} from graphs streamed into Jena's TDB2 bulk loader as {@code build} gives
     * them, without holding them in memory; the store is swapped in only if {@code build} returns normally.
     * <pre>
     *   TdbStore.load(Path.of("store"), prefixes, sink -> builder.build(corpus, sink));
     * </pre>
     */
    public static void load(Path folder, PrefixMap prefixes, Consumer<GraphSink> build) {
        replaceWith(folder, fresh -> {
            DataLoader loader = LoaderFactory.createLoader(fresh, (format, args) -> { });
            loader.startBulk();
            try {
                StreamRDF stream = loader.stream();
                build.accept(new GraphSink() {
                    @Override
                    public void graph(Node name, Graph graph) {
                        graph.find().forEachRemaining(t -> stream.quad(Quad.create(name, t)));
                    }

                    @Override
                    public void finish() {
                    }
                });
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            loader.finishBulk();
            Txn.executeWrite(fresh, () -> fresh.prefixes().putAll(prefixes));
        });
    }

    /**
     * Builds a new store with {@code loader}, inside one write transaction, then swaps it in for the one at
     * {@code folder}. If the loader fails, the new store is removed and the old one is left as it was.
     */
    public static void replace(Path folder, Consumer<DatasetGraph> loader) {
        replaceWith(folder, fresh -> Txn.executeWrite(fresh, () -> loader.accept(fresh)));
    }

    /** Fills a fresh store (managing its own transactions), then swaps it in; on failure removes it. */
    private static void replaceWith(Path folder, Consumer<DatasetGraph> fill) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path building = sibling(absolute, BUILDING_SUFFIX);
        Path retired = sibling(absolute, RETIRED_SUFFIX);
        deleteRecursively(building);
        DatasetGraph fresh = DatabaseMgr.connectDatasetGraph(Location.create(building));
        try {
            fill.accept(fresh);
        } catch (RuntimeException e) {
            TDBInternal.expel(fresh, true);
            deleteRecursively(building);
            throw e;
        }
        TDBInternal.expel(fresh, true);
        try {
            deleteRecursively(retired);
            if (Files.exists(absolute)) {
                Files.move(absolute, retired, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(building, absolute, StandardCopyOption.ATOMIC_MOVE);
            deleteRecursively(retired);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move the new store into " + absolute + ": " + e.getMessage(), e);
        }
    }

    /** Opens a store for querying; its default graph is the union of its named graphs. */
    public static DatasetGraph open(Path folder) {
        if (!isStore(folder)) {
            throw new IllegalArgumentException("No TDB2 store at " + folder.toAbsolutePath()
                    + "; build one with: build --tdb " + folder);
        }
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(Location.create(folder.toAbsolutePath()));
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dataset;
    }

    /** Releases a store opened with {@link #open}, so that its files can be moved or deleted. */
    public static void close(DatasetGraph dataset) {
        TDBInternal.expel(dataset, true);
    }

    /** TDB2 keeps its data in generations named Data-0001, Data-0002, ... inside the folder. */
    private static boolean isStore(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.anyMatch(child -> child.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            return false;
        }
    }

    private static Path sibling(Path folder, String suffix) {
        return folder.resolveSibling(folder.getFileName() + suffix);
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + folder + ": " + e.getMessage(), e);
        }
    }
}
