package org.w3id.r2p.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PassageTest {
    @Test
    void marksSplitTheTextIntoMatchedAndUnmatchedRuns() {
        Passage passage = Passage.fromMarked("the <genocide> and <mass> atrocities", '<', '>');
        assertEquals(List.of(new Passage.Run("the ", false), new Passage.Run("genocide", true), new Passage.Run(" and ", false),
                new Passage.Run("mass", true), new Passage.Run(" atrocities", false)), passage.runs());
        assertEquals("the genocide and mass atrocities", passage.text());
    }

    @Test
    void textWithoutMarksIsOneUnmatchedRun() {
        assertEquals(List.of(new Passage.Run("no match here", false)), Passage.fromMarked("no match here", '<', '>').runs());
    }
}
