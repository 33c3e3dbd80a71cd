package org.w3id.r2p.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.r2p.publish.SparqlServer;
import org.w3id.r2p.store.TdbStore;
import org.w3id.r2p.support.TestGraphs;

/** The query page on a TDB2 store: its prefixes are read in a transaction once, not per request outside one (500). */
class TdbQueryPageTest {
    @TempDir
    Path folder;

    @Test
    void theQueryPageOnAStoreAnswersWithTheStoresPrefixes() throws Exception {
        TdbStore.write(TestGraphs.seeds(), folder.resolve("store"));
        DatasetGraph store = TdbStore.open(folder.resolve("store"));
        SparqlServer server = SparqlServer.builder(store).port(0).build().start();
        try {
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.url() + "/query")).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.body().contains("PREFIX r2p:"), "the editor starts with the project's prefixes");
        } finally {
            server.stop();
            TdbStore.close(store);
        }
    }
}
