package org.w3id.r2p.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void readsLetterRunsInLowerCase() {
        assertEquals(List.of("the", "côte", "d", "ivoire", "delegation"), Words.lower("The Côte d'Ivoire-delegation, 2024"));
        assertEquals(List.of(), Words.lower(" , 12 ;"));
        String text = "A 𝐀bc and Éé";
        List<String> byRegex = Pattern.compile("[\\p{L}]+").matcher(text).results()
                .map(r -> r.group().toLowerCase(Locale.ROOT)).toList();
        assertEquals(byRegex, Words.lower(text));
    }

    @Test
    void readsTheLastWordBeforeWhiteSpaceOnly() {
        assertEquals("representative", Words.last("the representative \n", 0, 20));
        assertEquals("", Words.last("Chile, ", 0, 7));
        assertEquals("ile", Words.last("Chile", 2, 5));
        assertEquals("", Words.last("", 0, 0));
        Pattern lastWord = Pattern.compile("([\\p{L}]+)[\\s\\n]*\\z");
        for (String s : List.of("a b", "said ", "x.", "  ", "Côte\t", "12 ab\r\n")) {
            Matcher m = lastWord.matcher(s);
            assertEquals(m.find() ? m.group(1) : "", Words.last(s, 0, s.length()), s);
        }
    }

    @Test
    void readsTheOpeningLettersOfAWord() {
        assertEquals("took", Words.opening("took note"));
        assertEquals("co", Words.opening("co-sponsored"));
        assertTrue(Words.isLetters("said"));
        assertFalse(Words.isLetters("called for"));
    }
}
