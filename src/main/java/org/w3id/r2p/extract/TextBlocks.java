package org.w3id.r2p.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Span;

/** Paragraphs and lines of a document's text, trimmed; sentences are {@link TextUnits}' work. */
public final class TextBlocks {
    static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n\\s*");

    private TextBlocks() {}

    /**
     * Blocks of text separated by blank lines, trimmed, in order. The separator is tried only at line breaks,
     * found by {@link String#indexOf(int, int)}, where {@code find} would try it at every character.
     */
    public static List<Span> paragraphs(String text) {
        List<Span> paragraphs = new ArrayList<>();
        Matcher m = BLANK_LINE.matcher(text);
        int start = 0;
        int at = text.indexOf('\n');
        while (at >= 0) {
            if (m.region(at, text.length()).lookingAt()) {
                addTrimmed(text, start, at, paragraphs);
                start = m.end();
                at = text.indexOf('\n', start);
            } else {
                at = text.indexOf('\n', at + 1);
            }
        }
        addTrimmed(text, start, text.length(), paragraphs);
        return paragraphs;
    }

    private static final LastComputed<String, List<Span>> LAST_LINES = new LastComputed<>(t -> List.copyOf(splitLines(t)));

    /**
     * Lines of text, trimmed, without empty ones; an unmodifiable list. A document's title, date, kind, event and
     * statements are each read from its lines, so the last split is kept.
     */
    public static List<Span> lines(String text) {
        return LAST_LINES.get(text);
    }

    private static List<Span> splitLines(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                addTrimmed(text, start, i, lines);
                start = i + 1;
            }
        }
        return lines;
    }

    /** Adds the span from {@code start} to {@code end} without its leading and trailing whitespace, if any is left. */
    static void addTrimmed(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            out.add(new Span(start, end));
        }
    }
}
