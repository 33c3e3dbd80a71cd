package org.w3id.r2p.publish;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Raises a query's cancel signal when its timeout is up, from a thread of its own. Jena's own timeout cannot while
 * the query is being planned: its callback waits for the planning to end (a lock of {@code QueryExecDataset}), and
 * planning can be the whole query, since a hash join asks both sides for their first row
 * ({@code QueryIterHashJoin.create}): a count joined with a {@code VALUES} block of two rows is computed there.
 * Every Jena iterator looks at the signal before each row, so the planning stops at its next row, whatever the
 * shape of the query, with no check added per row. Jena's callbacks share a single thread, which a waiting callback
 * holds up for every other query; this thread only sets a flag, so it is never held up.
 * <pre>
 *   TimeoutAlarm.arm(StopSignal.of(context));
 * </pre>
 */
final class TimeoutAlarm {
    private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "r2p-query-timeout");
        thread.setDaemon(true);
        return thread;
    });

    private TimeoutAlarm() {}

    /**
     * Sets {@code stop}'s cancel signal at its deadline. Left to ring for a query that has ended: its signal is then
     * read by nothing, and the alarm is gone one timeout later.
     */
    static void arm(StopSignal stop) {
        if (stop.deadlineNanos() == Long.MAX_VALUE) {
            return;
        }
        ALARMS.schedule(() -> stop.cancelled().set(true), stop.deadlineNanos() - System.nanoTime(), TimeUnit.NANOSECONDS);
    }
}
