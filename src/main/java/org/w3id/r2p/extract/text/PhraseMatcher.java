package org.w3id.r2p.extract.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.w3id.r2p.corpus.Tokens;


/**
 * Finds which of many phrases occur in a text as whole words, in one pass over its tokens: each token is looked
 * up in a table of phrases by their first word, so the cost grows with the text, not with the number of phrases.
 * A space in a phrase stands for any run of whitespace in the text; other characters must be as written. A phrase
 * either matches case-sensitively ("ICC") or in any case ("early warning").
 * <pre>
 *   PhraseMatcher&lt;String&gt; m = PhraseMatcher.&lt;String&gt;builder().add("early warning", "EW", false).build();
 *   m.valuesIn("Early  warning matters")  // [EW]
 * </pre>
 */
public final class PhraseMatcher<V> {
    private record Phrase<V>(Tokens tokens, boolean caseSensitive, V value) {}

    private final Map<String, List<Phrase<V>>> byFirstToken;
    /** The ASCII first characters of those first tokens: a token starting with another ASCII one is skipped. */
    private final boolean[] asciiFirsts = new boolean[128];
    /**
     * The first tokens' hashes, folded into a few bits: an ASCII token whose bit is clear, and whose lower-case
     * form's bit is clear, opens no phrase, known without making strings of it to look up.
     */
    private final BitSet firstTokenBits = new BitSet(FILTER_BITS);

    private static final int FILTER_BITS = 1 << 16;

    private PhraseMatcher(Map<String, List<Phrase<V>>> byFirstToken) {
        this.byFirstToken = byFirstToken;
        byFirstToken.keySet().stream().mapToInt(token -> token.charAt(0)).filter(c -> c < 128).forEach(c -> asciiFirsts[c] = true);
        byFirstToken.keySet().forEach(token -> firstTokenBits.set(filterBit(token.hashCode())));
    }

    public static <V> Builder<V> builder() {
        return new Builder<>();
    }

    /** Collects phrases; a phrase must hold at least one token. */
    public static final class Builder<V> {
        private final Map<String, List<Phrase<V>>> byFirstToken = new HashMap<>();

        public Builder<V> add(String phrase, V value, boolean caseSensitive) {
            Tokens tokens = Tokens.of(caseSensitive ? phrase : phrase.toLowerCase(Locale.ROOT));
            if (tokens.size() == 0) {
                throw new IllegalArgumentException("A phrase needs at least one word: '" + phrase + "'");
            }
            byFirstToken.computeIfAbsent(tokens.get(0), t -> new ArrayList<>()).add(new Phrase<>(tokens, caseSensitive, value));
            return this;
        }

        public PhraseMatcher<V> build() {
            Map<String, List<Phrase<V>>> copy = new HashMap<>();
            byFirstToken.forEach((token, phrases) -> copy.put(token, List.copyOf(phrases)));
            return new PhraseMatcher<>(Map.copyOf(copy));
        }
    }

    /** The values of the phrases that occur in the text, in the order of their first occurrence. */
    public Set<V> valuesIn(String text) {
        Tokens tokens = Tokens.of(text);
        Set<V> values = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            char first = text.charAt(tokens.start(i));
            if (first < 128 && !asciiFirsts[first] && !asciiFirsts[Character.toLowerCase(first)]
                    || !mayOpen(text, tokens.start(i), tokens.end(i))) {
                continue;
            }
            String token = tokens.get(i);
            String lowerCase = token.toLowerCase(Locale.ROOT);
            addMatches(tokens, i, byFirstToken.get(token), values);
            if (!lowerCase.equals(token)) {
                addMatches(tokens, i, byFirstToken.get(lowerCase), values);
            }
        }
        return values;
    }

    /**
     * Whether the token at {@code [start, end)}, as written or in lower case, may be a first token: false only
     * for an ASCII token whose two hashes miss the filter (lower case is then ASCII lower case).
     */
    private boolean mayOpen(String text, int start, int end) {
        int hash = 0;
        int lowerHash = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return true;
            }
            hash = 31 * hash + c;
            lowerHash = 31 * lowerHash + Tokens.lowerAscii(c);
        }
        return firstTokenBits.get(filterBit(hash)) || firstTokenBits.get(filterBit(lowerHash));
    }

    private static int filterBit(int hash) {
        return (hash ^ hash >>> 16) & (FILTER_BITS - 1);
    }

    private void addMatches(Tokens text, int at, List<Phrase<V>> candidates, Set<V> values) {
        if (candidates == null) {
            return;
        }
        for (Phrase<V> phrase : candidates) {
            if (matchesAt(text, at, phrase)) {
                values.add(phrase.value());
            }
        }
    }

    private static boolean matchesAt(Tokens text, int at, Phrase<?> phrase) {
        Tokens words = phrase.tokens();
        if (at + words.size() > text.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!sameToken(text, at + k, words.get(k), phrase.caseSensitive())) {
                return false;
            }
            if (k + 1 < words.size() && words.spaceAfter(k) != text.spaceAfter(at + k)) {
                return false;
            }
        }
        return isWholeWord(text.text(), text.start(at), text.end(at + words.size() - 1));
    }

    /**
     * Whether the text's token is {@code wanted}, or with {@code !caseSensitive} lowers to it (it is lowered): read in
     * the text for an ASCII token, as most are, instead of cut out and lowered, a phrase's words being compared to
     * every token that opens it.
     */
    private static boolean sameToken(Tokens text, int token, String wanted, boolean caseSensitive) {
        String s = text.text();
        int start = text.start(token);
        int length = text.end(token) - start;
        if (caseSensitive) {
            return length == wanted.length() && s.regionMatches(start, wanted, 0, length);
        }
        for (int k = 0; k < length; k++) {
            if (s.charAt(start + k) >= 128) {
                return text.get(token).toLowerCase(Locale.ROOT).equals(wanted);
            }
        }
        if (length != wanted.length()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (Tokens.lowerAscii(s.charAt(start + k)) != wanted.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Neither a letter nor a digit right before or after: needed where a phrase starts or ends with punctuation. */
    private static boolean isWholeWord(String text, int start, int end) {
        return (start == 0 || !Tokens.isWordChar(text.codePointBefore(start)))
                && (end == text.length() || !Tokens.isWordChar(text.codePointAt(end)));
    }
}
