package org.w3id.r2p.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real standalone Apache Jena Fuseki ({@code jena-fuseki-server}, copied to {@code target/test-tools} by the
 * build) run as a separate process on a free loopback port, with an in-memory updatable dataset {@code /ds}.
 */
public final class StandaloneFuseki implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final int port;

    private StandaloneFuseki(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the server; {@code passwordFile} (Jetty realm format, "user: password") turns on HTTP Basic. */
    public static StandaloneFuseki start(Path workDir, Path passwordFile) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("fuseki.server.jar", "target/test-tools/jena-fuseki-server.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Standalone Fuseki not found at " + jar + "; run the tests through Maven");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-jar", jar.toAbsolutePath().toString(),
                "--mem", "--update", "--localhost", "--port", String.valueOf(port)));
        if (passwordFile != null) {
            command.addAll(List.of("--auth=basic", "--passwd=" + passwordFile.toAbsolutePath()));
        }
        command.add("/ds");
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(workDir.resolve("fuseki.log").toFile()).start();
        StandaloneFuseki server = new StandaloneFuseki(process, port);
        server.awaitReady(workDir.resolve("fuseki.log"));
        return server;
    }

    public String datasetUrl() {
        return "http://localhost:" + port + "/ds";
    }

    private void awaitReady(Path log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki exited: " + Files.readString(log));
            }
            try {
                HttpResponse<Void> ping = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/$/ping"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (ping.statusCode() < 500) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        close();
        throw new IllegalStateException("Fuseki did not start within " + START_TIMEOUT + ": " + Files.readString(log));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
