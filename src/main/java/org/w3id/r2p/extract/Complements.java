package org.w3id.r2p.extract;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.w3id.r2p.link.DataFiles;

/**
 * The complement that ends a mechanism's name: "on the Syrian Arab Republic", "for the former Yugoslavia", "to
 * Assist in the Investigation and Prosecution of ...", or a mandate's "on the situation of human rights in
 * Myanmar". A name's complement is capitalised words joined by small words; a mandate's may hold any word
 * that does not begin a predicate or clause ({@code name-boundary-words.txt}). Either ends at punctuation, a
 * bracket, "and the", a date or a city (a meeting's time and place, not the name), or where another name begins
 * other than as its genitive ("of the United Nations").
 */
final class Complements {
    /** How a complement is worded: as a proper name, or as a mandate's description in lower case. */
    enum Grammar { NAME, MANDATE }

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{N}](?:[\\p{L}\\p{N}'’]|[-\u2010\u2011\u2013/](?=[\\p{L}\\p{N}]))*");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "on", "in", "and", "the", "to", "under",
            "since", "by", "against", "former", "into", "all", "other", "forms", "de", "la", "del", "des", "du", "y",
            "et");
    /** Words after which an "-ed" word is a verb ("visited the country"), not an adjective ("displaced persons"). */
    private static final Set<String> AFTER_A_VERB = Set.of("the", "a", "an", "that", "to", "on", "in", "at", "by",
            "with", "for", "from", "as", "it", "them", "him", "her", "its", "his", "their");
    private static final Pattern OF_BEFORE = Pattern.compile("(?<![\\p{L}])of(?:\\s+the)?\\s+$");
    private static final Set<String> LIST_CLOSERS = Set.of("and", "or");
    private static final Pattern COMMA_GAP = Pattern.compile(",\\s{1,2}");
    private static final int MAX_WORDS = 30;
    private static final int LIST_LOOKAHEAD = 6;

    private final Set<String> timeWords;
    /** The places by their first character: a capitalised word is compared with the few that start as it does. */
    private final Map<Character, List<String>> placesByFirst;
    private final Set<String> boundaries;

    Complements() {
        Set<String> time = new HashSet<>();
        for (Month month : Month.values()) {
            time.add(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            time.add(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        this.timeWords = Set.copyOf(time);
        this.placesByFirst = DataFiles.lines(Complements.class, "places.txt").stream()
                .collect(Collectors.groupingBy(place -> place.charAt(0)));
        this.boundaries = Set.copyOf(DataFiles.words(Complements.class, "name-boundary-words.txt"));
    }

    /**
     * Where the complement that follows {@code from} ends, or {@code from} where none follows: it opens with one
     * of {@code prepositions} and stops before any offset of {@code stops}, where another name begins.
     */
    int end(String text, int from, Set<String> prepositions, Grammar grammar, NavigableSet<Integer> stops) {
        Matcher token = TOKEN.matcher(text);
        int position = from;
        int lastWord = from;
        boolean opened = false;
        for (int count = 0; count < MAX_WORDS && token.find(position); count++) {
            String word = token.group();
            String gap = text.substring(position, token.start());
            boolean listComma = grammar == Grammar.MANDATE && opened && COMMA_GAP.matcher(gap).matches()
                    && !isCapitalised(word) && listClosesAfter(text, token.start());
            if (!isSpace(text, position, gap) && !listComma) {
                break;
            }
            Integer stop = stops.ceiling(token.start());
            if (stop != null && stop < token.end() && !afterOf(text, token.start())) {
                break;
            }
            if (!opened) {
                if (!prepositions.contains(word)) {
                    return from;
                }
                opened = true;
            } else if (isCapitalised(word)) {
                if (timeWords.contains(word) || startsPlace(text, token.start())) {
                    break;
                }
                lastWord = token.end();
            } else if (word.equals("and") && endsNameAt(nextWord(text, token.end()), grammar)) {
                break;
            } else if (Character.isDigit(word.charAt(0))) {
                if (grammar == Grammar.NAME) {
                    break;
                }
                lastWord = token.end();
            } else if (!CONNECTORS.contains(word)) {
                if (grammar == Grammar.NAME || endsMandate(text, word, token.end())) {
                    break;
                }
                lastWord = token.end();
            }
            position = token.end();
        }
        return lastWord;
    }

    /**
     * "and the" ends a name ("... on Syria and the Fact-Finding Mission ..."); in a proper name so does "and"
     * before any lower-case word ("... on Venezuela and of the Group ..."), while a mandate's lists go on ("torture
     * and other cruel ... treatment").
     */
    private static boolean endsNameAt(String wordAfterAnd, Grammar grammar) {
        return wordAfterAnd.equals("the")
                || grammar == Grammar.NAME && !wordAfterAnd.isEmpty() && !isCapitalised(wordAfterAnd);
    }

    private boolean endsMandate(String text, String word, int end) {
        return boundaries.contains(word) || word.endsWith("ed") && AFTER_A_VERB.contains(nextWord(text, end));
    }

    private boolean startsPlace(String text, int at) {
        return placesByFirst.getOrDefault(text.charAt(at), List.of()).stream().anyMatch(place -> text.startsWith(place, at)
                && (at + place.length() == text.length() || !Character.isLetter(text.charAt(at + place.length()))));
    }

    /** "of (the)" just before: a known name there is the complement's own ("... Charter of the United Nations"). */
    private static boolean afterOf(String text, int at) {
        return OF_BEFORE.matcher(text.substring(Math.max(0, at - 8), at)).find();
    }

    /** A comma before lower-case words is part of the name only in a list closed by "and" or "or". */
    private static boolean listClosesAfter(String text, int from) {
        Matcher token = TOKEN.matcher(text);
        int position = from;
        for (int count = 0; count < LIST_LOOKAHEAD && token.find(position); count++) {
            if (count > 0 && !isSpace(text, position, text.substring(position, token.start()))) {
                return false;
            }
            if (LIST_CLOSERS.contains(token.group())) {
                return true;
            }
            position = token.end();
        }
        return false;
    }

    private static String nextWord(String text, int from) {
        Matcher token = TOKEN.matcher(text);
        return token.find(from) && text.substring(from, token.start()).isBlank() ? token.group() : "";
    }

    /** Blank, short, and not across a paragraph or a heading's line end. */
    private static boolean isSpace(String text, int position, String gap) {
        if (gap.isEmpty() || !gap.isBlank() || gap.length() > 3) {
            return false;
        }
        int newline = gap.indexOf('\n');
        return newline < 0 || newline == gap.lastIndexOf('\n') && NameShapes.isWrappedLine(text, position);
    }

    private static boolean isCapitalised(String word) {
        return Character.isUpperCase(word.charAt(0));
    }
}
