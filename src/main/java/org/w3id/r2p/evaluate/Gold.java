package org.w3id.r2p.evaluate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Hand-made annotations of one document, read from a JSON file {@code NAME.json} whose {@code document} is the
 * document's id:
 * <pre>
 * { "document": "e01-statement", "date": "2018-06-25", "event": {"date": "2018-06-25"},
 *   "symbols": ["A/72/PV.101"], "states": ["NOR"],
 *   "statements": [{"speaker": "person:Lars Nygaard"}, {"speaker": "state:DNK"}],
 *   "mechanisms": ["International Criminal Court"], "networks": [], "persons": ["Lars Nygaard"],
 *   "organizations": ["United Nations"] }
 * </pre>
 * States are ISO 3166-1 alpha-3 codes; a speaker is {@code state:ISO}, {@code person:NAME} or
 * {@code organization:NAME}; other things are named as their labels; {@code null} means "none".
 * A statement may also name who delivered it for the speaker and for whom the speaker spoke:
 * {@code {"speaker": "state:KEN", "deliveredBy": "person:Wanjiru Kamau", "onBehalfOf": "organization:African Group"}}.
 * Those roles are scored only in files that annotate them: files with {@code "rolesAnnotated": true} or with at
 * least one such key (older files annotated speakers only).
 *
 * @param deliveries "speaker > deliverer" pairs
 * @param groups     "speaker > group" pairs
 */
public record Gold(String document, String date, String eventDate, List<String> symbols, List<String> states,
                   List<String> speakers, List<String> mechanisms, List<String> networks, List<String> persons,
                   List<String> organizations, boolean rolesAnnotated, List<String> deliveries, List<String> groups) {
    static final String ROLE_SEPARATOR = " > ";

    public static Gold read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            JsonObject json = JSON.parse(in);
            JsonValue event = json.get("event");
            List<JsonObject> statements = json.get("statements").getAsArray().stream().map(JsonValue::getAsObject).toList();
            List<String> deliveries = roles(statements, "deliveredBy");
            List<String> groups = roles(statements, "onBehalfOf");
            JsonValue flag = json.get("rolesAnnotated");
            boolean rolesAnnotated = (flag != null && flag.isBoolean() && flag.getAsBoolean().value())
                    || statements.stream().anyMatch(s -> s.hasKey("deliveredBy") || s.hasKey("onBehalfOf"));
            return new Gold(string(json, "document"), string(json, "date"),
                    event == null || event.isNull() ? null : string(event.getAsObject(), "date"),
                    strings(json, "symbols"), strings(json, "states"),
                    statements.stream().map(s -> s.get("speaker").getAsString().value()).toList(),
                    strings(json, "mechanisms"), strings(json, "networks"), strings(json, "persons"),
                    strings(json, "organizations"), rolesAnnotated, deliveries, groups);
        } catch (RuntimeException e) {
            throw new IOException("Cannot read gold file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Every {@code .json} file of the folder, by document id. */
    public static Map<String, Gold> readFolder(Path folder) throws IOException {
        Map<String, Gold> gold = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                Gold g = read(file);
                if (gold.put(g.document(), g) != null) {
                    throw new IOException("Two gold files for document " + g.document());
                }
            }
        }
        return gold;
    }

    private static List<String> roles(List<JsonObject> statements, String key) {
        return statements.stream().filter(s -> s.hasKey(key) && !s.get(key).isNull())
                .map(s -> string(s, "speaker") + ROLE_SEPARATOR + string(s, key)).toList();
    }

    private static String string(JsonObject json, String key) {
        JsonValue value = json.get(key);
        return value == null || value.isNull() ? null : value.getAsString().value();
    }

    private static List<String> strings(JsonObject json, String key) {
        JsonValue value = json.get(key);
        List<String> list = new ArrayList<>();
        if (value != null && !value.isNull()) {
            JsonArray array = value.getAsArray();
            array.forEach(v -> list.add(v.getAsString().value()));
        }
        return List.copyOf(list);
    }
}
