package org.w3id.r2p.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Span;

/**
 * Names of bodies found by their shape alone: a run of capitalised words around a head noun such as "Institute",
 * "Committee" or "Network", with an "of/for/on ..." complement ("National Committee for the Prevention of
 * Genocide"), and the kind such a name suggests.
 */
final class NameShapes {
    private static final Set<String> HEADS = Set.of(
            "Institute", "Centre", "Center", "Coalition", "Foundation", "Office", "Commission", "Council", "Committee",
            "Network", "Group", "Union", "Organization", "Organisation", "Association", "Society", "Programme",
            "Program", "Fund", "Agency", "Court", "Board", "Conference", "Alliance", "Movement", "Forum",
            "Federation", "League", "Mission", "University", "Watch", "Mechanism", "Bureau", "Tribunal", "Service",
            "Ministry", "Department");
    private static final Set<String> MECHANISM_HEADS = Set.of("Board", "Committee", "Commission", "Mechanism",
            "Council", "Office");
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "on", "against");
    private static final int WRAPPED_LINE_MIN = 60;
    private static final Set<String> CONNECTORS = Set.of(
            "of", "for", "on", "against", "and", "the", "to", "in", "all", "other", "forms", "de", "la", "del", "des",
            "du", "y", "et");
    private static final Set<String> LEADING_WORDS = Set.of(
            "The", "A", "An", "In", "On", "Our", "Its", "His", "Her", "Their", "This", "That", "These", "With", "By");
    private static final Set<String> MECHANISM_MARKERS = Set.of("Prevention", "Preventing", "Atrocity", "Atrocities",
            "Genocide", "Early", "Warning");
    private static final Set<String> REGION_WORDS = Set.of(
            "Latin", "American", "Americas", "African", "Africa", "Asian", "Asia", "European", "Europe", "Arab",
            "Caribbean", "Pacific", "Regional", "Southeast", "Mediterranean", "Balkan", "Nordic", "Central",
            "Eastern", "Western", "Southern", "Northern", "Ibero-American", "Iberoamerican", "Great", "Lakes",
            "Sahel", "Andean", "Baltic");
    private static final Pattern HEAD_AND_PREPOSITION = Pattern.compile("(\\p{L}+)\\s+(?:of|to|for|on|in)(?:\\s+the)?\\s+$");
    /** A word; hyphens of every kind (U+2010, the non-breaking U+2011) stay inside it ("Fact‑Finding"). */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\u2010\u2011-]*+");
    private static final Pattern COMMA_GAP = Pattern.compile(",\\s{1,2}");

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
     * Runs of capitalised words, joined by the small words that occur inside names, that contain a head noun and
     * either end in it or go on with an "of/for/on ..." complement.
     */
    static List<Span> candidates(String text) {
        List<Span> spans = new ArrayList<>();
        List<Word> words = words(text);
        int i = 0;
        while (i < words.size()) {
            if (!isCapitalised(words.get(i).word)) {
                i++;
                continue;
            }
            int first = i;
            if (LEADING_WORDS.contains(words.get(first).word) || isPossessive(words.get(first).word)) {
                first++;
            } else if (first + 1 < words.size() && words.get(first + 1).word.equals("the")) {
                first += 2; // "Where the Court", "Requests the Commission": a capitalised word, then the name
            }
            int last = i;
            boolean complement = false;
            int j = i + 1;
            while (j < words.size()) {
                String gap = text.substring(words.get(j - 1).end, words.get(j).start);
                String word = words.get(j).word;
                boolean spaceGap = gap.isBlank() && gap.length() <= 3 && (gap.indexOf('\n') < 0
                        || gap.indexOf('\n') == gap.lastIndexOf('\n') && isWrappedLine(text, words.get(j - 1).end));
                boolean commaGap = complement && isCapitalised(word) && COMMA_GAP.matcher(gap).matches();
                if (!spaceGap && !commaGap) {
                    break;
                }
                if (word.equals("and") && j + 1 < words.size() && words.get(j + 1).word.equals("the")) {
                    break;
                }
                if (isCapitalised(word)) {
                    last = j;
                } else if (!CONNECTORS.contains(word)) {
                    break;
                }
                if (PREPOSITIONS.contains(word)) {
                    complement = true;
                }
                j++;
            }
            last = cutUnfinishedList(text, words, first, last);
            if (first <= last && hasHeadInPlace(words.subList(first, last + 1))) {
                spans.add(new Span(words.get(first).start, words.get(last).end));
            }
            i = Math.max(j, i + 1);
        }
        return spans;
    }

    /**
     * The part of a candidate name before {@code limit}, where another body's name begins ("Regional Committee for
     * the Prevention of Genocide" of "... of the ICGLR"), if it is still a name; else null.
     */
    static Span cutBefore(String text, Span candidate, int limit) {
        List<Word> words = words(candidate.of(text)).stream().filter(w -> candidate.start() + w.end <= limit).toList();
        int last = words.size() - 1;
        while (last >= 0 && !isCapitalised(words.get(last).word)) {
            last--;
        }
        if (last < 0 || !hasHeadInPlace(words.subList(0, last + 1))) {
            return null;
        }
        return new Span(candidate.start() + words.get(0).start, candidate.start() + words.get(last).end);
    }

    /**
     * Whether a known organization's name inside a candidate is part of the candidate's name: it opens it and a
     * head noun follows ("AU Commission", "ICGLR Regional Committee for ..."; not "Human Rights Council on
     * Monday"), or a head noun takes it as complement ("Peace and Security
     * Council of the African Union"), not where it only follows the name ("... all forms of Discrimination of the
     * ICGLR").
     */
    static boolean holds(String text, Span candidate, Span inner) {
        if (inner.start() == candidate.start()) {
            return words(text.substring(inner.end(), candidate.end())).stream().anyMatch(w -> HEADS.contains(w.word));
        }
        Matcher before = HEAD_AND_PREPOSITION.matcher(text.substring(candidate.start(), inner.start()));
        return before.find() && HEADS.contains(before.group(1));
    }

    /** A line broken by wrapping prose, not a heading: a name may run on over its end. */
    static boolean isWrappedLine(String text, int lineEnd) {
        int lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
        return lineEnd - lineStart > WRAPPED_LINE_MIN;
    }

    /** "Ghana's" in "Ghana's National Peace Council": the owner, not part of the name. */
    private static boolean isPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("’s");
    }

    static boolean isCapitalised(String word) {
        return Character.isUpperCase(word.charAt(0));
    }

    /** A comma inside a name is only part of a list closed by "and" ("Genocide, War Crimes and Crimes ..."). */
    private static int cutUnfinishedList(String text, List<Word> words, int first, int last) {
        for (int k = last; k > first; k--) {
            String gap = text.substring(words.get(k - 1).end, words.get(k).start);
            if (gap.contains(",")) {
                boolean closed = false;
                for (int m = k; m <= last; m++) {
                    closed |= words.get(m).word.equals("and");
                }
                if (!closed) {
                    last = k - 1;
                    while (last > first && !isCapitalised(words.get(last).word)) {
                        last--;
                    }
                }
            }
        }
        return last;
    }

    private static boolean hasHeadInPlace(List<Word> words) {
        for (int k = 0; k < words.size(); k++) {
            if (HEADS.contains(words.get(k).word)) {
                boolean endsHere = k == words.size() - 1;
                boolean complementFollows = k + 1 < words.size() && PREPOSITIONS.contains(words.get(k + 1).word);
                boolean qualified = k > 0 || complementFollows;
                if ((endsHere || complementFollows) && qualified) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Word> words(String text) {
        return WORD.matcher(text).results().map(r -> new Word(r.start(), r.end(), r.group())).toList();
    }

    private record Word(int start, int end, String word) {}
}
