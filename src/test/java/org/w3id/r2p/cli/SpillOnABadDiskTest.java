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
 * {@code export} when the temporary folder that holds the extracted facts between the two passes is missing or
 * full (a tiny tmpfs, mounted for the test where that is allowed): exit 1, one line naming the file and the reason,
 * no stack trace, no dump written and nothing left in the temporary folder. Each export runs in its own JVM, with
 * its own {@code java.io.tmpdir}.
 */
class SpillOnABadDiskTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final Tmpfs tmpfs = new Tmpfs();

    @Test
    void aMissingTemporaryFolderIsOneLineNamingTheFile() throws Exception {
        Path missing = dir.resolve("no-such-folder");
        String err = failedExport(missing);
        assertOneLine(err, "Cannot create " + missing.resolve("r2p-kg-facts-"), "to hold the extracted facts: no such folder");
    }

    @Test
    void aFullTemporaryFolderIsOneLineNamingTheFileAndLeavesNothing() throws Exception {
        Path disk = tmpfs.mount(dir.resolve("disk"), "size=4k");
        String err = failedExport(disk);
        assertOneLine(err, "Cannot write the extracted facts to " + disk.resolve("r2p-kg-facts-"), ": No space left on device");
        try (Stream<Path> left = Files.list(disk)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("r2p-kg")).toList());
        }
    }

    /** Exports the seeds with {@code temporary} as the JVM's temporary folder; the export must fail. */
    private String failedExport(Path temporary) throws Exception {
        Path dump = dir.resolve("seeds.nt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + temporary, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "export", "--format", "ntriples", "--output", dump.toString(), "--quiet")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the export ends");
        String message = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(1, process.exitValue(), message);
        assertFalse(Files.exists(dump), "no dump written");
        return message;
    }

    private static void assertOneLine(String err, String start, String end) {
        List<String> lines = err.lines().filter(l -> !l.isBlank() && !l.contains("--verbose")).toList();
        assertEquals(1, lines.size(), err);
        assertTrue(lines.get(0).startsWith("r2p-kg: " + start), err);
        assertTrue(lines.get(0).endsWith(end), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
    }
}
