package org.w3id.r2p.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
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
import org.w3id.r2p.search.SearchIndex;

/**
 * A persistent copy of a knowledge graph in Apache Jena TDB2, for serving without extracting again.
 * <p>
 * A (re)build writes a fresh database beside the target folder and moves it into place only once it is complete
 * and closed, so a failed or interrupted build never damages the store in use: a server that has it open keeps
 * answering from it. The store's full-text index lives in its folder ({@code text-index}), so it is replaced with it.
 * <pre>
 *   TdbStore.write(graph, Path.of("store"));
 *   DatasetGraph dataset = TdbStore.open(Path.of("store"));   // default graph = union of the named graphs
 * </pre>
 */
public final class TdbStore {
    private static final String BUILDING_SUFFIX = ".building";
    private static final String RETIRED_SUFFIX = ".retired";
    /**
     * Caffeine (TDB2's node cache) logs, with a stack trace, the memory fault of a write to a full disk; the
     * build reports that failure itself, in one line, so the cache's log is quiet while a store is written.
     */
    private static final Logger CACHE_LOG = Logger.getLogger("com.github.benmanes.caffeine.cache");

    private TdbStore() {}

    /**
     * Writes every named graph of the knowledge graph, and its prefixes, as the store at {@code folder}, with the
     * full-text index of their union.
     */
    public static void write(KnowledgeGraph graph, Path folder) {
        replace(folder, (dataset, building) -> {
            for (Node name : graph.graphNames()) {
                graph.namedGraphs().getGraph(name).find().forEachRemaining(t -> dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            }
            dataset.prefixes().putAll(graph.prefixes());
            SearchIndex.write(graph.union(), building.resolve(SearchIndex.FOLDER));
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
        replaceWith(folder, (fresh, building) -> {
            // The sequential loader works in this thread: the parallel ones hand work to threads that a write to a
            // full disk kills, and then wait for them forever.
            DataLoader loader = LoaderFactory.sequentialLoader(fresh, (format, args) -> { });
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
                loader.finishBulk();
            } catch (RuntimeException | InternalError e) {
                abandon(loader, e);
                throw e;
            }
            Txn.executeWrite(fresh, () -> fresh.prefixes().putAll(prefixes));
            // Indexed from the loaded store, so that the documents' graphs are still not held in memory.
            Txn.executeRead(fresh, () -> SearchIndex.write(new PredicateUnion(fresh), building.resolve(SearchIndex.FOLDER)));
        });
    }

    /** Ends a failed load's transaction, so that the store is closed cleanly before it is deleted. */
    private static void abandon(DataLoader loader, Throwable failure) {
        try {
            loader.finishException(failure instanceof Exception e ? e : new IllegalStateException(failure));
        } catch (RuntimeException alsoFailed) {
            failure.addSuppressed(alsoFailed);
        }
    }

    /**
     * Builds a new store with {@code loader}, inside one write transaction, then swaps it in for the one at
     * {@code folder}. If the loader or the disk fails, the new store is removed, the old one is left as it was,
     * and the exception says in one line what went wrong.
     * <p>
     * The swap is two renames: the old store to {@code folder.retired}, the new one to {@code folder}. A process
     * killed between them leaves only {@code folder.retired}, which {@link #recover} (run by every build and by
     * {@link #open}) moves back, so {@code folder} always holds a complete store, the old or the new.
     */
    public static void replace(Path folder, Consumer<DatasetGraph> loader) {
        replace(folder, (dataset, building) -> loader.accept(dataset));
    }

    /** As {@link #replace(Path, Consumer)}, telling the loader the folder of the new store too. */
    private static void replace(Path folder, BiConsumer<DatasetGraph, Path> loader) {
        replaceWith(folder, (fresh, building) -> Txn.executeWrite(fresh, () -> loader.accept(fresh, building)));
    }

    /** Fills a fresh store (managing its own transactions) in the folder given, then swaps it in; on failure removes it. */
    private static void replaceWith(Path folder, BiConsumer<DatasetGraph, Path> fill) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path building = sibling(absolute, BUILDING_SUFFIX);
        Path retired = sibling(absolute, RETIRED_SUFFIX);
        recover(absolute);
        deleteRecursively(building);
        try {
            Files.createDirectories(building);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the TDB2 store beside " + absolute + ": " + reason(e), e);
        }
        Level cacheLogLevel = CACHE_LOG.getLevel();
        CACHE_LOG.setLevel(Level.SEVERE);
        try {
            DatasetGraph fresh = DatabaseMgr.connectDatasetGraph(Location.create(building));
            try {
                fill.accept(fresh, building);
            } finally {
                TDBInternal.expel(fresh, true);
            }
        } catch (RuntimeException | InternalError e) {
            deleteQuietly(building, e);
            throw new IllegalStateException("Cannot write the TDB2 store at " + absolute + ": " + reason(e), e);
        } finally {
            CACHE_LOG.setLevel(cacheLogLevel);
        }
        try {
            deleteRecursively(retired);
            if (Files.exists(absolute)) {
                Files.move(absolute, retired, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(building, absolute, StandardCopyOption.ATOMIC_MOVE);
            deleteRecursively(retired);
        } catch (IOException | UncheckedIOException e) {
            recover(absolute);
            throw new IllegalStateException("Cannot move the new store into " + absolute + ": " + reason(e), e);
        }
    }

    /**
     * Finishes or undoes a swap that a killed build left half done: if the store is missing but the previous one
     * is still beside it as {@code .retired}, that complete store moves back; if the store is there, a leftover
     * {@code .retired} copy is removed.
     */
    static void recover(Path absolute) {
        Path retired = sibling(absolute, RETIRED_SUFFIX);
        if (!Files.exists(retired)) {
            return;
        }
        try {
            if (!Files.exists(absolute) && isStore(retired)) {
                Files.move(retired, absolute, StandardCopyOption.ATOMIC_MOVE);
            } else if (isStore(absolute)) {
                deleteRecursively(retired);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restore the previous store from " + retired + ": " + reason(e), e);
        }
    }

    /**
     * The cause a person can act on: the deepest message, and for a fault while writing a memory-mapped file
     * (how TDB2 writes, and how a full disk shows itself) the space left.
     */
    private static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof InternalError) {
            return "writing a memory-mapped file failed; is the disk full?";
        }
        if (cause instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + cause.getMessage();
        }
        String message = cause.getMessage();
        return message != null ? message : cause.getClass().getSimpleName();
    }

    /** Removes a failed build; a second failure while doing so is kept with the first, not thrown over it. */
    private static void deleteQuietly(Path folder, Throwable failure) {
        try {
            deleteRecursively(folder);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Opens a store for querying; its default graph is the union of its named graphs, and it answers
     * {@code text:query} when the store has a full-text index (stores built before there was one do not).
     */
    public static DatasetGraph open(Path folder) {
        recover(folder.toAbsolutePath().normalize());
        if (!isStore(folder)) {
            throw new IllegalArgumentException("No TDB2 store at " + folder.toAbsolutePath()
                    + "; build one with: build --tdb " + folder);
        }
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(Location.create(folder.toAbsolutePath()));
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return SearchIndex.open(dataset, folder.toAbsolutePath().resolve(SearchIndex.FOLDER));
    }

    /** Releases a store opened with {@link #open}, so that its files can be moved or deleted. */
    public static void close(DatasetGraph dataset) {
        TDBInternal.expel(SearchIndex.unwrap(dataset), true);
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
