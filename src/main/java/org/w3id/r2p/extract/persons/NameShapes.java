package org.w3id.r2p.extract.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.w3id.r2p.corpus.Span;

/**
 * Where a text holds words shaped like a personal name: capitalised words, hyphenated or with an inner
 * apostrophe ("Bergström-Haddad", "O’Donnell", "Ki-moon"), initials ("A. B."), and lower-case particles between
 * them ("van", "de la", "al-"), one space apart. A run of such words is cut at every word that is never part of
 * a name (titles, role words, headline words, acronyms), and each piece that keeps a name word is a
 * {@link Shape}. A possessive ("Guterres' message", "Dieng's") ends a name; a name never ends in an initial.
 */
final class NameShapes {
    /**
     * A piece of text shaped like a name.
     *
     * @param span      where it stands
     * @param words     its words, particles and initials included
     * @param nameWords how many of them are neither particles nor initials
     */
    record Shape(Span span, List<String> words, int nameWords) {}

    private static final String LETTER = "[\\p{L}\\p{M}]";
    private static final String WORD = "\\p{Lu}" + LETTER + "*(?:['’]" + LETTER + "{2,})?"
            + "(?:" + PersonLexicon.HYPHEN + LETTER + "+(?:['’]" + LETTER + "{2,})?)*";
    private static final String INITIAL = "\\p{Lu}\\.(?:" + PersonLexicon.HYPHEN + "?\\p{Lu}\\.)*";
    private static final String HYPHENS = "-\u2011\u2010";
    private static final int MOST_NAME_WORDS = 5;

    private final PersonLexicon lexicon;
    private final Pattern run;
    /** The particles by first letter: a run may start with one joined by a hyphen ("al-Mansouri"). */
    private final List<List<String>> particlesByFirst;

