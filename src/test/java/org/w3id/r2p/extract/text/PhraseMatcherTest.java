package org.w3id.r2p.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
    private final PhraseMatcher<String> matcher = PhraseMatcher.<String>builder()
            .add("early warning", "warning", false)
            .add("capacity-building", "capacity", false)
            .add("ICC", "court", true)
            .add("Women, Peace and Security", "wps", false)
            .add("prevent", "prevention", false)
            .build();

    @Test
    void phrasesMatchAsWholeWordsAcrossAnyWhitespace() {
        assertEquals(Set.of("warning"), matcher.valuesIn("Early \n  WARNING systems"));
        assertEquals(Set.of(), matcher.valuesIn("preventive earlywarning"));
        assertEquals(Set.of("prevention"), matcher.valuesIn("(prevent)"));
    }

    @Test
    void punctuationInsideAPhraseMustBeAsWritten() {
        assertEquals(Set.of("capacity"), matcher.valuesIn("Capacity-building"));
        assertEquals(Set.of(), matcher.valuesIn("capacity - building"));
        assertEquals(Set.of("wps"), matcher.valuesIn("women,  peace and security"));
        assertEquals(Set.of(), matcher.valuesIn("women peace and security"));
    }

    @Test
    void caseSensitivePhrasesMatchOnlyAsWritten() {
        assertEquals(Set.of("court"), matcher.valuesIn("the ICC's docket"));
        assertEquals(Set.of(), matcher.valuesIn("an icc or Icc"));
    }

    @Test
    void aNoBreakSpaceIsNotWhitespaceBetweenWords() {
        assertEquals(Set.of(), matcher.valuesIn("early\u00A0warning"));
    }

    @Test
    void valuesComeInOrderOfFirstOccurrence() {
        assertEquals("[court, warning, prevention]",
                matcher.valuesIn("ICC early warning to prevent; early warning").toString());
    }

    @Test
    void laterWordsLowerAsTheFirstDoesInAnyScript() {
        PhraseMatcher<String> wide = PhraseMatcher.<String>builder()
                .add("early warning", "warning", false)
                .add("Côte d’Ivoire", "civ", false)
                .add("Mission in CÔTE", "mission", true)
                .build();
        assertEquals(Set.of("warning", "civ"), wide.valuesIn("EARLY WarNing in CÔTE D’IVOIRE"));
        assertEquals(Set.of("mission"), wide.valuesIn("Mission in CÔTE"));
        assertEquals(Set.of(), wide.valuesIn("Mission in Côte, early warnings"));
        // The Kelvin sign lowers to "k" outside ASCII: no ASCII shortcut may decide it.
        PhraseMatcher<String> kelvin = PhraseMatcher.<String>builder().add("early kit", "kit", false).build();
        assertEquals(Set.of("kit"), kelvin.valuesIn("early \u212Ait"));
        assertEquals(Set.of(), kelvin.valuesIn("early kits"));
    }
}
