package org.w3id.r2p.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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

    /** The leading run of letters and digits of a name or of a word in the text. */
    private static final Pattern FIRST_WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final Map<String, String> keyByName;
    private final Map<String, String> keyByFoldedName;
    /** Names by their first word, each list longest first, so that a scan tries few patterns per word. */
    private final Map<String, List<Pattern>> namesByFirstWord;

    private NameMatcher(Map<String, String> keyByName) {
        this.keyByName = Map.copyOf(keyByName);
        this.keyByFoldedName = keyByName.entrySet().stream()
                .collect(Collectors.toMap(e -> fold(e.getKey()), Map.Entry::getValue, (a, b) -> a));
        Map<String, List<Pattern>> byFirstWord = new HashMap<>();
        keyByName.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .forEach(name -> {
                    Matcher first = FIRST_WORD.matcher(name);
                    if (!first.lookingAt()) {
                        throw new IllegalArgumentException("A name must start with a letter or digit: " + name);
                    }
                    byFirstWord.computeIfAbsent(first.group(), w -> new ArrayList<>())
                            .add(Pattern.compile(namePattern(name) + "(?![\\p{L}\\p{N}])"));
                });
        this.namesByFirstWord = Map.copyOf(byFirstWord);
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
        Matcher word = FIRST_WORD.matcher(text);
        int from = 0;
        while (word.find(from)) {
            from = word.end();
            List<Pattern> candidates = namesByFirstWord.get(word.group());
            if (candidates == null) {
                continue;
            }
            for (Pattern candidate : candidates) {
                Matcher m = candidate.matcher(text).region(word.start(), text.length());
                if (m.lookingAt()) {
                    String found = m.group();
                    matches.add(new Match(new Span(m.start(), m.end()), found, keyByFoldedName.get(fold(found))));
                    from = m.end();
                    break;
                }
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
