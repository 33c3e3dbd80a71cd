package org.w3id.r2p.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.corpus.Tokens;

/**
 * Sentences of a document's text (its paragraphs and lines: {@link TextBlocks}). Documents converted from web pages and PDFs break lines
 * and paragraphs in the middle of sentences (around links, at page width), so a line or paragraph break ends a
 * sentence only where the text around it says so: the text before it ends a sentence or is a heading, and
 * the text after it does not carry on in lower case.
 */
public final class TextUnits {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "ms", "mrs", "dr", "prof", "st", "no", "nos", "para", "paras", "art", "e.g", "i.e", "cf",
            "vs", "etc", "jr", "sr", "gen", "h.e", "u.s", "u.n", "amb", "rev", "add", "corr", "op", "vol", "pp");

    /** Words after which a sentence cannot end: a broken line after one of them carries on. */
    private static final Set<String> CONNECTORS = Set.of(
            "of", "the", "a", "an", "and", "or", "with", "including", "by", "as", "in", "to", "for", "on", "from",
            "at", "into", "about", "than", "that", "which", "who", "whose", "while", "whereas", "between", "among",
            "such", "like", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "is", "are",
            "was", "were", "be", "been", "has", "have", "had", "both", "also", "not", "but", "entitled", "namely",
            "via", "per", "upon", "under", "over", "against", "within", "without", "through", "during", "before",
            "after", "if", "when", "where", "whether", "because", "although", "since", "so", "nor", "either");

    private static final int HEADING_LINE_MAX = 60;
    private static final int FRAGMENT_MAX_WORDS = 8;
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private TextUnits() {}

    private static final LastComputed<String, List<Span>> LAST_SENTENCES = new LastComputed<>(t -> List.copyOf(split(t)));

    /**
     * Sentences of the text, trimmed, in order; every character outside them is whitespace. Several extractors ask
     * for the sentences of one document in turn, so the last split is kept.
     */
    public static List<Span> sentences(String text) {
        return LAST_SENTENCES.get(text);
    }

    private static List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int boundary = -1;
            if (c == '.' || c == '!' || c == '?') {
                boundary = punctuationBoundary(text, i);
            } else if (c == '\n') {
                int breakEnd = breakEnd(text, i);
                if (breakEndsSentence(text, start, i, breakEnd, hasBlankLine(text, i, breakEnd))) {
                    boundary = i;
                }
                i = breakEnd - 1;
            }
            if (boundary >= 0) {
                TextBlocks.addTrimmed(text, start, boundary, sentences);
                start = boundary;
            }
        }
        TextBlocks.addTrimmed(text, start, text.length(), sentences);
        return sentences;
    }

    /** Where a sentence that the punctuation at {@code at} ends would end (after closing quotes and brackets), or -1. */
    private static int punctuationBoundary(String text, int at) {
        int end = at + 1;
        while (end < text.length() && "'\")]".indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        return end < text.length() && Character.isWhitespace(text.charAt(end)) && endsSentence(text, at, end) ? end : -1;
    }

    /**
     * The end of the line break at {@code at}, blank lines included: what {@code \n[ \t]*(?:\n[ \t]*)*} matches
     * there, read without a matcher, since a text has a break on every line.
     */
    private static int breakEnd(String text, int at) {
        int end = skipSpacesAndTabs(text, at + 1);
        while (end < text.length() && text.charAt(end) == '\n') {
            end = skipSpacesAndTabs(text, end + 1);
        }
        return end;
    }

    private static int skipSpacesAndTabs(String text, int at) {
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }

    private static boolean hasBlankLine(String text, int breakStart, int breakEnd) {
        for (int i = breakStart + 1; i < breakEnd; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static boolean endsSentence(String text, int dot, int after) {
        int next = after;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next < text.length()) {
            char n = text.charAt(next);
            if (Character.isLowerCase(n) || n == ',' || n == ';') {
                return false;
            }
        }
        if (text.charAt(dot) != '.') {
            return true;
        }
        int wordStart = dot;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1)) && text.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(word)) {
            return false;
        }
        // An initial ("Jan A. Eliasson") or a paragraph number at the start of a line ("5. ").
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return false;
        }
        return !(PARAGRAPH_NUMBER.matcher(word).matches() && (wordStart == 0 || text.charAt(wordStart - 1) == '\n'));
    }

    private static boolean breakEndsSentence(String text, int sentenceStart, int breakStart, int breakEnd, boolean blankLine) {
        // the sentence so far, stripped, read in place: copying it at every line break costs its length each time
        int from = sentenceStart;
        int to = breakStart;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from == to || breakEnd >= text.length()) {
            return false;
        }
        char next = text.charAt(breakEnd);
        if (Character.isLowerCase(next) || ",;:.()'".indexOf(next) >= 0 || next == '"' && !blankLine) {
            return false;
        }
        if (endsInTerminal(text, from, to)) {
            return false; // already split at the punctuation
        }
        char last = text.charAt(to - 1);
        if (last == ',' || last == '(' || CONNECTORS.contains(lastWord(text, from, to))) {
            return false;
        }
        if (blankLine) {
            return !isLinkFragmentMidSentence(text, breakEnd);
        }
        int lineStart = text.lastIndexOf('\n', breakStart - 1) + 1;
        return breakStart - lineStart <= HEADING_LINE_MAX;
    }

    /**
     * Whether {@code [from, to)} ends in sentence punctuation, perhaps closed by quotes or brackets: what
     * {@code [.!?]['")\]]*$} finds there, read from the end. Its {@code $} also matches before a final NEL, the one line
     * terminator that stripping leaves.
     */
    private static boolean endsInTerminal(String text, int from, int to) {
        if (to > from && text.charAt(to - 1) == '\u0085') {
            to--;
        }
        while (to > from && "'\")]".indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        return to > from && ".!?".indexOf(text.charAt(to - 1)) >= 0;
    }

    /**
     * A short paragraph without final punctuation followed by one that carries on in lower case or with
     * punctuation is a piece of a sentence broken out around a link: "recently launched / Accountability,
     * Coherence, and Transparency / (ACT) initiative to ...".
     */
    private static boolean isLinkFragmentMidSentence(String text, int paragraphStart) {
        Matcher nextBreak = TextBlocks.BLANK_LINE.matcher(text);
        if (!nextBreak.find(paragraphStart)) {
            return false;
        }
        String fragment = text.substring(paragraphStart, nextBreak.start()).strip();
        if (WHITE_SPACE.split(fragment).length > FRAGMENT_MAX_WORDS || endsInTerminal(fragment, 0, fragment.length())
                || nextBreak.end() >= text.length()) {
            return false;
        }
        char after = text.charAt(nextBreak.end());
        return Character.isLowerCase(after) || ",;:.()'".indexOf(after) >= 0;
    }

    private static String lastWord(String text, int from, int to) {
        int i = to;
        while (i > from && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return text.substring(i, to).toLowerCase(Locale.ROOT);
    }

    /**
     * The text of a span with every run of whitespace made one space. Most spans of prose have nothing to collapse,
     * and are cut out of the text as they stand instead of copied a character at a time.
     */
    public static String collapse(String text, Span span) {
        String collapsed = isCollapsed(text, span.start(), span.end()) ? text.substring(span.start(), span.end())
                : Tokens.collapseSpaces(text, span.start(), span.end());
        return collapsed.strip();
    }

    /** Whether every run of whitespace ({@link Tokens#isSpace}) in {@code [from, to)} is already one space. */
    private static boolean isCollapsed(String text, int from, int to) {
        boolean afterSpace = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean space = Tokens.isSpace(c);
            if (space && (afterSpace || c != ' ')) {
                return false;
            }
            afterSpace = space;
        }
        return true;
    }
}
