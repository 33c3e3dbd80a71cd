package org.w3id.r2p.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.w3id.r2p.corpus.Corpus;
import org.w3id.r2p.corpus.CorpusException;
import org.w3id.r2p.corpus.CorpusFolder;
import org.w3id.r2p.graph.EvidenceLevel;
import org.w3id.r2p.graph.GraphSink;
import org.w3id.r2p.graph.IriScheme;
import org.w3id.r2p.graph.KnowledgeGraph;
import org.w3id.r2p.graph.KnowledgeGraphBuilder;
import org.w3id.r2p.graph.StreamingBuilder;
import org.w3id.r2p.link.EntityTable;
import org.w3id.r2p.link.EntityTableReader;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options shared by every command that builds the graph. */
final class CorpusOptions {
    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "seeds",
            description = "Folder of documents: .txt and .md (UTF-8), .html and .pdf files, one document each "
                    + "(default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriScheme.DEFAULT_BASE,
            description = "Base IRI; resources are minted under BASE/id/ and named graphs under BASE/graph/ "
                    + "(default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--entities", paramLabel = "FILE",
            description = "A CSV table of checked Wikidata items (columns name,kind,wikidata,aliases; kind is "
                    + "organization, office, person, mechanism or network; aliases separated by |) that adds to or "
                    + "overrides the shipped entities.csv. Bad rows are named on stderr with their line numbers and skipped.")
    Path entities;

    @Option(names = "--threads", paramLabel = "N",
            description = "Documents extracted at once (default: the number of processors). The output is the same for any N.")
    Integer threads;

    @Option(names = "--evidence", paramLabel = "LEVEL",
            converter = EvidenceConverter.class, completionCandidates = EvidenceConverter.Names.class,
            description = "Evidence for each mention and statement: full (every place, with a quote and its context), "
                    + "compact (each distinct fact of a document once, at its first place, with its words) or none "
                    + "(default: compact; unlinked counts every mention, so it defaults to full).")
    EvidenceLevel evidence;

    @Option(names = {"--quiet", "-q"}, description = "No progress bar (there is none anyway when stderr is not a terminal).")
    boolean quiet;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private boolean skippedInput;

    /**
     * Reads the corpus, reports on stderr each file it had to skip (with the reason) and what was read but not
     * cleanly, and builds the graph from the rest.
     */
    KnowledgeGraph build() throws CorpusException {
        return build(EvidenceLevel.COMPACT);
    }

    /** @param unlessGiven the evidence level when {@code --evidence} is not given */
    KnowledgeGraph build(EvidenceLevel unlessGiven) throws CorpusException {
        Corpus documents = Corpus.read(corpus);
        PrintWriter err = command.commandLine().getErr();
        documents.skipped().forEach(s -> err.println("skipped: " + s));
        documents.warnings().forEach(w -> err.println("warning: " + w));
        err.flush();
        skippedInput = !documents.skipped().isEmpty();
        KnowledgeGraph graph = KnowledgeGraphBuilder.build(documents, iris(), entityTable(err),
                evidence != null ? evidence : unlessGiven, workers(),
                ConsoleProgress.forTerminal(quiet), w -> err.println("warning: " + w));
        err.flush();
        return graph;
    }

    /**
     * Opens the corpus for a streaming build: what it returns builds the graph graph by graph into a sink, without
     * holding the corpus, reporting on stderr each file it skips and what was read but not cleanly.
     */
    Consumer<GraphSink> streamer() throws CorpusException {
        CorpusFolder folder = CorpusFolder.open(corpus);
        PrintWriter err = command.commandLine().getErr();
        StreamingBuilder builder = new StreamingBuilder(iris(), entityTable(err),
                evidence != null ? evidence : EvidenceLevel.COMPACT, workers(),
                ConsoleProgress.forTerminal(quiet), new StreamingBuilder.Listener() {
                    @Override
                    public void skipped(String reason) {
                        err.println("skipped: " + reason);
                        err.flush();
                    }

                    @Override
                    public void warning(String message) {
                        err.println("warning: " + message);
                        err.flush();
                    }
                });
        return sink -> {
            builder.build(folder, sink);
            skippedInput = builder.skippedAny();
        };
    }

    IriScheme iris() {
        return new IriScheme(base);
    }

    private int workers() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** The shipped entity table, with the user's rows on top; each row left out is named on {@code err}. */
    private EntityTable entityTable(PrintWriter err) {
        if (entities == null) {
            return EntityTable.standard();
        }
        if (!Files.isRegularFile(entities)) {
            throw new ParameterException(command.commandLine(), "Entity table not found: " + entities);
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(entities, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParameterException(command.commandLine(), "Cannot read the entity table " + entities + " as UTF-8: " + e.getMessage());
        }
        EntityTableReader.Result read = EntityTableReader.read(lines, entities.toString());
        read.problems().forEach(problem -> err.println("bad row: " + problem));
        err.flush();
        return EntityTable.standard().overriddenBy(read.rows());
    }

    /** What a command that built the graph returns: 0, or 3 when some input files were skipped. */
    int exitCode() {
        return skippedInput ? ExitCodes.SKIPPED_INPUT : ExitCodes.OK;
    }
}
