package org.w3id.r2p.extract.persons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class SurnamesTest {
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?<![\\p{L}\\p{M}])\\p{Ll}[\\p{L}\\p{M}]*");

    @Test
    void lowerCaseWordsAreThoseThePatternFinds() {
        for (String text : List.of("The young Price said price is young", "e\u0301tude and Étude, x", "d’Ivoire al-Sabah",
                "𝐀bc d𝐀e", "", "end")) {
            Set<String> words = new HashSet<>();
            Surnames.addLowerCaseWords(text, words);
            assertEquals(LOWER_CASE_WORD.matcher(text).results().map(r -> r.group()).collect(Collectors.toSet()), words, text);
        }
        Set<String> words = new HashSet<>();
        Surnames.addLowerCaseWords("Young and young, Price", words);
        assertEquals(Set.of("and", "young"), words);
    }
}
