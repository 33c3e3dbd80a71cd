package org.w3id.r2p.graph;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work on a pool of threads but hands the results on in the order of the inputs, with at most a few
 * results waiting at a time: memory stays bounded by the window, not by the number of inputs, and the output is
 * the same whatever the number of threads.
 */
final class OrderedWindow {
    private OrderedWindow() {}

    /** Takes the inputs one at a time, as the window has room, so that they too can be produced lazily. */
    static <I, O> void run(Iterator<I> inputs, int threads, Function<I, O> work, Consumer<O> consumer) {
        if (threads < 1) {
            throw new IllegalArgumentException("At least one thread is needed: " + threads);
        }
        int window = 2 * threads;
        // The pool starts its threads as work is submitted: a short input starts no more than it needs.
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ArrayDeque<Future<O>> pending = new ArrayDeque<>();
        try {
            while (inputs.hasNext()) {
                I input = inputs.next();
                if (pending.size() >= window) {
                    consumer.accept(pending.poll().get());
                }
                pending.add(pool.submit(() -> work.apply(input)));
            }
            while (!pending.isEmpty()) {
                consumer.accept(pending.poll().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The build was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
