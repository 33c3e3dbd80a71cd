package org.w3id.r2p.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.r2p.publish.SparqlServer;
import org.w3id.r2p.support.TestGraphs;
import org.w3id.r2p.vocab.R2P;

/** The reconciliation service over the seed graph, through HTTP, as OpenRefine calls it. */
class ReconcileTest {
    private static final String CIV = "https://w3id.org/r2p/id/state/CIV";
    private static final String STATE = R2P.State.getURI();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static SparqlServer server;

    @BeforeAll
    static void start() {
        server = SparqlServer.builder(TestGraphs.seeds()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void manifestHasTheKeysOfTheProtocolAndOurTypes() throws Exception {
        HttpResponse<String> response = get("/reconcile");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject manifest = JSON.parse(response.body());
        for (String key : List.of("versions", "name", "identifierSpace", "schemaSpace", "defaultTypes", "view", "preview")) {
            assertTrue(manifest.hasKey(key), key + " missing from " + manifest);
        }
        assertTrue(manifest.get("versions").getAsArray().stream().anyMatch(v -> v.getAsString().value().equals("0.2")));
        assertEquals("https://w3id.org/r2p/id/", manifest.getString("identifierSpace"));
        assertEquals(R2P.NS, manifest.getString("schemaSpace"));
        List<String> types = manifest.get("defaultTypes").getAsArray().stream().map(t -> t.getAsObject().getString("id")).toList();
        assertEquals(List.of(STATE, R2P.Person.getURI(), R2P.Organization.getURI(), R2P.Mechanism.getURI(),
                R2P.RegionalNetwork.getURI()), types);
        assertEquals(server.url() + "/reconcile/view?id={{id}}", manifest.getObj("view").getString("url"));
        assertTrue(manifest.getObj("preview").getString("url").contains("{{id}}"));
        assertTrue(manifest.getObj("preview").getNumber("width").intValue() > 0);
    }

    @Test
    void ivoryCoastTypedStateIsCoteDIvoireFirstAndAMatch() throws Exception {
        JsonObject answers = reconcile("{\"q0\":{\"query\":\"Ivory Coast\",\"type\":\"" + STATE + "\",\"limit\":3}}");
        JsonArray result = answers.getObj("q0").get("result").getAsArray();
        assertTrue(result.size() >= 1 && result.size() <= 3, result.toString());
        JsonObject first = result.get(0).getAsObject();
        assertEquals(CIV, first.getString("id"));
        assertEquals("Côte d'Ivoire", first.getString("name").replace('’', '\''));
        assertTrue(first.getBoolean("match"));
        assertEquals(100, first.getNumber("score").intValue());
        assertTrue(first.getString("description").contains("Q1008"), first.toString());
        assertEquals(STATE, first.get("type").getAsArray().get(0).getAsObject().getString("id"));
        for (int i = 1; i < result.size(); i++) {
            assertFalse(result.get(i).getAsObject().getBoolean("match"), "only one candidate is a match");
        }
    }

    @Test
    void foldsCaseAccentsAndApostrophes() throws Exception {
        JsonObject answers = reconcile("{\"a\":{\"query\":\"COTE D’IVOIRE\",\"type\":\"State\"},"
                + "\"b\":{\"query\":\"cote d'ivoire\"}}");
        for (String key : List.of("a", "b")) {
            JsonObject first = answers.getObj(key).get("result").getAsArray().get(0).getAsObject();
            assertEquals(CIV, first.getString("id"), key);
            assertTrue(first.getBoolean("match"), key);
        }
    }

    @Test
    void answersABatchOfQueriesUnderTheClientsKeys() throws Exception {
        JsonObject answers = reconcile("{\"q0\":{\"query\":\"Ivory Coast\",\"type\":\"" + STATE + "\"},"
                + "\"q1\":{\"query\":\"Ban Ki-moon\",\"type\":\"" + R2P.Person.getURI() + "\"},"
                + "\"q2\":{\"query\":\"United Nations\",\"type\":\"" + R2P.Organization.getURI() + "\",\"limit\":1}}");
        assertEquals(List.of("q0", "q1", "q2"), answers.keys().stream().sorted().toList());
        assertEquals(CIV, firstId(answers, "q0"));
        assertEquals("https://w3id.org/r2p/id/person/ban-ki-moon", firstId(answers, "q1"));
        assertEquals("https://w3id.org/r2p/id/organization/united-nations", firstId(answers, "q2"));
        assertEquals(1, answers.getObj("q2").get("result").getAsArray().size(), "limit 1 is kept");
        assertTrue(answers.getObj("q1").get("result").getAsArray().get(0).getAsObject().getString("description").contains("Q1253"));
    }

    @Test
    void aTypeNameAndAnotherTypeFindNothing() throws Exception {
        JsonObject answers = reconcile("{\"q0\":{\"query\":\"Ivory Coast\",\"type\":\"http://www.wikidata.org/entity/Q6256\"},"
                + "\"q1\":{\"query\":\"Ivory Coast\",\"type\":\"" + R2P.Person.getURI() + "\"}}");
        assertEquals(0, answers.getObj("q0").get("result").getAsArray().size());
        assertTrue(answers.getObj("q1").get("result").getAsArray().stream()
                .noneMatch(c -> c.getAsObject().getString("id").equals(CIV)), "a State is not a person");
    }

    @Test
    void malformedQueriesGive400WithAMessage() throws Exception {
        for (String queries : List.of("{not json", "[1, 2]", "{\"q0\": \"Ivory Coast\"}", "{\"q0\": {\"type\": \"State\"}}",
                "{\"q0\": {\"query\": \"Ghana\", \"limit\": \"three\"}}")) {
            HttpResponse<String> response = get("/reconcile?queries=" + URLEncoder.encode(queries, StandardCharsets.UTF_8));
            assertEquals(400, response.statusCode(), queries);
            JsonObject error = JSON.parse(response.body());
            assertTrue(error.getString("message").startsWith("Malformed queries"), response.body());
        }
    }

    @Test
    void acceptsAFormEncodedPostAsOpenRefineSendsIt() throws Exception {
        String form = "queries=" + URLEncoder.encode("{\"q0\":{\"query\":\"Ivory Coast\",\"type\":\"" + STATE
                + "\",\"type_strict\":\"should\",\"properties\":[]}}", StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "/reconcile"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(CIV, firstId(JSON.parse(response.body()), "q0"));
    }

    @Test
    void previewIsAnEscapedCardThatOtherOriginsMayFrame() throws Exception {
        HttpResponse<String> preview = get("/reconcile/preview?id=" + URLEncoder.encode(CIV, StandardCharsets.UTF_8));
        assertEquals(200, preview.statusCode());
        assertTrue(preview.body().contains("Ivory Coast") && preview.body().contains("Q1008"), preview.body());
        assertTrue(preview.body().contains("href=\"/id/state/CIV\""), preview.body());
        assertTrue(preview.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors *"));
        HttpResponse<String> unknown = get("/reconcile/preview?id=" + URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8));
        assertEquals(404, unknown.statusCode());
        assertFalse(unknown.body().contains("<script>alert"));
    }

    @Test
    void viewRedirectsToTheEntitysPageHereAndNowhereElse() throws Exception {
        HttpResponse<String> view = get("/reconcile/view?id=" + URLEncoder.encode(CIV, StandardCharsets.UTF_8));
        assertEquals(303, view.statusCode());
        assertEquals("/id/state/CIV", view.headers().firstValue("Location").orElse(""));
        assertEquals(404, get("/reconcile/view?id=" + URLEncoder.encode("https://evil.example/", StandardCharsets.UTF_8)).statusCode());
    }

    @Test
    void otherOriginsMayCallTheService() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "/reconcile"))
                .header("Origin", "http://127.0.0.1:3333").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isPresent(), response.headers().toString());
    }

    private static String firstId(JsonObject answers, String key) {
        return answers.getObj(key).get("result").getAsArray().get(0).getAsObject().getString("id");
    }

    private static JsonObject reconcile(String queries) throws IOException, InterruptedException {
        HttpResponse<String> response = get("/reconcile?queries=" + URLEncoder.encode(queries, StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.parse(response.body());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
