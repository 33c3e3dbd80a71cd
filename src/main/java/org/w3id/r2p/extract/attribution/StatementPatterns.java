package org.w3id.r2p.extract.attribution;

import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.TextBlocks;
import org.w3id.r2p.extract.text.StartScan;
import org.w3id.r2p.extract.text.Starts;

/** Shapes of text that mark a statement: a byline in the heading, and interview turns; and where a heading ends. */
public final class StatementPatterns {
    private StatementPatterns() {}

    /** "Statement by Mr. X", "Remarks of the Minister ...", "Intervención de la Delegación de Chile": group 1 is who. */
    static final Pattern BYLINE = Pattern.compile(
            "(?imu)^\\s*(?:statement|remarks|address|intervention|speech|message"
                    + "|declaraci[oó]n|intervenci[oó]n|discurso|d[ée]claration|discours)"
                    + "\\s+(?:by|of|from|de\\s+la|del|de|par|du)\\s+(.+)$");
    /** "Name: what they said" at the start of a line: group 1 is who, group 2 what. */
    static final Pattern TURN = Pattern.compile("(?m)^([^:\\n]{1,40}):\\s+(.+)$");
    private static final StartScan QUESTION_TURN = new StartScan(Pattern.compile("(?m)^[^:\\n]{1,40}:\\s+.+\\?\\s*$"),
            Starts.LINE_START);
    // Tried at line starts, and where "check" stands, only: the heading is read for every document.
    private static final StartScan BYLINE_AT_LINES = new StartScan(BYLINE, Starts.LINE_START);
    private static final StartScan DELIVERY_NOTE = new StartScan(Pattern.compile("(?i)check\\s+against\\s+delivery"),
            Starts.prefixes(true, "check"));

    private static final int HEAD_LINES = 15;
    private static final int HEAD_LINE_MAX = 300;

    /** Where the heading block ends: after the first lines, or before the first long line of prose. */
    public static int headEnd(String text) {
        int seen = 0;
        for (Span line : TextBlocks.lines(text)) {
            if (++seen > HEAD_LINES || line.end() - line.start() > HEAD_LINE_MAX) {
                return line.start();
            }
        }
        return text.length();
    }

    public static boolean isStatementHeading(String head) {
        return BYLINE_AT_LINES.in(head, 0, head.length()).find() || DELIVERY_NOTE.in(head, 0, head.length()).find();
    }

    /** Question-and-answer turns: lines "Interviewer: ...?" */
    public static int turnCount(String text) {
        StartScan.Scan turns = QUESTION_TURN.in(text, 0, text.length());
        int count = 0;
        while (turns.find()) {
            count++;
        }
        return count;
    }
}
