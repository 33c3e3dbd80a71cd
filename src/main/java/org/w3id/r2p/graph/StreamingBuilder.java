package org.w3id.r2p.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.r2p.corpus.CorpusException;
import org.w3id.r2p.corpus.CorpusFolder;
import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.extract.DocumentExtractor;
import org.w3id.r2p.extract.DocumentFacts;
import org.w3id.r2p.link.EntityTable;
import org.w3id.r2p.link.StateGazetteer;

/**
 * Builds the knowledge graph of a corpus without holding it: each document is read, extracted and assembled into
 * its named graph on a pool of threads, and the graphs are handed to a {@link GraphSink} one at a time in IRI order,
 * a few documents in flight at most. Memory grows with the number of distinct entities and of statements (an IRI
 * and a setting each), not with the documents' text.
 * <p>
 * An entity is labelled with the spelling the whole corpus uses most, so a first pass reads and extracts every
 * document only to count names and to number each speaker's statements in a setting ({@link StatementLabels});
 * the second pass extracts again and assembles. Extraction runs twice, in exchange for memory that does not hold
 * the corpus.
 * <pre>
 *   new StreamingBuilder(IriScheme.standard(), EntityTable.standard(), EvidenceLevel.COMPACT, 2, Progress.NONE,
 *           Listener.SILENT)
 *       .build(CorpusFolder.open(Path.of("seeds")), sink);
 * </pre>
 */
public final class StreamingBuilder {
    /** Hears, once per file and in corpus order, what could not be read cleanly or names nothing. */
    public interface Listener {
        Listener SILENT = new Listener() {
            @Override
            public void skipped(String reason) {
            }

            @Override
            public void warning(String message) {
            }
        };

        /** A file that is not a document, with the reason; the build goes on without it. */
        void skipped(String reason);

        void warning(String message);
    }

    private final IriScheme iris;
    private final GraphAssembler assembler;
    private final int threads;
    private final Progress progress;
    private final Listener listener;
    private final DocumentExtractor extractor = DocumentExtractor.standard();
    private boolean skippedAny;

    /** @param evidence how much evidence to keep for each mention and statement */
    public StreamingBuilder(IriScheme iris, EntityTable links, EvidenceLevel evidence, int threads, Progress progress,
                            Listener listener) {
        if (threads < 1) {
            throw new IllegalArgumentException("At least one thread is needed: " + threads);
        }
        this.iris = iris;
        this.assembler = new GraphAssembler(iris, StateGazetteer.load(), links, evidence);
        this.threads = threads;
        this.progress = progress;
        this.listener = listener;
    }

    /** Builds the corpus's graphs into {@code sink} and finishes it. */
    public void build(CorpusFolder corpus, GraphSink sink) {
        List<Path> files = new ArrayList<>(corpus.files());
        files.sort(Comparator.comparing(file -> iris.graph(CorpusFolder.id(file))));
        progress.started(2 * files.size());
        try {
            FirstPass first = firstPass(corpus, files);
            GraphSink ordered = new GraphOrder(assembler.fixedGraphs(), sink);
            OrderedWindow.<Path, Named>run(files, threads, file -> {
                DocumentFacts facts = extract(corpus, file, warning -> { });
                progress.documentDone();
                return facts == null ? null : new Named(NodeFactory.createURI(iris.graph(facts.document().id())),
                        assembler.documentGraph(facts, first.names(), first.labels()));
            }, named -> {
                if (named != null) {
                    ordered.graph(named.name(), named.graph());
                }
            });
            ordered.finish();
        } finally {
            progress.finished();
        }
    }

    /** Whether some file was skipped as not a document. */
    public boolean skippedAny() {
        return skippedAny;
    }

    /** Reads every document once to count entities' names and note statements' speakers and settings. */
    private FirstPass firstPass(CorpusFolder corpus, List<Path> files) {
        EntityNames.Counter counter = assembler.nameCounter();
        StatementLabels.Collector statements = assembler.statementCollector();
        OrderedWindow.<Path, Read>run(files, threads, file -> {
            List<String> warnings = new ArrayList<>();
            try {
                DocumentFacts facts = extractor.extract(corpus.read(file, warnings::add));
                return new Read(facts, warnings, null);
            } catch (CorpusException unreadable) {
                return new Read(null, warnings, unreadable.getMessage());
            } finally {
                progress.documentDone();
            }
        }, read -> {
            read.warnings().forEach(listener::warning);
            if (read.skipped() != null) {
                skippedAny = true;
                listener.skipped(read.skipped());
                return;
            }
            counter.add(read.facts());
            statements.add(read.facts());
            if (!KnowledgeGraphBuilder.namesSomething(read.facts())) {
                listener.warning(read.facts().document().fileName() + " names no State, person or organization");
            }
        });
        EntityNames names = counter.names();
        return new FirstPass(names, statements.labels(names));
    }

    private DocumentFacts extract(CorpusFolder corpus, Path file, Consumer<String> warnings) {
        try {
            return extractor.extract(corpus.read(file, warnings));
        } catch (CorpusException unreadable) {
            return null; // named by the first pass
        }
    }

    private record FirstPass(EntityNames names, StatementLabels labels) {}

    private record Read(DocumentFacts facts, List<String> warnings, String skipped) {}

    private record Named(Node name, Graph graph) {}
}
