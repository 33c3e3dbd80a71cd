package org.w3id.r2p.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.r2p.corpus.Span;

class DatesTest {
    /** A Thursday. */
    private static final LocalDate THURSDAY = LocalDate.of(2019, 3, 14);

    private static List<Dates.Found> full(String text) {
        return Dates.in(text, new Span(0, text.length()));
    }

    private static Dates.Found only(String text, LocalDate reference) {
        List<Dates.Found> found = Dates.inContext(text, new Span(0, text.length()), reference);
        assertEquals(1, found.size(), () -> text + " gave " + found);
        return found.get(0);
    }

    @Test
    void tellsWhereOnlyAReferenceDateMakesADate() {
        for (String text : List.of("NEW YORK, 5 May (Office of the Spokesperson) -", "5 and 6 October", "Geneva, May 5")) {
            assertTrue(Dates.hasYearless(text, new Span(0, text.length())), text);
        }
        for (String text : List.of("6 September 2017", "New York, September 6, 2017", "it may 5 times", "no date here")) {
            assertFalse(Dates.hasYearless(text, new Span(0, text.length())), text);
        }
    }

    @Test
    void readsUsStyleDatesWithAndWithoutTheComma() {
        for (String text : List.of("The meeting of May 4 2016 was short.", "The meeting of May 4, 2016 was short.",
                "It met on 4 May, 2016.", "It met on the 4th of May 2016.", "It met on Wednesday, May 4, 2016.")) {
            List<Dates.Found> found = full(text);
            assertEquals(1, found.size(), text);
            assertEquals(LocalDate.of(2016, 5, 4), found.get(0).date(), text);
            assertNull(found.get(0).end(), text);
        }
    }

    @Test
    void readsDatesWrittenInCapitalsAndAbbreviated() {
        assertEquals(LocalDate.of(2021, 6, 28), full("28 JUNE 2021").get(0).date());
        assertEquals(LocalDate.of(2017, 9, 6), full("6 Sept. 2017").get(0).date());
    }

    @Test
    void aSpanOfDaysStartsOnItsFirstDayAndKeepsItsLast() {
        String[][] cases = {
                {"The workshop ran 28 February–2 March 2017 in Bangkok.", "2017-02-28", "2017-03-02"},
                {"The workshop ran 28 February - 2 March 2017 in Bangkok.", "2017-02-28", "2017-03-02"},
                {"It was held on 5-6 October 2022.", "2022-10-05", "2022-10-06"},
                {"It was held on 5 and 6 October 2022.", "2022-10-05", "2022-10-06"},
                {"It took place from 3 to 5 July 2019.", "2019-07-03", "2019-07-05"},
                {"It took place on October 5-6, 2022.", "2022-10-05", "2022-10-06"},
                {"It ran from 30 December to 2 January 2020.", "2019-12-30", "2020-01-02"},
                {"It ran from 6 September 2017 to 8 September 2017.", "2017-09-06", "2017-09-08"}};
        for (String[] c : cases) {
            List<Dates.Found> found = full(c[0]);
            assertEquals(1, found.size(), c[0] + " gave " + found);
            assertEquals(LocalDate.parse(c[1]), found.get(0).date(), c[0]);
            assertEquals(LocalDate.parse(c[2]), found.get(0).end(), c[0]);
        }
    }

    @Test
    void twoDaysThatDoNotFollowEachOtherAreNotASpan() {
        Dates.Found found = full("The Council met on 4 and 18 May 2016.").get(0);
        assertEquals(LocalDate.of(2016, 5, 4), found.date());
        assertNull(found.end());
    }

    @Test
    void aDayWithoutAYearTakesTheYearNearestTheDocumentsDate() {
        assertEquals(LocalDate.of(2019, 3, 5), only("The debate of 5 March was long.", THURSDAY).date());
        assertEquals(LocalDate.of(2018, 12, 28), only("The debate of 28 December was long.", LocalDate.of(2019, 1, 4)).date());
        Dates.Found twoDays = only("The meeting, held on 5 and 6 October in Oslo.", LocalDate.of(2022, 10, 10));
        assertEquals(LocalDate.of(2022, 10, 5), twoDays.date());
        assertEquals(LocalDate.of(2022, 10, 6), twoDays.end());
        assertTrue(full("The debate of 5 March was long.").isEmpty(), "no year and no document date: no date");
    }

    @Test
    void mayAsAVerbIsNoMonth() {
        String text = "States may 4 times a year report.";
        assertTrue(Dates.inContext(text, new Span(0, text.length()), THURSDAY).isEmpty());
    }

    @Test
    void todayAndYesterdayAreReadFromTheDocumentsDate() {
        assertEquals(THURSDAY, only("The Council today concluded its debate.", THURSDAY).date());
        assertEquals(THURSDAY, only("The Council this afternoon held a dialogue.", THURSDAY).date());
        assertEquals(THURSDAY.minusDays(1), only("She told the Council yesterday that it must act.", THURSDAY).date());
        assertEquals(THURSDAY.plusDays(1), only("The Council will meet again tomorrow.", THURSDAY).date());
    }

    @Test
    void aWeekdayInAReportIsTheLatestSuchDayOnOrBeforeTheDocumentsDate() {
        assertEquals(LocalDate.of(2019, 3, 12), only("The Council on Tuesday held an open debate.", THURSDAY).date());
        assertEquals(THURSDAY, only("The Council on Thursday held an open debate.", THURSDAY).date());
        assertEquals(LocalDate.of(2019, 3, 8), only("The Council on Friday held an open debate.", THURSDAY).date());
        assertEquals(LocalDate.of(2019, 3, 7), only("They met last Thursday.", THURSDAY).date());
    }

    @Test
    void aWeekdayInANameIsNoDay() {
        String text = "The Good Friday Agreement was recalled at the open debate.";
        assertTrue(Dates.inContext(text, new Span(0, text.length()), THURSDAY).isEmpty());
        assertEquals(LocalDate.of(2019, 3, 12), only("On Tuesday the Council met.", THURSDAY).date());
    }

    @Test
    void aWeekdayInAnAnnouncementIsTheNextSuchDay() {
        assertEquals(LocalDate.of(2019, 3, 19), only("The Council will hold an open debate on Tuesday.", THURSDAY).date());
        assertEquals(LocalDate.of(2019, 3, 21), only("The Council meets again next Thursday.", THURSDAY).date());
    }

    @Test
    void aWeekdayBeforeAFullDateIsPartOfIt() {
        Dates.Found found = only("The dialogue took place on Tuesday, 12 March 2019.", THURSDAY);
        assertEquals(LocalDate.of(2019, 3, 12), found.date());
        assertEquals(LocalDate.of(2019, 3, 12), only("Tuesday 12 March", THURSDAY).date());
    }

    @Test
    void thousandsAndDocumentSymbolsAreNoDays() {
        assertTrue(full("at its 7,512th meeting on resolution A/73/12 May").isEmpty());
    }
}
