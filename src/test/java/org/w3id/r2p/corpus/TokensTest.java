package org.w3id.r2p.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class TokensTest {
    /** The definition the class documents, as a regular expression. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|\\S");

    @Test
    void cutsAsTheRegularExpressionWouldInAnyScript() {
        String text = "Côte d\u2019Ivoire, x\u00b2+1\u00a0Åland\t\ud835\udc00bc 7,512th capacity-building \u0661\u0662 ok.";
        Tokens tokens = Tokens.of(text);
        List<String> expected = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            expected.add(m.group() + "@" + m.start());
        }
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            actual.add(tokens.get(i) + "@" + tokens.start(i));
        }
        assertEquals(expected, actual);
        assertEquals("\ud835\udc00bc", tokens.get(actual.indexOf("\ud835\udc00bc@" + text.indexOf('\ud835'))));
    }

    @Test
    void theLastTextOfAThreadIsCutOnce() {
        String text = "Women, Peace and Security";
        Tokens first = Tokens.of(text);
        assertSame(first, Tokens.of(text));
        Tokens equalText = Tokens.of(new String(text));
        assertNotSame(first, equalText);
        assertEquals(5, equalText.size());
        assertEquals("Security", equalText.get(4));
    }

    @Test
    void letterRunsEndAtANonLetterOrTheLimit() {
        assertEquals(4, Tokens.letterRunEnd("said, he", 0, 8));
        assertEquals(2, Tokens.letterRunEnd("said", 0, 2));
        assertEquals(8, Tokens.letterRunEnd("said, he", 6, 8));
    }

    @Test
    void collapsedSpacesAreWhatTheRegularExpressionGives() {
        String text = "  the\t\tCouncil \n\n met\u00A0today\r\n";
        assertEquals(text.replaceAll("\\s+", " "), Tokens.collapseSpaces(text, 0, text.length()));
        assertEquals("Council met", Tokens.collapseSpaces(text, 7, 21));
    }
}
