package org.w3id.r2p.publish;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;

/**
 * When a query must stop: its cancel signal, which Jena's iterators read, and its own timeout, from
 * {@link ARQ#queryTimeout}, as a deadline. Jena's timeout cannot set the signal while the query is being planned
 * (it waits for the plan), and the planner evaluates expressions whose arguments are constants, such as a REGEX;
 * {@link TimeoutAlarm} sets it at the deadline, which a regular expression also checks itself.
 *
 * @param cancelled      the query's cancel signal
 * @param deadlineNanos  {@link System#nanoTime()} after which to stop, or {@link Long#MAX_VALUE} for none
 */
record StopSignal(AtomicBoolean cancelled, long deadlineNanos) {
    /** The signal and deadline of a query about to run, from its context. */
    static StopSignal of(Context query) {
        AtomicBoolean cancelled = Context.getOrSetCancelSignal(query);
        long timeoutMillis = timeoutMillis(query.get(ARQ.queryTimeout));
        long deadline = timeoutMillis > 0 ? System.nanoTime() + timeoutMillis * 1_000_000 : Long.MAX_VALUE;
        return new StopSignal(cancelled != null ? cancelled : new AtomicBoolean(), deadline);
    }

    boolean stopped() {
        return cancelled.get() || System.nanoTime() - deadlineNanos > 0;
    }

    /** The longest of the timeouts set: a number of milliseconds, or "first,overall" as text; 0 for none. */
    private static long timeoutMillis(Object setting) {
        if (setting instanceof Number number) {
            return number.longValue();
        }
        if (setting == null) {
            return 0;
        }
        long longest = 0;
        for (String part : setting.toString().split(",")) {
            try {
                longest = Math.max(longest, Long.parseLong(part.strip()));
            } catch (NumberFormatException notANumber) {
                return 0;
            }
        }
        return longest;
    }
}
