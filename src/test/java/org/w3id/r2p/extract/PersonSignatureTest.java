package org.w3id.r2p.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.w3id.r2p.corpus.Span;

/** Where a letter's signatory stands: the closing formula found as the pattern's own find finds it. */
class PersonSignatureTest {
    private static Span byFind(String text) {
        Matcher m = MetadataExtractor.LETTER_CLOSING.matcher(text);
        return m.find() ? new Span(m.end(), Math.min(text.length(), m.end() + 400)) : null;
    }

    @Test
    void findsTheClosingFormulaAsFindDoes() {
        for (String text : List.of(
                "Please accept the assurances of my highest consideration.\n(Signed) Ana Ruiz",
                "Dear Sir,\nYOURS FAITHFULLY\nJ. Smith", "Thanks.\nSincerely,\nMia Chen", "He spoke insincerely, then left.",
                "sincerely, at the start", "No closing here at all.", "")) {
            assertEquals(byFind(text), PersonExtractor.signature(text), text);
        }
        assertNull(PersonExtractor.signature("He spoke insincerely, then left."));
        assertEquals(new Span(18, 29), PersonExtractor.signature("Thanks.\nSincerely,\nMia Chen\n."));
    }

    @Test
    void everyAlternativeOfTheFormulaOpensWithAWordLookedFor() {
        String pattern = MetadataExtractor.LETTER_CLOSING.pattern().replaceFirst("^\\(\\?[a-z]+\\)", "");
        List<String> alternatives = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alternatives.add(pattern.substring(start, i));
                start = i + 1;
            }
        }
        alternatives.add(pattern.substring(start));
        for (String alternative : alternatives) {
            String opening = alternative.replaceFirst("^\\^", "");
            assertTrue(PersonExtractor.CLOSING_OPENINGS.stream().anyMatch(opening::startsWith), alternative);
        }
    }
}
