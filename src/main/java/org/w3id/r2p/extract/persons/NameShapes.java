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
    private static final Pattern INITIAL_WORD = Pattern.compile(INITIAL);
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}.*");
    private static final int MOST_NAME_WORDS = 5;

    private final PersonLexicon lexicon;
    private final Pattern run;

    NameShapes(PersonLexicon lexicon) {
        this.lexicon = lexicon;
        String particle = "(?:" + lexicon.particles().stream().sorted().map(Pattern::quote).collect(Collectors.joining("|")) + ")";
        String token = "(?:" + INITIAL + "|" + particle + PersonLexicon.HYPHEN + WORD + "|" + WORD + ")(?![\\p{L}\\p{M}\\p{N}])";
        String space = "[ \\u00A0]";
        // not inside a word, nor after an apostrophe inside one ("d’Ivoire"); after a quotation mark ('Peter Thomson')
        this.run = Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}.\\-\\u2011\\u2010])(?<![\\p{L}]['’])" + token
                + "(?:" + space + "(?:" + particle + space + ")*" + token + ")*");
    }

    /** Every name-shaped piece of the text, in text order. */
    List<Shape> in(String text) {
        List<Shape> shapes = new ArrayList<>();
        Matcher m = run.matcher(text);
        while (m.find()) {
            cut(text, m.start(), m.group(), shapes);
        }
        return shapes;
    }

    private void cut(String text, int runStart, String runText, List<Shape> shapes) {
        List<String> piece = new ArrayList<>();
        int pieceStart = runStart;
        int at = runStart;
        for (String word : runText.split("[ \\u00A0]")) {
            if (isNeverName(word)) {
                addTrimmed(text, pieceStart, piece, shapes);
                piece = new ArrayList<>();
                pieceStart = at + word.length() + 1;
            } else {
                piece.add(word);
            }
            at += word.length() + 1;
        }
        addTrimmed(text, pieceStart, piece, shapes);
    }

    private boolean isNeverName(String word) {
        return !lexicon.isParticle(word) && !INITIAL_WORD.matcher(word).matches()
                && (ACRONYM.matcher(word).matches() || lexicon.isNeverName(word));
    }

    /** Drops particles and initials from the ends (a name starts with a word or initial and ends with a word). */
    private void addTrimmed(String text, int start, List<String> words, List<Shape> shapes) {
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
        List<String> kept = List.copyOf(words.subList(first, last + 1));
        int length = String.join(" ", kept).length();
        int nameWords = (int) kept.stream().filter(this::isNameWord).count();
        if (nameWords <= MOST_NAME_WORDS) {
            shapes.add(new Shape(new Span(start, start + length), kept, nameWords));
        }
    }

    /** A word of the name proper: neither an initial nor a lower-case particle ("al-Mansouri" is one). */
    private boolean isNameWord(String word) {
        return !lexicon.isParticle(word) && !INITIAL_WORD.matcher(word).matches();
    }
}
