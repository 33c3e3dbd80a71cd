package org.w3id.r2p.publish;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.w3id.r2p.support.TestGraphs;

import com.sun.net.httpserver.HttpServer;

/** A push that the server refuses says why: the status and the server's own message. */
class PushRefusalTest {
    @Test
    void aRefusedPushReportsTheStatusAndTheServersMessage() throws Exception {
        HttpServer store = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        store.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = "Dataset is read-only until the backup finishes\nmore detail".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(403, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        store.start();
        try {
            String endpoint = "http://127.0.0.1:" + store.getAddress().getPort() + "/ds/data";
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> GraphStorePush.to(endpoint).push(TestGraphs.seeds()));
            assertTrue(e.getMessage().contains("403"), e.getMessage());
            assertTrue(e.getMessage().contains("Dataset is read-only until the backup finishes"), e.getMessage());
            assertTrue(e.getMessage().contains(endpoint), e.getMessage());
        } finally {
            store.stop(0);
        }
    }
}
