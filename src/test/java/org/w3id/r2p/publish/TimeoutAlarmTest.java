package org.w3id.r2p.publish;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/** The alarm sets a query's cancel signal at its deadline, and never for a query without one. */
class TimeoutAlarmTest {
    private static final long MILLI = 1_000_000L;

    @Test
    void theSignalIsSetAtTheDeadline() throws InterruptedException {
        StopSignal stop = new StopSignal(new AtomicBoolean(), System.nanoTime() + 200 * MILLI);
        TimeoutAlarm.arm(stop);
        assertFalse(stop.cancelled().get(), "set before the deadline");
        long waitUntil = System.nanoTime() + 10_000 * MILLI;
        while (!stop.cancelled().get() && System.nanoTime() < waitUntil) {
            Thread.sleep(10);
        }
        assertTrue(stop.cancelled().get(), "not set at the deadline");
    }

    @Test
    void aQueryWithoutTimeoutIsNeverCancelled() throws InterruptedException {
        StopSignal stop = new StopSignal(new AtomicBoolean(), Long.MAX_VALUE);
        TimeoutAlarm.arm(stop);
        StopSignal soon = new StopSignal(new AtomicBoolean(), System.nanoTime() + 50 * MILLI);
        TimeoutAlarm.arm(soon);
        long waitUntil = System.nanoTime() + 10_000 * MILLI;
        while (!soon.cancelled().get() && System.nanoTime() < waitUntil) {
            Thread.sleep(10);
        }
        assertTrue(soon.cancelled().get());
        assertFalse(stop.cancelled().get());
    }
}
