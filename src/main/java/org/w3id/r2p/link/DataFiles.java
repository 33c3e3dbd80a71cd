package org.w3id.r2p.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the small data files that hold gazetteers and rules: UTF-8, one record a line,
 * {@code #} comments and blank lines skipped. Kept as data so that rules change without code.
 */
public final class DataFiles {
    private DataFiles() {}

    /** Lines of a resource beside {@code owner}, without comments and blank lines, trimmed. */
    public static List<String> lines(Class<?> owner, String resource) {
        return allLines(owner, resource).stream().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(String::strip).toList();
    }

    /** Every line of a resource beside {@code owner}, as it stands, so that line numbers can be reported. */
    public static List<String> allLines(Class<?> owner, String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource + " beside " + owner.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource " + resource, e);
        }
        return lines;
    }

    /** Tab-separated fields of each line; trailing empty fields are kept. */
    public static List<String[]> tsv(Class<?> owner, String resource) {
        return lines(owner, resource).stream().map(line -> line.split("\t", -1)).toList();
    }

    /** Comma-separated fields of a simple CSV (no quoted commas), header line included. */
    public static List<String[]> csv(Class<?> owner, String resource) {
        return lines(owner, resource).stream().map(line -> line.split(",", -1)).toList();
    }

    /** Whitespace-separated words of every line. */
    public static List<String> words(Class<?> owner, String resource) {
        return lines(owner, resource).stream().flatMap(line -> List.of(line.split("\\s+")).stream()).toList();
    }
}
