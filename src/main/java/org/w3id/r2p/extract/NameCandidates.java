package org.w3id.r2p.extract;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.corpus.Tokens;
import org.w3id.r2p.extract.NameShapes.Word;

/**
 * Where names of bodies may stand in a text: runs of capitalised words, joined by the small words that occur inside
 * names, that hold a head noun ({@link NameShapes#hasHeadInPlace}). A run is split where it is a list of names
 * ("A Institute for X, B Centre for Y and C Network"), and loses what stands before the name: a determiner, an
 * owner ("Ghana's"), or a person's role or name before "of/in the" ("Executive Director of the ...", "Professor
 * N. N. of the University of ...").
 */
final class NameCandidates {
    private static final Set<String> CONNECTORS = Set.of(
            "of", "for", "on", "against", "and", "the", "to", "in", "all", "other", "forms", "de", "la", "del", "des",
            "du", "y", "et");
    private static final Set<String> LEADING_WORDS = Set.of(
            "The", "A", "An", "In", "On", "Our", "Its", "His", "Her", "Their", "This", "That", "These", "With", "By");
    /** Prepositions that join a role or a person to the body they belong to. */
    private static final Set<String> ROLE_LINKS = Set.of("of", "in", "at", "for");
    /** Months and weekdays: a date after a name is not part of it ("President of the Council for November"). */
    private static final Set<String> TIME_WORDS = Stream.concat(
            Stream.of(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)),
            Stream.of(DayOfWeek.values()).map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)))
            .collect(Collectors.toUnmodifiableSet());

    private NameCandidates() {}

    /** Every place a name of a body may stand, in text order. */
    static List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        List<Word> words = NameShapes.words(text);
        int i = 0;
        while (i < words.size()) {
            if (!words.get(i).isCapitalised()) {
                i++;
                continue;
            }
            int first = i;
            if (LEADING_WORDS.contains(words.get(first).word()) || isPossessive(words.get(first).word())) {
                first++;
            } else if (first + 1 < words.size() && words.get(first + 1).word().equals("the")) {
                first += 2; // "Where the Court", "Requests the Commission": a capitalised word, then the name
            }
            int j = runEnd(text, words, i);
            for (int[] item : listItems(text, words, first, lastCapitalised(words, first, j - 1))) {
                int itemFirst = afterRole(words, item[0], item[1]);
                int itemLast = cutUnfinishedList(text, words, itemFirst, item[1]);
                if (itemFirst <= itemLast && NameShapes.hasHeadInPlace(words.subList(itemFirst, itemLast + 1))) {
                    spans.add(new Span(words.get(itemFirst).start(), words.get(itemLast).end()));
                }
            }
            i = Math.max(j, i + 1);
        }
        return spans;
    }

    /** The index just after a run of capitalised words and connectors that begins at {@code i}. */
    private static int runEnd(String text, List<Word> words, int i) {
        boolean complement = false;
        int j = i + 1;
        while (j < words.size()) {
            int gapStart = words.get(j - 1).end();
            int gapEnd = words.get(j).start();
            int gapNewlines = newlines(text, gapStart, gapEnd);
            boolean spaceGap = gapEnd - gapStart <= 3 && isBlank(text, gapStart, gapEnd)
                    && (gapNewlines == 0 || gapNewlines == 1 && NameShapes.isWrappedLine(text, gapStart));
            boolean commaGap = complement && words.get(j).isCapitalised() && isCommaGap(text, gapStart, gapEnd);
            if (!spaceGap && !commaGap) {
                break;
            }
            String word = words.get(j).word();
            if (word.equals("and") && j + 1 < words.size() && words.get(j + 1).word().equals("the")) {
                break;
            }
            if (!NameShapes.isCapitalised(word) && !CONNECTORS.contains(word) || TIME_WORDS.contains(word)) {
                break;
            }
            complement |= NameShapes.opensComplement(word, NameShapes.HEADS.contains(words.get(j - 1).word()));
            j++;
        }
        return j;
    }

    private static int lastCapitalised(List<Word> words, int first, int last) {
        while (last > first && !words.get(last).isCapitalised()) {
            last--;
        }
        return last;
    }

    /**
     * The names of a run that lists several: it is cut at a comma, or at "and" after a name, where the words after
     * it open a name of their own, capitalised words up to a head noun ("..., Cairo Institute for Human Rights
     * Studies, ..."), not where they go on with a list inside one name ("Genocide, War Crimes and Crimes against
     * Humanity", "Prevention and Punishment of the Crime of ...").
     */
    private static List<int[]> listItems(String text, List<Word> words, int first, int last) {
        List<int[]> items = new ArrayList<>();
        int itemFirst = first;
        for (int k = first + 1; k <= last; k++) {
            boolean comma = hasComma(text, words.get(k - 1).end(), words.get(k).start());
            boolean and = words.get(k).word().equals("and") && k + 1 <= last
                    && NameShapes.hasHeadInPlace(words.subList(itemFirst, k));
            int next = and ? k + 1 : k;
            if ((comma || and) && opensName(words, next, nextComma(text, words, next, last))) {
                items.add(new int[] {itemFirst, lastCapitalised(words, itemFirst, k - 1)});
                itemFirst = next;
            }
        }
        items.add(new int[] {itemFirst, last});
        return items;
    }

    /** Whether the words from {@code from} are capitalised up to a head noun that is a name's head. */
    private static boolean opensName(List<Word> words, int from, int last) {
        for (int h = from; h <= last && words.get(h).isCapitalised(); h++) {
            if (NameShapes.HEADS.contains(words.get(h).word())
                    && (h > from || h < last && NameShapes.opensComplement(words.get(h + 1).word(), true))) {
                return true;
            }
        }
        return false;
    }

    private static int nextComma(String text, List<Word> words, int from, int last) {
        for (int k = from + 1; k <= last; k++) {
            if (hasComma(text, words.get(k - 1).end(), words.get(k).start())) {
                return k - 1;
            }
        }
        return last;
    }

    /**
     * Where the name begins once a role or a person standing before it is left out: words with no head noun, then
     * "of/in/at/for (the)", then the name ("Chief of the ... Service", "Principal Secretary in the Ministry of ...");
     * what is left may be no name at all ("President of the Council").
     */
    private static int afterRole(List<Word> words, int first, int last) {
        for (int k = first + 1; k < last; k++) {
            if (NameShapes.HEADS.contains(words.get(k - 1).word())) {
                return first;
            }
            if (ROLE_LINKS.contains(words.get(k).word())) {
                return afterRole(words, words.get(k + 1).word().equals("the") ? k + 2 : k + 1, last);
            }
        }
        return first;
    }

    /** "Ghana's" in "Ghana's National Peace Council": the owner, not part of the name. */
    private static boolean isPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("’s");
    }

    /** A comma inside a name is only part of a list closed by "and" ("Genocide, War Crimes and Crimes ..."). */
    private static int cutUnfinishedList(String text, List<Word> words, int first, int last) {
        for (int k = last; k > first; k--) {
            if (hasComma(text, words.get(k - 1).end(), words.get(k).start())) {
                boolean closed = false;
                for (int m = k; m <= last; m++) {
                    closed |= words.get(m).word().equals("and");
                }
                if (!closed) {
                    last = lastCapitalised(words, first, k - 1);
                }
            }
        }
        return last;
    }

    // The gaps between words are read where they stand in the text: a run looks at the gap before each of its words.

    /** What {@code String.isBlank} says of {@code [from, to)}. */
    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i += Character.charCount(text.codePointAt(i))) {
            if (!Character.isWhitespace(text.codePointAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int newlines(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            count += text.charAt(i) == '\n' ? 1 : 0;
        }
        return count;
    }

    /** Whether {@code ,\\s{1,2}} matches {@code [from, to)} whole. */
    private static boolean isCommaGap(String text, int from, int to) {
        if (to - from < 2 || to - from > 3 || text.charAt(from) != ',') {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (!Tokens.isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasComma(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == ',') {
                return true;
            }
        }
        return false;
    }
}
