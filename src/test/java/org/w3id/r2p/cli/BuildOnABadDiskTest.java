package org.w3id.r2p.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.r2p.support.Tmpfs;

/**
 * {@code build --tdb} on a full disk and into a read-only folder, each a small tmpfs mounted for the test (which
 * needs root and a kernel that lets it mount; skipped otherwise): exit 1, one line naming the store and the reason,
 * no stack trace, and no half-written store left behind. The build runs in its own JVM, as a user runs it, since a
 * write to a full memory-mapped file faults the process that makes it.
 */
class BuildOnABadDiskTest {
    private static final String ONE_DOCUMENT = "seeds/003_3c0b70c9704cf0d2.txt";

    @TempDir
    Path dir;
    @RegisterExtension
    final Tmpfs tmpfs = new Tmpfs();

    @Test
    void aFullDiskIsOneLineAndLeavesNothing() throws Exception {
        Path disk = tmpfs.mount(dir.resolve("disk"), "size=256k");
        Result build = build(disk.resolve("store"));
        assertEquals(1, build.exitCode(), build.err());
        assertOneLineNaming(build.err(), disk.resolve("store").toString());
        try (Stream<Path> left = Files.list(disk)) {
            assertEquals(List.of(), left.toList(), "nothing half-written left on the disk");
        }
    }

    @Test
    void aReadOnlyFolderIsOneLineNamingTheReason() throws Exception {
        Path disk = tmpfs.mount(dir.resolve("disk"), "size=1m,ro");
        Result build = build(disk.resolve("store"));
        assertEquals(1, build.exitCode(), build.err());
        assertOneLineNaming(build.err(), disk.toString());
        assertTrue(build.err().toLowerCase().contains("read-only"), build.err());
    }

    private static void assertOneLineNaming(String err, String path) {
        List<String> lines = err.lines().filter(l -> !l.isBlank() && !l.contains("--verbose")).toList();
        assertEquals(1, lines.size(), err);
        assertTrue(lines.get(0).contains(path), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
    }

    private record Result(int exitCode, String err) {}

    private Result build(Path store) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(Path.of(ONE_DOCUMENT), corpus.resolve(Path.of(ONE_DOCUMENT).getFileName()));
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "build", "--corpus", corpus.toString(), "--tdb", store.toString(), "--quiet")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the build ends");
        return new Result(process.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    }
}
