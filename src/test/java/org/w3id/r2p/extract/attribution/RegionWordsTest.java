package org.w3id.r2p.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class RegionWordsTest {
    private static List<String> words(String text, int from, int to) {
        RegionWords region = RegionWords.of(text, from, to);
        List<String> words = new ArrayList<>();
        for (int w = 0; w < region.count(); w++) {
            words.add(text.substring(region.start(w), region.end(w)));
        }
        return words;
    }

    @Test
    void cutsLetterRunsAtTheRegionsBounds() {
        String text = "Mr. Ban-Ki said: “Côte d’Ivoire, 2024!”";
        assertEquals(List.of("Mr", "Ban", "Ki", "said", "Côte", "d", "Ivoire"), words(text, 0, text.length()));
        // A region may start or end inside a word: its part there is a word of the region.
        assertEquals(List.of("an", "Ki", "sa"), words(text, 5, 13));
    }

    @Test
    void hashesAWordAsItsStringIsHashed() {
        String text = "the Speaker said";
        RegionWords region = RegionWords.of(text, 0, text.length());
        assertEquals(RegionWords.hash("Speaker", false), region.hash(1, false));
        assertEquals(RegionWords.hash("speaker", true), region.hash(1, true));
        assertEquals(RegionWords.hash("SPEAKER", true), region.hash(1, true));
        assertNotEquals(RegionWords.hash("speaker", false), region.hash(1, false));
    }

    @Test
    void keepsTheLastRegionReadAndIsThatRegionAsText() {
        String text = "He spoke. She said.";
        RegionWords first = RegionWords.of(text, 10, text.length());
        assertSame(first, RegionWords.of(text, 10, text.length()));
        assertEquals("She said.", first.toString());
        assertEquals('S', first.charAt(0));
        assertEquals(9, first.length());
        Matcher m = first.matcher(10_000, Pattern.compile("(?<![\\p{L}])[Ss]he"));
        m.region(0, first.length());
        assertEquals(true, m.lookingAt());
        // The same matcher on the next region read: it sees that region only.
        RegionWords.of(text, 0, 9);
        m.region(0, 9);
        assertEquals(false, m.lookingAt());
    }
}
