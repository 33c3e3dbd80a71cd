package org.w3id.r2p.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.corpus.Tokens;
import org.w3id.r2p.link.DataFiles;

/**
 * Names of bodies found by their shape alone: a run of capitalised words around a head noun such as "Institute",
 * "Committee" or "Network", with an "of/for/on ..." complement ("National Committee for the Prevention of
 * Genocide"), and the kind such a name suggests.
 */
final class NameShapes {
    static final Set<String> HEADS = Set.copyOf(DataFiles.words(NameShapes.class, "organization-heads.txt"));
    private static final Set<String> MECHANISM_HEADS = Set.of("Board", "Committee", "Commission", "Mechanism",
            "Council", "Office");
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "on", "against");
    private static final List<String> PREPOSITION_LIST = List.copyOf(PREPOSITIONS);
    private static final int WRAPPED_LINE_MIN = 60;
    private static final Set<String> MECHANISM_MARKERS = Set.of("Prevention", "Preventing", "Atrocity", "Atrocities",
            "Genocide", "Early", "Warning");
    private static final Set<String> REGION_WORDS = Set.of(
            "Latin", "American", "Americas", "African", "Africa", "Asian", "Asia", "European", "Europe", "Arab",
            "Caribbean", "Pacific", "Regional", "Southeast", "Mediterranean", "Balkan", "Nordic", "Central",
            "Eastern", "Western", "Southern", "Northern", "Ibero-American", "Iberoamerican", "Great", "Lakes",
            "Sahel", "Andean", "Baltic");
    private static final Pattern HEAD_AND_PREPOSITION = Pattern.compile("(\\p{L}+)\\s+(?:of|to|for|on|in)(?:\\s+the)?\\s+$");
    /** "... to the" or "... at the" before an organization: the one a mission or delegation is accredited to. */
    private static final Pattern ACCREDITED_TO = Pattern.compile("\\s(?:to|at)(?:\\s+the)?\\s+$");
    private static final Set<String> ENVOYS = Set.of("Mission", "Delegation");
    /** A word; hyphens of every kind (U+2010, the non-breaking U+2011) stay inside it ("Fact‑Finding"). */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\u2010\u2011-]*+");

    private NameShapes() {}

    /** The kind of a body whose name has the right shape, or null if it is not a name of one. */
    static EntityKind classify(String name) {
        List<String> words = WORD.matcher(name).results().map(MatchResult::group).toList();
        if (words.stream().noneMatch(HEADS::contains)) {
            return null;
        }
        if (words.contains("Network") && words.stream().anyMatch(REGION_WORDS::contains)) {
            return EntityKind.REGIONAL_NETWORK;
        }
        boolean mechanismHead = words.stream().anyMatch(MECHANISM_HEADS::contains);
        boolean unBody = words.get(0).equals("UN") || name.startsWith("United Nations");
        boolean national = words.get(0).equals("National") || words.size() > 1 && words.get(1).equals("National");
        if (mechanismHead && !unBody && (national || words.stream().anyMatch(MECHANISM_MARKERS::contains))) {
            return EntityKind.MECHANISM;
        }
        return EntityKind.ORGANIZATION;
    }

    /**
     * The part of a candidate name before {@code limit}, where another body's name begins ("Regional Committee for
     * the Prevention of Genocide" of "... of the ICGLR"), if it is still a name; else null.
     */
    static Span cutBefore(String text, Span candidate, int limit) {
        List<Word> words = words(candidate.of(text)).stream().filter(w -> candidate.start() + w.end() <= limit).toList();
        int last = words.size() - 1;
        while (last >= 0 && !words.get(last).isCapitalised()) {
            last--;
        }
        if (last < 0 || !hasHeadInPlace(words.subList(0, last + 1))) {
            return null;
        }
        return new Span(candidate.start() + words.get(0).start(), candidate.start() + words.get(last).end());
    }

    /**
     * Whether a known organization's name inside a candidate is part of the candidate's name: it opens it and a
     * head noun follows ("AU Commission", "ICGLR Regional Committee for ..."; not "Human Rights Council on
     * Monday"), a head noun takes it as complement ("Continental Early Warning Division of the AU Commission"), or a
     * mission or delegation is accredited to it ("Permanent Mission of Guatemala to the United Nations"), not where it
     * only follows the name ("... all forms of Discrimination of the ICGLR").
     */
    static boolean holds(String text, Span candidate, Span inner) {
        if (inner.start() == candidate.start()) {
            return words(text.substring(inner.end(), candidate.end())).stream().anyMatch(w -> HEADS.contains(w.word()));
        }
        String before = text.substring(candidate.start(), inner.start());
        Matcher head = HEAD_AND_PREPOSITION.matcher(before);
        return head.find() && HEADS.contains(head.group(1))
                || ACCREDITED_TO.matcher(before).find() && words(before).stream().anyMatch(w -> ENVOYS.contains(w.word()));
    }

    /** A line broken by wrapping prose, not a heading: a name may run on over its end. */
    static boolean isWrappedLine(String text, int lineEnd) {
        int lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
        return lineEnd - lineStart > WRAPPED_LINE_MIN;
    }

    static boolean isCapitalised(String word) {
        return Character.isUpperCase(word.charAt(0));
    }

    /**
     * Whether the words hold a head noun that ends them or takes a complement ("... Institute for ...", "Mission in
     * South Sudan"), and is qualified by a word before it or by that complement.
     */
    static boolean hasHeadInPlace(List<Word> words) {
        for (int k = 0; k < words.size(); k++) {
            if (HEADS.contains(words.get(k).word())) {
                boolean endsHere = k == words.size() - 1;
                boolean complementFollows = k + 1 < words.size() && opensComplement(words.get(k + 1).word(), true);
                boolean qualified = k > 0 || complementFollows;
                if ((endsHere || complementFollows) && qualified) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A preposition that opens a complement, also in a title's capitals ("Movement Against ..."); "in" does so
     * only right after a head ("Mission in South Sudan").
     */
    static boolean opensComplement(String word, boolean afterHead) {
        return isPreposition(word) || afterHead && word.equals("in");
    }

    /**
     * {@code PREPOSITIONS.contains(word.toLowerCase(Locale.ROOT))}, without a lower-case copy of every word of a
     * run for an ASCII one, nearly every one (the prepositions are ASCII, lowered as ASCII).
     */
    private static boolean isPreposition(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 128) {
                return PREPOSITIONS.contains(word.toLowerCase(Locale.ROOT));
            }
        }
        for (String preposition : PREPOSITION_LIST) {
            if (word.length() == preposition.length() && word.regionMatches(true, 0, preposition, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** The matches of {@link #WORD}, found without it: this runs over every document's whole text. */
    static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int start = i;
            i += Character.charCount(c);
            if (isWordChar(c)) {
                i = wordEnd(text, i);
                words.add(new Word(text, start, i));
            }
        }
        return Collections.unmodifiableList(words);
    }

    /**
     * Where the word that goes on at {@code i} ends. A method of its own, so that the loop of {@link #words} nests no
     * loop: the JIT compiles a loop nest again at each loop head that a long text makes hot.
     */
    private static int wordEnd(String text, int i) {
        while (i < text.length() && isInWord(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    /** {@link Tokens#isWordChar}, read without asking Character for ASCII, most of a text and all of its spaces. */
    private static boolean isWordChar(int c) {
        return c < 128 ? isAsciiLetterOrDigit(c) : Tokens.isWordChar(c);
    }

    private static boolean isInWord(int c) {
        if (c < 128) {
            return isAsciiLetterOrDigit(c) || c == '\'' || c == '-';
        }
        return Tokens.isWordChar(c) || c == '’' || c == '\u2010' || c == '\u2011';
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /**
     * A word of a text and where it stands. Not a record: its string is made when first asked for, as the words
     * of a whole text are read and most of them are only looked at for a capital.
     */
    static final class Word {
        private final String text;
        private final int start;
        private final int end;
        private String word;

        Word(String text, int start, int end) {
            this.text = text;
            this.start = start;
            this.end = end;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        String word() {
            if (word == null) {
                word = text.substring(start, end);
            }
            return word;
        }

        /** {@link NameShapes#isCapitalised} of the word, read in the text. */
        boolean isCapitalised() {
            return Character.isUpperCase(text.charAt(start));
        }
    }
}
