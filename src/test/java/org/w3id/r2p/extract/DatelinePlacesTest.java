package org.w3id.r2p.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.r2p.corpus.Document;

/** The city of a dateline or a heading is a place, never a person, in capitals or not. */
class DatelinePlacesTest {
    private final DocumentExtractor extractor = DocumentExtractor.standard();

    private List<String> persons(String text) {
        return extractor.extract(Document.of("d", text)).mentions().stream()
                .filter(m -> m.kind() == EntityKind.PERSON).map(m -> m.entity().key()).distinct().toList();
    }

    @Test
    void aDatelineCityIsNoPerson() {
        assertEquals(List.of("Lena Okafor"), persons("""
                GENEVA (14 March 2019) - The Special Adviser on the Prevention of Genocide, Lena Okafor, said today \
                that hate speech was a warning sign.
                """));
        assertEquals(List.of(), persons("""
                ADDIS ABABA, Ethiopia, 12 June 2020 - The Chairperson of the Commission welcomed the report.
                """));
        assertEquals(List.of("Tomas Berg"), persons("""
                NEW YORK, 5 May (Office of the Special Adviser) - Ambassador Tomas Berg, President of the Council, \
                opened the meeting on 3 May 2016.
                """));
    }

    @Test
    void aPlaceLineInALetterIsNoSignatory() {
        assertEquals(List.of("Ana Ruiz Pardo"), persons("""
                Excellency,

                I have the honour to transmit the summary of the dialogue.

                Please accept, Excellency, the assurances of my highest consideration.

                Addis Ababa

                Ana Ruiz Pardo
                """));
    }

    @Test
    void aTitledSurnameThatIsAlsoACityIsAPerson() {
        assertEquals(List.of("Lima"), persons("""
                1. Mr. Lima (Brazil): My delegation welcomes the report.
                """));
    }

    @Test
    void aHeadingPlaceBesideARoleIsNoPerson() {
        assertEquals(List.of("Karin Holm"), persons("""
                Statement by Ms. Karin Holm
                New York, 6 September 2017
                Buenos Aires, Chair of the regional network, hosted the last meeting.
                """));
    }
}
