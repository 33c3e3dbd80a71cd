package org.w3id.r2p.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.r2p.corpus.Span;

class PillarsAndDatesTest {
    @Test
    void findsPillarsByOrdinalNumberAndRomanNumeral() {
        assertEquals(List.of(Pillar.ONE), Pillars.in("focused on the first pillar of the norm"));
        assertEquals(List.of(Pillar.TWO), Pillars.in("the proposal of pillar two"));
        assertEquals(List.of(Pillar.THREE), Pillars.in("measures under Pillar III"));
        assertEquals(List.of(Pillar.ONE, Pillar.TWO), Pillars.in("pillars one and two"));
        assertEquals(List.of(Pillar.TWO, Pillar.THREE), Pillars.in("the second and third pillars"));
    }

    @Test
    void theThreePillarsOfTheUnitedNationsAreNotR2pPillars() {
        assertTrue(Pillars.in("the three pillars of the United Nations").isEmpty());
    }

    @Test
    void readsDatesInTheUsualEnglishForms() {
        for (String text : List.of("6 September 2017", "Wednesday, 6 September 2017", "September 6, 2017", "2017-09-06", "6th September 2017")) {
            List<Dates.Found> found = Dates.in(text, new Span(0, text.length()));
            assertEquals(1, found.size(), text);
            assertEquals(LocalDate.of(2017, 9, 6), found.get(0).date(), text);
        }
    }

    @Test
    void ignoresImpossibleDates() {
        String text = "31 February 2017";
        assertTrue(Dates.in(text, new Span(0, text.length())).isEmpty());
    }
}
