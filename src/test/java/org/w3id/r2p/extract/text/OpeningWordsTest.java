package org.w3id.r2p.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class OpeningWordsTest {
    @Test
    void alternativesAndGroupsGiveTheirLeadingLetters() {
        assertEquals(List.of("plenary", "formal", "open"), OpeningWords.of("(?:plenary|formal)\\s+debate|open\\s+debate"));
        assertEquals(List.of("human", "interactive"), OpeningWords.of(
                "human\\s+rights\\s+council\\b[^.\\n]{0,80}?\\binteractive\\s+dialogue|interactive\\s+dialogue\\b[^|]"));
        assertEquals(List.of("di", "high", "informal"), OpeningWords.of("di[a\u00e1]logo|high-level|informal,?\\s+x"));
        assertEquals(List.of("the"), OpeningWords.of("the\\s+assembly(?!\\s+of)"));
    }

    @Test
    void aLetterAQuantifierMayLeaveOutIsNotAnOpening() {
        assertEquals(List.of("colo"), OpeningWords.of("colou?r"));
        assertEquals(List.of("ab"), OpeningWords.of("abc*d"));
        assertEquals(List.of("ab"), OpeningWords.of("ab+"));
    }

    @Test
    void openingsThatCannotBeReadSoAreRefused() {
        for (String phrase : List.of("[Tt]he", "\\bthe", "(?:the)?\\s*debate", "a?b", "debate|(?=x)y", "x|", "(?:a|)b")) {
            assertThrows(IllegalArgumentException.class, () -> OpeningWords.of(phrase), phrase);
        }
    }

    @Test
    void aScanOnTheOpeningsFindsWhatTheWholePatternFinds() {
        String phrase = "(?:regional|global)\\s+forum|arria[-\\s]formula\\s+meeting|high-level\\s+event";
        Pattern pattern = Pattern.compile("(?i)\\b(?:" + phrase + ")\\b");
        StartScan scan = new StartScan(pattern, Starts.prefixes(true, OpeningWords.of(phrase)));
        String text = "The GLOBAL forum, an Arria-formula meeting and a high-level event; globalforum, regional  Forum.";
        List<String> expected = pattern.matcher(text).results().map(m -> m.start() + "-" + m.end()).toList();
        StartScan.Scan s = scan.in(text, 0, text.length());
        List<String> found = new java.util.ArrayList<>();
        while (s.find()) {
            found.add(s.start() + "-" + s.end());
        }
        assertEquals(4, expected.size());
        assertEquals(expected, found);
    }
}
