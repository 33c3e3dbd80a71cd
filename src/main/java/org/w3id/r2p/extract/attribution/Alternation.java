package org.w3id.r2p.extract.attribution;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A regular expression that matches any of many words, written as a prefix tree ("regret(?:s|t(?:ed|ing))?")
 * rather than a flat list of alternatives, so that a matcher tries a handful of branches at each position
 * instead of thousands. A space between words matches any run of white space, and an apostrophe either
 * apostrophe; at each branch the longer word is tried first, so "called for" wins over "called".
 */
final class Alternation {
    private final Map<Character, Alternation> next = new TreeMap<>();
    private boolean end;

    private Alternation() {}

    /** The alternation of these words, without anchors; empty words are not allowed. */
    static String of(Collection<String> words) {
        Alternation root = new Alternation();
        for (String word : words) {
            if (word.isEmpty()) {
                throw new IllegalArgumentException("An alternation cannot hold an empty word");
            }
            Alternation node = root;
            for (char c : word.toCharArray()) {
                node = node.next.computeIfAbsent(c, k -> new Alternation());
            }
            node.end = true;
        }
        return root.regex();
    }

    private String regex() {
        if (next.isEmpty()) {
            return "";
        }
        StringBuilder branches = new StringBuilder();
        for (Map.Entry<Character, Alternation> e : next.entrySet()) {
            if (!branches.isEmpty()) {
                branches.append('|');
            }
            branches.append(literal(e.getKey())).append(e.getValue().regex());
        }
        if (next.size() == 1 && !end) {
            return branches.toString();
        }
        return "(?:" + branches + ")" + (end ? "?" : "");
    }

    private static String literal(char c) {
        if (c == ' ') {
            return "\\s+";
        }
        if (c == '\'' || c == '\u2019') {
            return "['\u2019]";
        }
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : Pattern.quote(String.valueOf(c));
    }
}
