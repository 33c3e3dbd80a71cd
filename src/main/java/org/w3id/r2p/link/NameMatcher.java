package org.w3id.r2p.link;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.corpus.Tokens;

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

    /** A name cut into tokens, with what the match reports for it. */
    private record Name(Tokens tokens, List<String> words, String written) {}

    private final Map<String, String> keyByName;
    private final Map<String, String> keyByFoldedName;
    /**
     * Names by the hash of their first token, each token's names longest first, so that a scan tries few names per
     * token, and finds them by the hash of the text's token, without making a string of it.
     */
    private final ByHash<Name> namesByFirstToken;
    /** The first characters of those first tokens: a token starting otherwise is not looked up. */
    private final BitSet firstChars = new BitSet();

    private NameMatcher(Map<String, String> keyByName) {
        this.keyByName = Map.copyOf(keyByName);
        this.keyByFoldedName = keyByName.entrySet().stream()
                .collect(Collectors.toMap(e -> fold(e.getKey()), Map.Entry::getValue, (a, b) -> a));
        Map<String, List<Name>> byFirstToken = new HashMap<>();
        keyByName.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .forEach(name -> {
                    Tokens tokens = Tokens.of(name.trim());
                    if (tokens.size() == 0 || !Tokens.isWordChar(name.trim().codePointAt(0))) {
                        throw new IllegalArgumentException("A name must start with a letter or digit: " + name);
                    }
                    List<String> words = new ArrayList<>();
                    for (int k = 0; k < tokens.size(); k++) {
                        words.add(tokens.get(k));
                    }
                    byFirstToken.computeIfAbsent(tokens.get(0), w -> new ArrayList<>()).add(new Name(tokens, List.copyOf(words), name));
                });
        this.namesByFirstToken = ByHash.of(byFirstToken);
        byFirstToken.keySet().forEach(token -> firstChars.set(token.charAt(0)));
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
        String string = text.toString();
        Tokens tokens = Tokens.of(string);
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int next = i + 1;
            int start = tokens.start(i);
            // names whose first token has the hash of this one: lastTokenOf checks that it is the same
            List<Name> candidates = firstChars.get(string.charAt(start))
                    ? namesByFirstToken.get(hash(string, start, tokens.end(i))) : null;
            if (candidates != null) {
                for (Name candidate : candidates) {
                    int last = lastTokenOf(candidate, tokens, i);
                    if (last >= 0) {
                        Span span = new Span(tokens.start(i), tokens.end(last));
                        String found = span.of(string);
                        matches.add(new Match(span, found, keyByFoldedName.get(fold(found))));
                        next = last + 1;
                        break;
                    }
                }
            }
            i = next;
        }
        return matches;
    }

    /**
     * The text's token where the name ends if it is written from token {@code at} on, or -1: the same words, any
     * whitespace where the name has a space and none where it has none, either apostrophe, and no letter or digit
     * right after it.
     */
    private static int lastTokenOf(Name name, Tokens text, int at) {
        int size = name.words().size();
        if (at + size > text.size()) {
            return -1;
        }
        for (int k = 0; k < size; k++) {
            if (!sameToken(name.words().get(k), text, at + k)
                    || k + 1 < size && name.tokens().spaceAfter(k) != text.spaceAfter(at + k)) {
                return -1;
            }
        }
        int last = at + size - 1;
        int end = text.end(last);
        return end < text.text().length() && Tokens.isWordChar(text.text().codePointAt(end)) ? -1 : last;
    }

    /** The text's token is the name's, or a curly apostrophe where the name has a straight one. */
    private static boolean sameToken(String inName, Tokens text, int token) {
        int start = text.start(token);
        int length = text.end(token) - start;
        return inName.length() == length && text.text().regionMatches(start, inName, 0, length)
                || inName.equals("'") && length == 1 && text.text().charAt(start) == '\u2019';
    }

    /** {@link String#hashCode()} of {@code [start, end)}, without the string. */
    private static int hash(String s, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + s.charAt(i);
        }
        return hash;
    }

    /** The key of a name written exactly as listed, give or take whitespace and apostrophes. */
    public Optional<String> lookup(String name) {
        String exact = keyByName.get(name);
        return exact != null ? Optional.of(exact) : Optional.ofNullable(keyByFoldedName.get(fold(name)));
    }

    /** Whitespace runs to one space, curly apostrophes to straight ones. */
    static String fold(String name) {
        String trimmed = name.trim();
        return Tokens.collapseSpaces(trimmed, 0, trimmed.length()).replace('\u2019', '\'');
    }
}
