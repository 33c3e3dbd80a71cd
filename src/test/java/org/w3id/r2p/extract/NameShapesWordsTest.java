package org.w3id.r2p.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.r2p.corpus.Span;

class NameShapesWordsTest {
    @Test
    void wordsAreThoseOfTheWordPattern() {
        String text = "Fact\u2011Finding  Côte d’Ivoire's -x 7,512th \ud83d\ude00a \ud835\udc00b \u00b2\u2010 'quoted' U.N.\n\u0661\u0662";
        List<String> expected = NameShapes.WORD.matcher(text).results().map(r -> r.group() + "@" + r.start()).toList();
        List<String> actual = NameShapes.words(text).stream().map(w -> w.word() + "@" + w.start()).toList();
        assertEquals(expected, actual);
        assertEquals(List.of("Fact\u2011Finding@0"), actual.subList(0, 1));
    }

    @Test
    void collapseMakesEveryRunOfWhitespaceOneSpace() {
        String text = " \tEarly \n\n warning\u00a0 system \r\n";
        assertEquals("Early warning\u00a0 system", TextUnits.collapse(text, new Span(0, text.length())));
        assertEquals("warning", TextUnits.collapse(text, new Span(9, 18)));
        for (int end = 0; end <= text.length(); end++) {
            Span span = new Span(0, end);
            assertEquals(span.of(text).replaceAll("\\s+", " ").strip(), TextUnits.collapse(text, span));
        }
        // Spans with nothing to collapse are cut out as they stand; strip still takes a wide space at an end.
        String single = "\u2003Côte d’Ivoire said: early warning, now.\u2003";
        for (int start = 0; start <= single.length(); start++) {
            for (int end = start; end <= single.length(); end++) {
                Span span = new Span(start, end);
                assertEquals(span.of(single).replaceAll("\\s+", " ").strip(), TextUnits.collapse(single, span));
            }
        }
    }
}
