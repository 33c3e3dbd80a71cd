package org.w3id.r2p.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.apache.jena.query.QueryCancelledException;
import org.junit.jupiter.api.function.Executable;

/** The checks shared by the tests of heavy queries: the query's timeout cancels it, well before it could finish. */
final class StopsOnTime {
    static final Duration LIMIT = Duration.ofSeconds(20);
    /** What Fuseki answers for a query its timeout stopped. */
    private static final String TIMEOUT_REPLY = "Query timed out";
    private static final String ENGINE = "org.apache.jena.sparql.engine.";

    private StopsOnTime() {}

    static void assertStopsOnTime(Executable heavyQuery) {
        long started = System.nanoTime();
        assertThrows(QueryCancelledException.class, heavyQuery);
        assertTrue(System.nanoTime() - started < LIMIT.toNanos(), "not stopped by the timeout");
    }

    /** The same over HTTP: the server's reply to a query that its timeout stopped. */
    static void assertTimeoutReply(Callable<HttpResponse<String>> heavyRequest) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = heavyRequest.call();
        assertTrue(System.nanoTime() - started < LIMIT.toNanos(), "not stopped by the timeout");
        assertEquals(503, response.statusCode(), response.body());
        assertEquals(TIMEOUT_REPLY, response.body().strip());
    }

    /** No thread of this JVM is still in Jena's query engine, a moment after the answers were sent. */
    static void assertNoQueryRunning() throws InterruptedException {
        long giveUp = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (queryRunning()) {
            if (System.nanoTime() > giveUp) {
                fail("a query is still running after its answer was sent");
            }
            Thread.sleep(20);
        }
    }

    private static boolean queryRunning() {
        return Thread.getAllStackTraces().values().stream().flatMap(Arrays::stream)
                .anyMatch(frame -> frame.getClassName().startsWith(ENGINE));
    }
}
