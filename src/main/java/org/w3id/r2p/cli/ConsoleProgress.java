package org.w3id.r2p.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.w3id.r2p.graph.Progress;

/** A one-line progress bar on stderr: documents done of all, and the rate. */
final class ConsoleProgress implements Progress {
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile long startedAt;
    private volatile long lastDrawn;

    ConsoleProgress(PrintStream err) {
        this.err = err;
    }

    /** A bar on a terminal, nothing when stderr is not one or the user asked for quiet. */
    static Progress forTerminal(boolean quiet) {
        return quiet || System.console() == null ? Progress.NONE : new ConsoleProgress(System.err);
    }

    @Override
    public void started(int documents) {
        total = documents;
        startedAt = System.nanoTime();
    }

    @Override
    public void documentDone() {
        int now = done.incrementAndGet();
        long time = System.nanoTime();
        if (now == total || time - lastDrawn > 100_000_000L) {
            lastDrawn = time;
            draw(now, time);
        }
    }

    @Override
    public void finished() {
        if (total > 0) {
            err.println();
        }
    }

    private synchronized void draw(int now, long time) {
        int filled = total == 0 ? WIDTH : now * WIDTH / total;
        double seconds = Math.max(1e-9, (time - startedAt) / 1e9);
        err.printf(Locale.ROOT, "\rExtracting [%s%s] %d/%d documents, %.1f documents/s",
                "#".repeat(filled), " ".repeat(WIDTH - filled), now, total, now / seconds);
        err.flush();
    }
}
