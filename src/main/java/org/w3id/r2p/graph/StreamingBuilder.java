package org.w3id.r2p.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

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
 * a few documents in flight at most. Memory grows with the number of distinct entities and of speakers' settings
 * (a count each), not with the documents' text.
 * <p>
 * An entity is labelled with the spelling the whole corpus uses most, so a first pass reads and extracts every
 * document to count names and each speaker's statements in a setting ({@link StatementLabels}), and spills the
 * extracted facts to a temporary file ({@link FactsSpill}); the second pass reads them back and assembles. Each
 * document is extracted once and memory does not hold the corpus: the temporary folder holds its facts until the
 * build ends.
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
        try (FactsSpill spill = FactsSpill.create()) {
            FirstPass first = firstPass(corpus, files, spill);
            GraphSink ordered = new GraphOrder(assembler.fixedGraphs(), sink);
            boolean bySubject = !sink.dependsOnTripleOrder();
            // Statements are numbered here, in corpus order, before their documents go to the pool.
            Iterator<Labelled> documents = spill.read()
                    .map(facts -> new Labelled(facts, first.numbering().next(facts))).iterator();
            OrderedWindow.<Labelled, Named>run(documents, threads, document -> {
                Graph graph = bySubject
                        ? assembler.documentGraphBySubject(document.facts(), first.names(), document.labels())
                        : assembler.documentGraph(document.facts(), first.names(), document.labels());
                progress.documentDone();
                return new Named(NodeFactory.createURI(iris.graph(document.facts().document().id())), graph);
            }, named -> ordered.graph(named.name(), named.graph()));
            ordered.finish();
        } finally {
            progress.finished();
        }
    }

    /** Whether some file was skipped as not a document. */
    public boolean skippedAny() {
        return skippedAny;
    }

    /**
     * Reads and extracts every document, counting entities' names and statements' speakers and settings, and
     * spills the facts in corpus order for the second pass.
     */
    private FirstPass firstPass(CorpusFolder corpus, List<Path> files, FactsSpill spill) {
        EntityNames.Counter counter = assembler.nameCounter();
        StatementLabels.Collector statements = assembler.statementCollector();
        OrderedWindow.<Path, Read>run(files.iterator(), threads, file -> {
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
                progress.documentDone(); // it has no second pass
                return;
            }
            counter.add(read.facts());
            statements.add(read.facts());
            spill.write(read.facts());
            if (!KnowledgeGraphBuilder.namesSomething(read.facts())) {
                listener.warning(read.facts().document().fileName() + " names no State, person or organization");
            }
        });
        EntityNames names = counter.names();
        return new FirstPass(names, statements.numbering(names));
    }

    private record FirstPass(EntityNames names, StatementLabels.Numbering numbering) {}

    private record Read(DocumentFacts facts, List<String> warnings, String skipped) {}

    private record Labelled(DocumentFacts facts, StatementLabels labels) {}

    private record Named(Node name, Graph graph) {}
}
