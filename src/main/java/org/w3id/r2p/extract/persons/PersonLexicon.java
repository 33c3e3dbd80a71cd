package org.w3id.r2p.extract.persons;

import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.w3id.r2p.corpus.Tokens;
import org.w3id.r2p.link.DataFiles;

/**
 * The word lists that decide what is part of a person's name and what makes a role, read from the data files
 * beside this class (their sources are in {@code SOURCES.md} there): titles before names, heads and modifiers
 * of role phrases, particles inside surnames, and capitalised words that are never a name's.
 * Immutable; {@link #standard()} reads the files once.
 */
public final class PersonLexicon {
    /** Hyphen-minus, non-breaking hyphen and hyphen: the three ways documents join a compound name or title. */
    static final String HYPHEN = "[-\u2011\u2010]";
    private static final int LONGEST_TITLE_WORDS = 3;

    private static PersonLexicon standard;

    /** Each title, with single spaces and hyphen-minus, mapped to whether a surname alone may follow it. */
    private final Map<String, Boolean> surnameAfterTitle;
    private final Pattern titlesAhead;
    private final Pattern role;
    private final WordStarts roleStarts;
    private final Set<String> particles;
    private final Set<String> notNameWords;

    private PersonLexicon(List<String[]> titles, List<String[]> roleWords, List<String> particles, List<String> notNames) {
        Map<String, Boolean> byTitle = new HashMap<>();
        titles.forEach(row -> byTitle.put(normalised(row[0]), row[1].strip().equals("surname")));
        this.surnameAfterTitle = Map.copyOf(byTitle);
        String titleAlternatives = alternatives(titles.stream().map(row -> row[0]).toList(), true);
        this.titlesAhead = Pattern.compile("(?:(?:" + titleAlternatives + ")\\s+)+(?=\\p{Lu})");
        List<String> heads = roleWords.stream().filter(row -> row[0].equals("head")).map(row -> row[1].strip()).toList();
        List<String> modifiers = roleWords.stream().filter(row -> row[0].equals("modifier")).map(row -> row[1].strip()).toList();
        this.role = Pattern.compile("(?iu:(?<![\\p{L}\\p{M}])(?:(?:" + alternatives(modifiers, false) + ")(?:\\s+|" + HYPHEN
                + "))*(?:" + alternatives(heads, false) + ")s?(?![\\p{L}\\p{M}]|" + HYPHEN + "\\p{L}))");
        this.roleStarts = new WordStarts(roleOpenings(modifiers, heads));
        this.particles = Set.copyOf(particles);
        Set<String> words = new HashSet<>(notNames);
        titles.forEach(row -> List.of(row[0].split("\\s+")).stream().filter(w -> Character.isUpperCase(w.charAt(0)))
                .forEach(w -> words.add(w.endsWith(".") ? w.substring(0, w.length() - 1) : w)));
        // "Head of Delegation" makes "Head" and "Delegation" never a name's, not "Of"
        roleWords.forEach(row -> List.of(row[1].strip().split("\\s+")).stream().filter(w -> w.length() > 3)
                .forEach(w -> words.add(capitalised(w))));
        this.notNameWords = Set.copyOf(words);
    }

    /** The lexicon shipped with r2p-kg. */
    public static synchronized PersonLexicon standard() {
        if (standard == null) {
            standard = new PersonLexicon(
                    DataFiles.tsv(PersonLexicon.class, "person-titles.tsv"),
                    DataFiles.tsv(PersonLexicon.class, "role-words.tsv"),
                    DataFiles.lines(PersonLexicon.class, "name-particles.txt"),
                    DataFiles.words(PersonLexicon.class, "not-name-words.txt"));
        }
        return standard;
    }

    /** Where the titles that end right before {@code at} ("H.E. Mr. ", "UN Secretary-General ") start, or {@code at}. */
    int titlesStart(String text, int at) {
        int start = at;
        for (int title = lastTitle(text, start); title >= 0; title = lastTitle(text, start)) {
            start = title;
        }
        return start;
    }

    /** A title that a surname alone may follow ("Mr.", "Archbishop", "Minister") stands right before {@code at}. */
    boolean takesSurname(String text, int at) {
        int title = lastTitle(text, at);
        return title >= 0 && surnameAfterTitle.get(normalised(text.substring(title, wordsEnd(text, at)))).booleanValue();
    }

