package org.w3id.r2p.graph;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import org.w3id.r2p.extract.DocumentFacts;

/**
 * The extracted facts of a corpus, written to a temporary file document by document and read back once in the same
 * order: a streaming build's first pass needs every document's facts to name entities and its second needs them
 * again to assemble, and spilling them lets each document be extracted once without the corpus held in memory. The
 * file is private to its owner and deleted on {@link #close()}, or when the JVM shuts down before that. The facts
 * are written in the spill's own format ({@link FactsOutput}, {@link FactsInput}), deflated at the fastest level:
 * about 2.2 MB for 1,000 generated documents, for well under 1% of a build's CPU, which matters where the temporary
 * folder is a tmpfs held in memory.
 * <pre>
 *   try (FactsSpill spill = FactsSpill.create()) {
 *       documents.forEach(spill::write);
 *       spill.read().forEach(facts -&gt; ...);
 *   }
 * </pre>
 */
final class FactsSpill implements AutoCloseable {
    private static final int BUFFER = 1 << 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Thread deleteOnShutdown;
    /** Closed on its own as well: a stream that fails to flush on a full disk leaves it open. */
    private final OutputStream fileOut;
    private final FactsOutput out;
    /** Ended on close, not by the streams, which end only a (de)compressor they made themselves. */
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private final Inflater inflater = new Inflater();
    private FactsInput in;
    private int written;

    private FactsSpill(Path file) throws IOException {
        this.file = file;
        this.fileOut = Files.newOutputStream(file);
        this.out = new FactsOutput(new BufferedOutputStream(new DeflaterOutputStream(fileOut, deflater, BUFFER), BUFFER));
        this.deleteOnShutdown = new Thread(this::delete, "delete " + file.getFileName());
        Runtime.getRuntime().addShutdownHook(deleteOnShutdown);
    }

    /** A spill in the JVM's temporary folder ({@code java.io.tmpdir}). */
    static FactsSpill create() {
        return create(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * A spill in a new file of {@code folder}.
     *
     * @throws UncheckedIOException naming the file and why it could not be made
     */
    static FactsSpill create(Path folder) {
        Path file = folder.resolve("r2p-kg-facts-" + ProcessHandle.current().pid() + "-"
                + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".bin").toAbsolutePath();
        try {
            Files.createFile(file, ownerOnly(folder));
        } catch (IOException e) {
            throw failure("Cannot create " + file + " to hold the extracted facts", e);
        }
        try {
            return new FactsSpill(file);
        } catch (IOException e) {
            delete(file);
            throw failure("Cannot write the extracted facts to " + file, e);
        }
    }

    Path file() {
        return file;
    }

    /** Appends one document's facts; documents are read back in the order they were written. */
    void write(DocumentFacts facts) {
        if (in != null) {
            throw new IllegalStateException("The spill " + file + " is being read");
        }
        try {
            out.write(facts);
            written++;
        } catch (IOException e) {
            throw failure("Cannot write the extracted facts to " + file, e);
        }
    }

    /** Ends writing and reads every document's facts back, lazily and in order; this can be done once. */
    Stream<DocumentFacts> read() {
        if (in != null) {
            throw new IllegalStateException("The spill " + file + " has been read");
        }
        try {
            out.close();
        } catch (IOException e) {
            throw failure("Cannot write the extracted facts to " + file, e);
        }
        try {
            in = new FactsInput(new BufferedInputStream(
                    new InflaterInputStream(Files.newInputStream(file), inflater, BUFFER), BUFFER));
        } catch (IOException e) {
            throw failure("Cannot read the extracted facts back from " + file, e);
        }
        return IntStream.range(0, written).mapToObj(i -> next());
    }

    /** Closes the file and deletes it. */
    @Override
    public void close() {
        try {
            closeQuietly(in);
            closeQuietly(out);
            closeQuietly(fileOut);
            deflater.end();
            inflater.end();
        } finally {
            delete();
            try {
                Runtime.getRuntime().removeShutdownHook(deleteOnShutdown);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running or has run: the file is deleted either way.
            }
        }
    }

    private DocumentFacts next() {
        try {
            return in.read();
        } catch (IOException | RuntimeException e) {
            // A damaged file: a record's constructor refuses what it read, or the data ends or makes no sense.
            throw new IllegalStateException("Cannot read the extracted facts back from " + file + ": " + e, e);
        }
    }

    private void delete() {
        delete(file);
    }

    private static void closeQuietly(AutoCloseable stream) {
        try {
            if (stream != null) {
                stream.close();
            }
        } catch (Exception ignored) {
            // The spill is being given up; a failure to flush it does not matter.
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Nothing more can be done; the file is in the temporary folder.
        }
    }

    /** The documents' words and what was found in them are nobody else's business on a shared machine. */
    private static FileAttribute<?>[] ownerOnly(Path folder) {
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
    }

    /** One line: what failed, on which file, and why in the system's words ("No space left on device"). */
    private static UncheckedIOException failure(String what, IOException e) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            reason = "no such folder";
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            reason = fs.getReason();
        } else {
            reason = e.getMessage() != null ? e.getMessage() : e.toString();
        }
        return new UncheckedIOException(what + ": " + reason, e);
    }
}