    NameShapes(PersonLexicon lexicon) {
        this.lexicon = lexicon;
        // The particles' first characters are looked at before the particles are tried one by one: at most places a
        // particle is tried (every word of a run) none starts, and the lookahead only says what the alternation needs.
        String firsts = lexicon.particles().stream().map(p -> p.substring(0, 1)).distinct().sorted()
                .map(c -> Character.isLetterOrDigit(c.charAt(0)) ? c : "\\" + c).collect(Collectors.joining());
        String particle = "(?=[" + firsts + "])(?:" + lexicon.particles().stream().sorted().map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")";
        String token = "(?:" + INITIAL + "|" + particle + PersonLexicon.HYPHEN + WORD + "|" + WORD + ")(?![\\p{L}\\p{M}\\p{N}])";
        String space = "[ \\u00A0]";
        // not inside a word, nor after an apostrophe inside one ("d’Ivoire"); after a quotation mark ('Peter Thomson')
        this.run = Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}.\\-\\u2011\\u2010])(?<![\\p{L}]['’])" + token
                + "(?:" + space + "(?:" + particle + space + ")*" + token + ")*");
        List<List<String>> byFirst = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            char first = (char) c;
            byFirst.add(lexicon.particles().stream().filter(p -> p.charAt(0) == first).sorted().toList());
        }
        if (lexicon.particles().stream().anyMatch(p -> p.charAt(0) >= 128)) {
            throw new IllegalArgumentException("A particle must start with an ASCII letter: " + lexicon.particles());
        }
        this.particlesByFirst = List.copyOf(byFirst);
    }

    /**
     * Every name-shaped piece of the text, in text order. The run pattern is tried only where a run can start
     * (a capital, or a particle and a hyphen, after no letter, digit, mark, full stop or hyphen), which finds the
     * runs {@code find} finds at a fraction of the cost; transparent bounds let the lookbehinds see the text. The
     * loop over the text stays small, and what is done at a start is a method of its own, so that the JIT compiles
     * that once instead of again inside each compilation of the loop.
     */
    List<Shape> in(String text) {
        List<Shape> shapes = new ArrayList<>();
        Matcher m = run.matcher(text).useTransparentBounds(true);
        for (int at = nextStart(text, 0); at < text.length(); at = nextStart(text, at)) {
            at = runAt(text, at, m, shapes);
        }
        return shapes;
    }

    /** Where a run may start, from {@code at} on; the text's length if nowhere. */
    private int nextStart(String text, int at) {
        while (at < text.length() && !mayStartRun(text, at)) {
            at++;
        }
        return at;
    }

    /** Cuts the run that starts at {@code at}, if one does; where to look for the next. */
    private int runAt(String text, int at, Matcher m, List<Shape> shapes) {
        if (!m.region(at, text.length()).lookingAt()) {
            return at + 1;
        }
        cut(text, m.start(), m.end(), shapes);
        return Math.max(m.end(), at + 1);
    }

    private boolean mayStartRun(String text, int at) {
        if (at > 0) {
            char before = text.charAt(at - 1);
            if (HYPHENS.indexOf(before) >= 0 || before == '.' || isLetterMarkOrNumber(before)) {
                return false;
            }
        }
        int c = text.codePointAt(at);
        if (Character.isUpperCase(c)) {
            return true;
        }
        if (c >= 128) {
            return false;
        }
        for (String particle : particlesByFirst.get(c)) {
            int end = at + particle.length();
            if (end < text.length() && text.startsWith(particle, at) && HYPHENS.indexOf(text.charAt(end)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLetterMarkOrNumber(char c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Cuts a run at its never-name words; its words are one space (or no-break space) apart. */
    private void cut(String text, int runStart, int runEnd, List<Shape> shapes) {
        List<String> piece = new ArrayList<>();
        int pieceStart = runStart;
        int at = runStart;
        for (String word : words(text, runStart, runEnd)) {
            if (isNeverName(word)) {
                addTrimmed(pieceStart, piece, shapes);
                piece = new ArrayList<>();
                pieceStart = at + word.length() + 1;
            } else {
                piece.add(word);
            }
            at += word.length() + 1;
        }
        addTrimmed(pieceStart, piece, shapes);
    }

    /** The run's words: what splitting it at "[ \\u00A0]" gives, without compiling that pattern for every run. */
    private static List<String> words(String text, int runStart, int runEnd) {
        List<String> words = new ArrayList<>();
        int start = runStart;
        for (int i = runStart; i < runEnd; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\u00A0') {
                words.add(text.substring(start, i));
                start = i + 1;
            }
        }
        words.add(text.substring(start, runEnd));
        while (words.size() > 1 && words.get(words.size() - 1).isEmpty()) {
            words.remove(words.size() - 1); // as String.split drops trailing empty strings
        }
        return words;
    }

    private boolean isNeverName(String word) {
        return !lexicon.isParticle(word) && !isInitials(word) && (isAcronym(word) || lexicon.isNeverName(word));
    }

    /** Two capitals open the word ("UN", "GENEVA", "OHCHR's"): what {@code \p{Lu}{2,}.*} matches in a word. */
    private static boolean isAcronym(String word) {
        if (word.isEmpty() || !isCapital(word.codePointAt(0))) {
            return false;
        }
        int second = Character.charCount(word.codePointAt(0));
        return second < word.length() && isCapital(word.codePointAt(second));
    }

    /** Initials alone ("A.", "J.-P."): what {@code INITIAL} matches as a whole word, read without a matcher. */
    static boolean isInitials(String word) {
        int i = 0;
        while (true) {
            if (i >= word.length() || !isCapital(word.codePointAt(i))) {
                return false;
            }
            i += Character.charCount(word.codePointAt(i));
            if (i >= word.length() || word.charAt(i) != '.') {
                return false;
            }
            i++;
            if (i == word.length()) {
                return true;
            }
            if (HYPHENS.indexOf(word.charAt(i)) >= 0) {
                i++;
            }
        }
    }

    private static boolean isCapital(int codePoint) {
        return Character.getType(codePoint) == Character.UPPERCASE_LETTER;
    }

    /** Drops particles and initials from the ends (a name starts with a word or initial and ends with a word). */
    private void addTrimmed(int start, List<String> words, List<Shape> shapes) {
        int first = 0;
        while (first < words.size() && lexicon.isParticle(words.get(first))) {
            start += words.get(first).length() + 1;
            first++;
        }
        int last = words.size() - 1;
        while (last >= first && !isNameWord(words.get(last))) {
            last--;
        }
        if (last < first) {
            return;
        }
        int length = last - first; // the spaces between the words
        int nameWords = 0;
        for (String word : words.subList(first, last + 1)) {
            length += word.length();
            nameWords += isNameWord(word) ? 1 : 0;
        }
        if (nameWords <= MOST_NAME_WORDS) {
            shapes.add(new Shape(new Span(start, start + length), List.copyOf(words.subList(first, last + 1)), nameWords));
        }
    }

    /** A word of the name proper: neither an initial nor a lower-case particle ("al-Mansouri" is one). */
    private boolean isNameWord(String word) {
        return !lexicon.isParticle(word) && !isInitials(word);
    }
}
