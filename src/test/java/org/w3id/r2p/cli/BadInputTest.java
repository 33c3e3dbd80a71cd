package org.w3id.r2p.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.r2p.vocab.R2P;

import picocli.CommandLine;

/** Bad files in a corpus are named and skipped; the rest is built and written; the exit status says so. */
class BadInputTest {
    @Test
    void unreadableFilesAreReportedAndSkippedAndTheRestIsWritten(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("good.txt"), "The government of Ghana stated that prevention matters.");
        Files.write(corpus.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2});
        Files.createDirectory(corpus.resolve("folder.txt"));
        Files.createSymbolicLink(corpus.resolve("loop.txt"), corpus.resolve("loop.txt"));
        try (RandomAccessFile huge = new RandomAccessFile(corpus.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(200L * 1024 * 1024); // sparse: takes no disk, and must not be read into memory
        }
        Files.writeString(corpus.resolve("empty.txt"), "");
        Files.write(corpus.resolve("latin1.txt"), "C\u00f4te d'Ivoire spoke.".getBytes(Charset.forName("windows-1252")));
        Path output = dir.resolve("out.nt");

        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("export", "--corpus", corpus.toString(), "--format", "ntriples", "--output", output.toString());

        String messages = err.toString();
        assertEquals(3, exit, messages);
        assertTrue(messages.contains("skipped: binary.txt: skipped, binary content"), messages);
        assertTrue(messages.contains("skipped: folder.txt: skipped, not a regular file (a folder)"), messages);
        assertTrue(messages.contains("skipped: loop.txt: skipped, not a regular file"), messages);
        assertTrue(messages.contains("skipped: huge.txt: skipped, too large (200 MB"), messages);
        assertTrue(messages.contains("warning: empty.txt is empty"), messages);
        assertTrue(messages.contains("warning: latin1.txt is not valid UTF-8; read as Windows-1252"), messages);
        assertFalse(messages.contains("\tat "), "no stack trace: " + messages);

        Graph graph = RDFParser.source(output).lang(Lang.NTRIPLES).toGraph();
        assertTrue(graph.contains(NodeFactory.createURI("https://w3id.org/r2p/id/document/good"), R2P.mentions.asNode(),
                NodeFactory.createURI("https://w3id.org/r2p/id/state/GHA")));
        assertTrue(graph.contains(NodeFactory.createURI("https://w3id.org/r2p/id/document/latin1"), R2P.mentions.asNode(),
                NodeFactory.createURI("https://w3id.org/r2p/id/state/CIV")));
    }

    @Test
    void exportLeavesNoPartialFileBehind(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("r2p.ttl");
        Files.writeString(output, "previous dump");
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(new StringWriter()));
        assertEquals(1, cli.execute("export", "--corpus", dir.resolve("missing").toString(), "--output", output.toString()));
        assertEquals("previous dump", Files.readString(output), "a failed export leaves the old file");
        PrintStream original = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.commandLine().execute("export", "--output", output.toString()));
        } finally {
            System.setOut(original);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the dump, no .part file");
        }
        assertTrue(Files.readString(output).contains("r2p:State"));
    }

    @Test
    void verboseShowsTheStackTrace(@TempDir Path dir) {
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        assertEquals(1, cli.execute("export", "--verbose", "--corpus", dir.resolve("missing").toString()));
        assertTrue(err.toString().contains("\tat "), err.toString());
    }
}
