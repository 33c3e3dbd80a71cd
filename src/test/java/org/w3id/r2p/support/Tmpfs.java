package org.w3id.r2p.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Small tmpfs mounts for the tests of full and read-only disks, unmounted after each test. Mounting needs root and
 * a kernel that allows it; where it is refused the test is reported as skipped, not as passed.
 * <pre>
 *   &#64;RegisterExtension
 *   final Tmpfs tmpfs = new Tmpfs();
 *   ...
 *   Path disk = tmpfs.mount(dir.resolve("disk"), "size=4k");
 * </pre>
 */
public final class Tmpfs implements AfterEachCallback {
    private final List<Path> mounted = new ArrayList<>();

    /** Mounts a tmpfs with the given mount options (such as {@code size=4k} or {@code size=1m,ro}) at the folder. */
    public Path mount(Path point, String options) throws IOException, InterruptedException {
        Files.createDirectories(point);
        assumeTrue(command("mount", "-t", "tmpfs", "-o", options, "tmpfs", point.toString()) == 0,
                "cannot mount a tmpfs here (needs root)");
        mounted.add(point);
        return point;
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException, InterruptedException {
        for (Path point : mounted) {
            command("umount", point.toString());
        }
        mounted.clear();
    }

    private static int command(String... args) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(args).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }
}