    /** Titles followed by a capitalised word, as they open a name ("Ambassador Kgosi ...", "H.E. Mr. ..."). */
    Pattern titlesAhead() {
        return titlesAhead;
    }

    /** The start of the longest title (of up to three words) that ends before the whitespace before {@code at}, or -1. */
    private int lastTitle(String text, int at) {
        int end = wordsEnd(text, at);
        if (end == at) {
            return -1;
        }
        int found = -1;
        int wordStart = end;
        for (int words = 1; words <= LONGEST_TITLE_WORDS; words++) {
            while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            int titleStart = wordStart;
            while (titleStart < end && !Character.isLetter(text.charAt(titleStart))) {
                titleStart++; // "(H.E." or "“Mr."
            }
            if (titleStart < end && surnameAfterTitle.containsKey(normalised(text.substring(titleStart, end)))) {
                found = titleStart;
            }
            int before = wordsEnd(text, wordStart);
            if (before == wordStart || before == 0) {
                break;
            }
            wordStart = before;
        }
        return found;
    }

    /** Where the words before the whitespace before {@code at} end: {@code at} if no whitespace precedes it. */
    private static int wordsEnd(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1)) && at - end < 4) {
            end--;
        }
        return end;
    }

    /**
     * The phrase stripped, each run of white space ({@code \\s}) one space and each hyphen a hyphen-minus: read
     * without a matcher, as this runs for every word before every name.
     */
    private static String normalised(String phrase) {
        String stripped = phrase.strip();
        StringBuilder out = new StringBuilder(stripped.length());
        boolean space = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (!space) {
                    out.append(' ');
                }
                space = true;
                continue;
            }
            space = false;
            out.append(c == '\u2011' || c == '\u2010' ? '-' : c);
        }
        return out.toString();
    }

    /**
     * A role: a head with its modifiers ("Deputy Permanent Representative", "Vice-Minister", "members"), in any
     * case; the pattern carries its flags inline, so that it can be part of a larger one.
     */
    Pattern role() {
        return role;
    }

    /** Where a role ({@link #role()}) may begin: where a word begins that opens a modifier or a head. */
    WordStarts roleStarts() {
        return roleStarts;
    }

    /**
     * The letters that open each modifier and head, up to a space, hyphen or other non-letter; a head of one word
     * also with its plural "s", which the role pattern allows.
     */
    private static Set<String> roleOpenings(List<String> modifiers, List<String> heads) {
        Set<String> openings = new HashSet<>();
        for (String phrase : modifiers) {
            openings.add(opening(phrase));
        }
        for (String phrase : heads) {
            String opening = opening(phrase);
            openings.add(opening);
            if (opening.equals(phrase)) {
                openings.add(opening + "s");
            }
        }
        return openings;
    }

    private static String opening(String phrase) {
        return phrase.substring(0, Tokens.letterRunEnd(phrase, 0, phrase.length()));
    }

    boolean isParticle(String word) {
        return particles.contains(word);
    }

    /** A word, or a part of a hyphenated word, that is a title, a role word or in the list of non-names. */
    boolean isNeverName(String word) {
        if (notNameWords.contains(word)) {
            return true;
        }
        // The parts between hyphens, without splitting by a pattern for every word of every name-shaped run; a word
        // without a hyphen is its only part, looked up already.
        int start = 0;
        for (int i = 0; i <= word.length(); i++) {
            if (i == word.length() || "-\u2011\u2010".indexOf(word.charAt(i)) >= 0) {
                if (i > start && (start > 0 || i < word.length()) && notNameWords.contains(word.substring(start, i))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    Set<String> particles() {
        return particles;
    }

    /** Regex alternatives, longest first; hyphens match any hyphen and spaces any whitespace. */
    private static String alternatives(List<String> phrases, boolean wholeTitle) {
        return phrases.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(p -> quoted(p) + (wholeTitle && !p.endsWith(".") ? "(?![\\p{L}\\p{M}])" : ""))
                .collect(Collectors.joining("|"));
    }

    private static String quoted(String phrase) {
        StringBuilder regex = new StringBuilder();
        for (String word : phrase.split("\\s+")) {
            if (!regex.isEmpty()) {
                regex.append("\\s+");
            }
            regex.append(List.of(word.split("-", -1)).stream().map(Pattern::quote).collect(Collectors.joining(HYPHEN)));
        }
        return regex.toString();
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
