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
    void splitsParagraphsAtBlankLines() {
        String text = "One\nline.\n\n  Two.\n";
        assertEquals(List.of(new Span(0, 9), new Span(13, 17)), TextUnits.paragraphs(text));
    }
}
