package org.w3id.r2p.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

import org.w3id.r2p.graph.DocumentSplit;
import org.w3id.r2p.graph.GraphSink;
import org.w3id.r2p.graph.IriScheme;
import org.w3id.r2p.graph.Prefixes;
import org.w3id.r2p.graph.StreamingValidation;
import org.w3id.r2p.publish.DumpFormat;
import org.w3id.r2p.publish.DumpWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the graph as Turtle, N-Triples, TriG, N-Quads or JSON-LD.", "Builds the graph and writes it as RDF. Turtle, N-Triples and JSON-LD hold the union of "
                + "the named graphs; TriG and N-Quads keep one named graph per document."})
final class ExportCommand implements Callable<Integer> {
    private static final String PARTIAL_SUFFIX = ".part";
    /**
     * Bytes written to the dump's file at a time: with the stream's default 8 KB, a 180 MB dump (1,000 documents)
     * took 22,000 write calls.
     */
    private static final int WRITE_BUFFER = 1 << 18;

    @Mixin
    CorpusOptions corpus;

    @Mixin
    ValidationOption validation;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "turtle",
            description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            converter = FormatConverter.class, completionCandidates = FormatConverter.Names.class)
    DumpFormat format;

    @Option(names = {"--output", "-o"}, paramLabel = "FILE", description = "File to write (default: standard output).")
    Path output;

    @Option(names = "--gzip", description = "Compress the output with gzip.")
    boolean gzip;

    @Override
    public Integer call() throws Exception {
        Consumer<GraphSink> build = corpus.streamer();
        IriScheme iris = corpus.iris();
        DocumentSplit split = new DocumentSplit(iris);
        StreamingValidation validating = validation.streaming(split);
        if (output == null && validating == null) {
            PrintStream stdout = System.out;
            write(build, split, null, stdout);
            stdout.flush();
        } else if (output == null) {
            // Nothing reaches standard output before the whole graph is known to conform.
            Path partial = Files.createTempFile("r2p-export", ".part");
            try {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), WRITE_BUFFER)) {
                    write(build, split, validating, out);
                }
                Files.copy(partial, System.out);
                System.out.flush();
            } finally {
                Files.deleteIfExists(partial);
            }
        } else {
            writeAtomically(build, split, validating, output);
        }
        return corpus.exitCode();
    }

    /**
     * Writes beside the target and moves into place, so a failure never leaves a half-written dump. The partial
     * file is created like any other file (its mode from the umask, usually 0644, so that a web server running
     * as another user can serve the dump), and is named after this process, so that the partial files of
     * exports that were killed can be recognised and removed.
     */
    private void writeAtomically(Consumer<GraphSink> build, DocumentSplit split, StreamingValidation validating, Path target)
            throws IOException {
        Path absolute = target.toAbsolutePath();
        removeAbandonedPartials(absolute);
        Path partial = partialFile(absolute, ProcessHandle.current().pid());
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW), WRITE_BUFFER)) {
                write(build, split, validating, out);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    static Path partialFile(Path target, long pid) {
        return target.resolveSibling("." + target.getFileName() + "." + pid + PARTIAL_SUFFIX);
    }

    /** Partial files of this target left by exports whose process is gone (killed, or the machine stopped). */
    private static void removeAbandonedPartials(Path target) throws IOException {
        String prefix = "." + target.getFileName() + ".";
        try (DirectoryStream<Path> partials = Files.newDirectoryStream(target.getParent(), prefix + "*" + PARTIAL_SUFFIX)) {
            for (Path partial : partials) {
                String name = partial.getFileName().toString();
                String pid = name.substring(prefix.length(), name.length() - PARTIAL_SUFFIX.length());
                if (pid.matches("\\d{1,18}") && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
                    Files.deleteIfExists(partial);
                }
            }
        }
    }

    /** Streams the build into the dump (and the validation, when on); fails if the graph does not conform. */
    private void write(Consumer<GraphSink> build, DocumentSplit split, StreamingValidation validating, OutputStream out)
            throws IOException {
        GZIPOutputStream compressed = gzip ? new GZIPOutputStream(out) : null;
        DumpWriter dump = new DumpWriter(format, split, Prefixes.of(split.iris()), gzip ? compressed : out);
        build.accept(validating == null ? dump : GraphSink.both(validating, dump));
        validation.check(validating, spec.commandLine().getErr());
        if (compressed != null) {
            compressed.finish();
        }
    }
}
