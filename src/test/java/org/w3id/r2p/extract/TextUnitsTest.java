package org.w3id.r2p.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.r2p.corpus.Span;

class TextUnitsTest {
    private static List<String> sentences(String text) {
        return TextUnits.sentences(text).stream().map(s -> TextUnits.collapse(text, s)).toList();
    }

    @Test
    void doesNotEndSentencesAtTitlesOrInitials() {
        assertEquals(List.of("Mr. Adama Dieng and H.E. Mr. Peter Thomson spoke.", "Jan A. Eliasson agreed."),
                sentences("Mr. Adama Dieng and H.E. Mr. Peter Thomson spoke. Jan A. Eliasson agreed."));
    }

    @Test
    void joinsSentencesBrokenAroundLinks() {
        assertEquals(List.of("The government of France raised its proposal."),
                sentences("The government of\n\nFrance\n\nraised its proposal."));
    }

    @Test
    void endsSentencesAtHeadings() {
        assertEquals(List.of("Crises and the use of the veto", "As the subject was prevention, speakers spoke."),
                sentences("Crises and the use of the veto\n\nAs the subject was prevention, speakers spoke."));
    }

    @Test
    void keepsParagraphNumbersWithTheirSentence() {
        assertEquals(List.of("2. H.E. Mr. Peter Thomson noted this.", "3. He observed that."),
                sentences("2. H.E. Mr. Peter Thomson noted this.\n\n3. He observed that."));
    }

    @Test
    void doesNotEndSentencesAtABreakAfterAnAbbreviation() {
        assertEquals(List.of("Statement by Mr. Smith of Kenya."), sentences("Statement by Mr.\nSmith of Kenya."));
        assertEquals(List.of("Remarks (by Mr.) Smith spoke."), sentences("Remarks (by Mr.)\nSmith spoke."));
        // a NEL before the break is no whitespace, but a regular expression's end of line stands before it
        assertEquals(List.of("Remarks by Mr.\u0085 Smith spoke."), sentences("Remarks by Mr.\u0085\nSmith spoke."));
        assertEquals(List.of("Remarks by the Chair\u0085", "The Council met."),
                sentences("Remarks by the Chair\u0085\nThe Council met."));
    }

    @Test
    void readsABreakWithBlankLinesAndIndentsAsOne() {
        assertEquals(List.of("Statement by the Chair", "The Council met."),
                sentences("Statement by the Chair \n \t\n\nThe Council met."));
        assertEquals(List.of(new Span(0, 22), new Span(28, 44)), TextBlocks.lines("Statement by the Chair \n \t\n\nThe Council met."));
    }

    @Test
    void splitsParagraphsAtBlankLines() {
        String text = "One\nline.\n\n  Two.\n";
        assertEquals(List.of(new Span(0, 9), new Span(13, 17)), TextBlocks.paragraphs(text));
        // Line breaks that end no paragraph, runs of blank lines, blanks between breaks, a break at either end.
        String many = "\nA\nb \n \t\n\n C\n\n\n\nD\r\n\r\nE \n\t \n";
        assertEquals(List.of(new Span(1, 4), new Span(11, 12), new Span(16, 22)),
                TextBlocks.paragraphs(many));
    }
}
