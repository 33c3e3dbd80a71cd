package org.w3id.r2p.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/r2p-kg}, the launcher: which JVM options each command gets, that {@code R2P_JAVA_OPTS} comes after
 * them (so that it wins), and a clear error when the jar is not built. The launcher is copied beside an empty
 * {@code target/r2p-kg.jar} and run with {@code JAVA} set to a script that prints its arguments, one per line.
 */
class LauncherTest {
    @TempDir
    Path dir;
    private Path launcher;
    private Path fakeJava;

    @BeforeEach
    void copyTheLauncher() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh on this machine");
        Files.createDirectories(dir.resolve("bin"));
        launcher = Files.copy(Path.of("bin", "r2p-kg"), dir.resolve("bin").resolve("r2p-kg"));
        fakeJava = dir.resolve("fake-java");
        Files.writeString(fakeJava, "#!/bin/sh\nfor argument in \"$@\"; do echo \"$argument\"; done\n");
        for (Path script : List.of(launcher, fakeJava)) {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aBatchCommandOnASmallCorpusRunsWithTheSerialCollectorAndC1Only() throws Exception {
        Files.createDirectories(dir.resolve("target"));
        Files.createFile(dir.resolve("target").resolve("r2p-kg.jar"));
        Run run = launch(Map.of(), "export", "--format", "ntriples");
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar(), "export", "--format",
                "ntriples"), run.arguments());
    }

    @Test
    void aCorpusOfMoreThanTheThresholdKeepsC2WithShallowerInlining() throws Exception {
        Files.createDirectories(dir.resolve("target"));
        Files.createFile(dir.resolve("target").resolve("r2p-kg.jar"));
        Path large = Files.createDirectories(dir.resolve("large"));
        Files.write(large.resolve("one.txt"), new byte[24_000 * 1024]);
        List<String> c2 = List.of("-XX:+UseSerialGC", "-XX:MaxInlineLevel=4", "-XX:InlineSmallCode=500", "-jar", jar());
        assertEquals(concat(c2, "export", "--corpus", large.toString()),
                launch(Map.of(), "export", "--corpus", large.toString()).arguments());
        assertEquals(concat(c2, "build", "--corpus=" + large, "--tdb", "store"),
                launch(Map.of(), "build", "--corpus=" + large, "--tdb", "store").arguments());
        Path small = Files.createDirectories(dir.resolve("small"));
        Files.writeString(small.resolve("one.txt"), "A short statement.");
        assertEquals(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar(), "export", "--corpus",
                small.toString()), launch(Map.of(), "export", "--corpus", small.toString()).arguments());
        assertEquals(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar(), "export", "--corpus",
                dir.resolve("missing").toString()),
                launch(Map.of(), "export", "--corpus", dir.resolve("missing").toString()).arguments(),
                "a folder that does not exist is left for the command to report");
    }

    private static List<String> concat(List<String> options, String... arguments) {
        List<String> all = new ArrayList<>(options);
        all.addAll(List.of(arguments));
        return all;
    }

    @Test
    void serveKeepsTheJvmDefaultsAndUserOptionsComeLast() throws Exception {
        Files.createDirectories(dir.resolve("target"));
        Files.createFile(dir.resolve("target").resolve("r2p-kg.jar"));
        assertEquals(List.of("-Xmx1g", "-jar", jar(), "serve", "--port", "0"),
                launch(Map.of("R2P_JAVA_OPTS", "-Xmx1g"), "serve", "--port", "0").arguments());
        assertEquals(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=4", "-Xmx2g",
                "-jar", jar(), "build", "--tdb", "store"),
                launch(Map.of("R2P_JAVA_OPTS", "-XX:TieredStopAtLevel=4 -Xmx2g"), "build", "--tdb", "store").arguments());
    }

    @Test
    void aMissingJarIsOneLineSayingHowToBuildIt() throws Exception {
        Run run = launch(Map.of(), "export");
        assertEquals(1, run.exit());
        assertEquals(List.of(), run.arguments(), "java is not started");
        assertTrue(run.err().contains("target/r2p-kg.jar does not exist; build it first with: mvn -q -DskipTests package"),
                run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    private String jar() {
        return dir.resolve("bin").resolve("..").resolve("target").resolve("r2p-kg.jar").toString();
    }

    private Run launch(Map<String, String> environment, String... arguments) throws Exception {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(launcher.toString());
        builder.command().addAll(List.of(arguments));
        builder.environment().remove("R2P_JAVA_OPTS");
        builder.environment().put("JAVA", fakeJava.toString());
        builder.environment().putAll(environment);
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(1, TimeUnit.MINUTES), "the launcher ends");
        return new Run(process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Run(int exit, List<String> arguments, String err) {
    }
}
