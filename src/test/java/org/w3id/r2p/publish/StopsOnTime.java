package org.w3id.r2p.publish;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.QueryCancelledException;
import org.junit.jupiter.api.function.Executable;

/** The check shared by the tests of heavy queries: the query's timeout cancels it, well before it could finish. */
final class StopsOnTime {
    private static final long LIMIT_NANOS = 20_000_000_000L;

    private StopsOnTime() {}

    static void assertStopsOnTime(Executable heavyQuery) {
        long started = System.nanoTime();
        assertThrows(QueryCancelledException.class, heavyQuery);
        assertTrue(System.nanoTime() - started < LIMIT_NANOS, "not stopped by the timeout");
    }
}
