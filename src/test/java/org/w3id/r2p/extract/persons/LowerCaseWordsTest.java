package org.w3id.r2p.extract.persons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class LowerCaseWordsTest {
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?<![\\p{L}\\p{M}])\\p{Ll}[\\p{L}\\p{M}]*");
    private static final List<String> TEXTS = List.of("The young Price said price is young", "e\u0301tude and Étude, x",
            "d’Ivoire al-Sabah", "𝐀bc d𝐀e", "", "end", "youngest young-ish Young, young", "x𝐚b 𝐚b a𝐚b", "\uDC00ab \uD800ab");

    @Test
    void allAreThoseThePatternFinds() {
        for (String text : TEXTS) {
            Set<String> words = new HashSet<>();
            LowerCaseWords.addAll(text, words);
            assertEquals(LOWER_CASE_WORD.matcher(text).results().map(r -> r.group()).collect(Collectors.toSet()), words, text);
        }
        Set<String> words = new HashSet<>();
        LowerCaseWords.addAll("Young and young, Price", words);
        assertEquals(Set.of("and", "young"), words);
    }

    @Test
    void containsWhatThePatternFindsAndNothingElse() {
        for (String text : TEXTS) {
            Set<String> all = LOWER_CASE_WORD.matcher(text).results().map(r -> r.group()).collect(Collectors.toSet());
            LowerCaseWords words = new LowerCaseWords(text);
            // Every piece of the text is asked about: the words found, and parts and runs that are not words.
            for (int i = 0; i < text.length(); i++) {
                for (int j = i; j <= text.length(); j++) {
                    String piece = text.substring(i, j);
                    assertEquals(all.contains(piece), words.contains(piece), text + ": '" + piece + "'");
                }
            }
        }
    }

    @Test
    void aCapitalisedOrLongerWordIsNotTheWord() {
        LowerCaseWords words = new LowerCaseWords("Young delegates, the youngest, and Price's price-list");
        assertFalse(words.contains("young"));
        assertTrue(words.contains("price"));
        assertTrue(words.contains("delegates"));
        assertTrue(words.contains("list")); // after a hyphen, a word of its own
        assertFalse(words.contains("Price"));
    }
}
