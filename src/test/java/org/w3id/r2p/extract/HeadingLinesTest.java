package org.w3id.r2p.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;

class HeadingLinesTest {
    private final HeadingLines lines = new HeadingLines(new Places());
    private final MetadataExtractor metadata = new MetadataExtractor();

    private HeadingLines.Dateline read(String line, LocalDate reference) {
        return lines.read(line, new Span(0, line.length()), reference);
    }

    private void assertDateline(String line, String date, String place) {
        HeadingLines.Dateline read = read(line, null);
        assertEquals(LocalDate.parse(date), read.date(), line);
        assertEquals(place, read.place(), line);
    }

    @Test
    void readsDatelinesOfPressReleasesAndCommuniques() {
        assertDateline("GENEVA (14 March 2019) - This afternoon the Council began a dialogue.", "2019-03-14", "Geneva");
        assertDateline("GENEVA, 14 March 2019", "2019-03-14", "Geneva");
        assertDateline("ADDIS ABABA, Ethiopia, 12 June 2020 - The Council met.", "2020-06-12", "Addis Ababa");
        assertDateline("Geneva, 12th June 2015", "2015-06-12", "Geneva");
        assertDateline("GOMA, Democratic Republic of the Congo, 3 May 2016 - The mission ended.", "2016-05-03", "Goma");
    }

    @Test
    void readsDateLinesWithoutAPlace() {
        assertDateline("28 JUNE 2021", "2021-06-28", null);
        assertDateline("Monday, 25 June 2018, 10 a.m.", "2018-06-25", null);
        assertDateline("Date: 12 June 2015", "2015-06-12", null);
        assertDateline("May 4 2016", "2016-05-04", null);
    }

    @Test
    void readsADatelineWithThePlaceAfterTheDateAndABylineInItalics() {
        assertDateline("2 July 2019, New York - Statement on behalf of the European Union", "2019-07-02", "New York");
        assertDateline("*Prevention Coalition · Policy brief · 24 September 2013*", "2013-09-24", null);
    }

    @Test
    void aDatelineWithoutAYearNeedsAReferenceDate() {
        String line = "NEW YORK, 5 May (Office of the Special Adviser on the Prevention of Genocide) - The Adviser spoke.";
        assertNull(read(line, null));
        HeadingLines.Dateline read = read(line, LocalDate.of(2016, 5, 3));
        assertEquals(LocalDate.of(2016, 5, 5), read.date());
        assertEquals("New York", read.place());
    }

    @Test
    void aPlaceLineGivesAPlaceAndNoDate() {
        HeadingLines.Dateline read = read("New York, New York", null);
        assertNull(read.date());
        assertEquals("New York", read.place());
        assertNull(read("Protection for the People", null));
    }

    @Test
    void aTitleThatMentionsADateIsNoDateLine() {
        assertNull(read("Statement at the meeting of 5 May 2016 on the prevention of genocide", null));
    }

    @Test
    void aDatelineWithoutAYearTakesTheYearOfTheLatestFullDateInTheDocument() {
        MetadataExtractor.Dating dating = metadata.dating(Document.of("release", """
                Adviser ends visit

                NEW YORK, 5 May (Office of the Special Adviser) - The Special Adviser on Tuesday ended a visit.

                The visit took place from 1 to 3 May 2016.
                """));
        assertEquals(LocalDate.of(2016, 5, 5), dating.date());
        assertEquals("New York", dating.place());
    }

    @Test
    void aStandfirstAboveTheDateLineIsPartOfTheHeading() {
        MetadataExtractor.Dating dating = metadata.dating(Document.of("statement", """
                Joint statement on the prevention of atrocity crimes
                Peru joined the following joint statement, delivered by Chile on behalf of a cross-regional group of States.
                Geneva, 26 September 2023
                Thank you, Mr. President. We speak on behalf of a group of States from every region of the world today.
                """));
        assertEquals(LocalDate.of(2023, 9, 26), dating.date());
        assertEquals("Geneva", dating.place());
    }

    @Test
    void aDateFarBelowTheHeadingIsNotTheDocumentsDate() {
        MetadataExtractor.Dating dating = metadata.dating(Document.of("page", """
                An interview on prevention
                Governments have a duty to protect their populations, and the international community has a duty to help them do so.
                Regional networks help them meet it, by training officials and by sharing what works from one country to the next.
                Related events
                April 9-11, 2024
                """));
        assertNull(dating.date());
    }
}
