package org.w3id.r2p.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.w3id.r2p.corpus.Span;

/**
 * Finds names from a fixed list in text: whole words only, case-sensitive, longest name first
 * ("Papua New Guinea" before "Guinea"), with any run of whitespace between the words of a name
 * ("Republic\nof Korea"), and either kind of apostrophe.
 * <pre>
 *   NameMatcher matcher = NameMatcher.of(Map.of("Côte d'Ivoire", "CIV"));
 *   matcher.find(text).forEach(match -> ...);
 * </pre>
 */
public final class NameMatcher {
    /** A name found at {@code span}, standing for {@code key}. */
    public record Match(Span span, String name, String key) {}

    private final Map<String, String> keyByName;
    private final Map<String, String> keyByFoldedName;
    private final Pattern pattern;

    private NameMatcher(Map<String, String> keyByName) {
        this.keyByName = Map.copyOf(keyByName);
        this.keyByFoldedName = keyByName.entrySet().stream()
                .collect(Collectors.toMap(e -> fold(e.getKey()), Map.Entry::getValue, (a, b) -> a));
        String alternatives = keyByName.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(NameMatcher::namePattern)
                .collect(Collectors.joining("|"));
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    /** A matcher for these names; the map's values are the keys reported with each match. */
    public static NameMatcher of(Map<String, String> keyByName) {
        if (keyByName.isEmpty()) {
            throw new IllegalArgumentException("A NameMatcher needs at least one name");
        }
        return new NameMatcher(new LinkedHashMap<>(keyByName));
    }

    /** Every non-overlapping occurrence of a name in {@code text}, in text order. */
    public List<Match> find(CharSequence text) {
        List<Match> matches = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String found = m.group();
            String key = keyByFoldedName.get(fold(found));
            if (key != null) {
                matches.add(new Match(new Span(m.start(), m.end()), found, key));
            }
        }
        return matches;
    }

    /** The key of a name written exactly as listed, give or take whitespace and apostrophes. */
    public Optional<String> lookup(String name) {
        String exact = keyByName.get(name);
        return exact != null ? Optional.of(exact) : Optional.ofNullable(keyByFoldedName.get(fold(name)));
    }

    private static String namePattern(String name) {
        StringBuilder regex = new StringBuilder();
        for (String word : name.trim().split("\\s+")) {
            if (regex.length() > 0) {
                regex.append("\\s+");
            }
            regex.append(Pattern.quote(word).replace("'", "\\E['\u2019]\\Q"));
        }
        return regex.toString();
    }

    /** Whitespace runs to one space, curly apostrophes to straight ones. */
    static String fold(String name) {
        return name.trim().replaceAll("\\s+", " ").replace('\u2019', '\'');
    }
}
