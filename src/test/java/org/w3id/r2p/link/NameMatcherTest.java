package org.w3id.r2p.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NameMatcherTest {
    private final NameMatcher matcher = NameMatcher.of(Map.of(
            "Guinea", "GIN", "Papua New Guinea", "PNG", "Guinea-Bissau", "GNB", "Côte d'Ivoire", "CIV", "U.S.", "USA"));

    private List<String> keys(String text) {
        return matcher.find(text).stream().map(NameMatcher.Match::key).toList();
    }

    @Test
    void theLongestNameWinsAndMatchesDoNotOverlap() {
        assertEquals(List.of("PNG", "GNB", "GIN"), keys("Papua New Guinea, Guinea-Bissau and Guinea"));
    }

    @Test
    void anyWhitespaceBetweenWordsAndEitherApostrophe() {
        List<NameMatcher.Match> found = matcher.find("Papua\n New Guinea and Côte d’Ivoire");
        assertEquals(List.of("PNG", "CIV"), found.stream().map(NameMatcher.Match::key).toList());
        assertEquals("Côte d’Ivoire", found.get(1).name());
        assertEquals(22, found.get(1).span().start());
    }

    @Test
    void onlyWholeWordsWrittenAsListed() {
        assertEquals(List.of(), keys("Guineas, guinea, Côte d'Ivoirean"));
        assertEquals(List.of("GIN"), keys("Guinea -Bissau, Guinea - Bissau").subList(0, 1));
        assertEquals(List.of("USA"), keys("the U.S. said"));
        assertEquals(List.of(), keys("the U.S.A said"));
    }

    @Test
    void aNameMustStartWithALetterOrDigit() {
        assertThrows(IllegalArgumentException.class, () -> NameMatcher.of(Map.of("'t Hooft", "X")));
    }
}
