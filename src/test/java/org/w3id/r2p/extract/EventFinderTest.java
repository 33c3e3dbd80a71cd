package org.w3id.r2p.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.w3id.r2p.corpus.Document;

class EventFinderTest {
    private final MetadataExtractor metadata = new MetadataExtractor();

    private EventFinding event(String text) {
        return metadata.dating(Document.of("d", text)).event();
    }

    @Test
    void todayInMeetingsCoverageIsTheReleasesDate() {
        EventFinding event = event("""
                GA/12345
                27 JUNE 2019

                Assembly Ends Debate

                The General Assembly today concluded its debate on the responsibility to protect.
                """);
        assertEquals("general-assembly-debate", event.kind());
        assertEquals(LocalDate.of(2019, 6, 27), event.date());
    }

    @Test
    void aNumberedMeetingOfAnOrganIsAnEventOnTheReleasesDate() {
        EventFinding event = event("""
                12 MAY 2023

                Officials Brief Council

                Briefing the Security Council's 7,512th meeting, the Under-Secretary-General said that civilians paid the price.
                """);
        assertEquals("security-council-meeting-7512", event.kind());
        assertEquals("Security Council, 7,512th meeting", event.label());
        assertEquals(LocalDate.of(2023, 5, 12), event.date());
    }

    @Test
    void theOrganOfAMeetingHeadingComesFromThePressReleaseSymbol() {
        EventFinding event = event("""
                73RD SESSION, 97TH & 98TH MEETINGS (AM & PM)
                GA/12345
                27 JUNE 2019

                Speakers Weigh Prevention

                Delegates spoke about early warning.
                """);
        assertEquals("general-assembly-plenary-meeting-97", event.kind());
        assertEquals("General Assembly, 97th plenary meeting", event.label());
        assertEquals(LocalDate.of(2019, 6, 27), event.date());
    }

    @Test
    void theDocumentsOwnDateLineIsNotTheMeetingsDate() {
        EventFinding event = event("""
                Chair's summary of the ministerial meeting on prevention
                10 October 2022
                The ministerial meeting, held on 5 and 6 October in New York, gathered thirty States.
                """);
        assertEquals("ministerial-meeting", event.kind());
        assertEquals(LocalDate.of(2022, 10, 5), event.date());
        assertEquals(LocalDate.of(2022, 10, 6), event.end());
        assertEquals("New York", event.place());
    }

    @Test
    void aStatementThatRecallsAnotherMeetingIsAboutItsOwn() {
        EventFinding event = event("""
                Statement at the informal interactive dialogue on the responsibility to protect
                New York, 6 September 2017
                Mr. President, as my delegation said at the open debate on 12 May 2017, prevention starts at home.
                """);
        assertEquals("informal-interactive-dialogue", event.kind());
        assertEquals(LocalDate.of(2017, 9, 6), event.date());
        assertEquals("New York", event.place());
    }

    @Test
    void aWeekdayGivesTheDayOfTheMeetingANewsStoryReports() {
        EventFinding event = event("""
                16 March 2023
                Council weighs tools to prevent atrocities
                The Security Council on Tuesday held an open debate on the prevention of atrocity crimes.
                """);
        assertEquals("open-debate", event.kind());
        assertEquals(LocalDate.of(2023, 3, 14), event.date());
    }

    @Test
    void anInteractiveDialogueOfTheHumanRightsCouncilIsNotTheAssemblysDialogue() {
        EventFinding event = event("""
                GENEVA (14 March 2019) - This afternoon the Human Rights Council began its interactive dialogue with the Special Adviser.
                """);
        assertEquals("human-rights-council-interactive-dialogue", event.kind());
        assertEquals(LocalDate.of(2019, 3, 14), event.date());
    }

    @Test
    void aMeetingOverSeveralDaysStartsOnItsFirstDay() {
        EventFinding event = event("""
                The regional workshop on early warning took place in Bangkok, 28 February - 2 March 2017.
                """);
        assertEquals(LocalDate.of(2017, 2, 28), event.date());
        assertEquals(LocalDate.of(2017, 3, 2), event.end());
        assertEquals("Bangkok", event.place());
    }

    @Test
    void aVerbatimRecordsMeetingTakesItsOrganFromTheHeading() {
        EventFinding event = event("""
                General Assembly                                   Official Records
                Seventy-fifth session
                66th plenary meeting
                Tuesday, 18 May 2021, 3 p.m.
                New York
                The Acting President: I give the floor to the representative of Peru.
                """);
        assertEquals("general-assembly-plenary-meeting-66", event.kind());
        assertEquals(LocalDate.of(2021, 5, 18), event.date());
    }

    @Test
    void theMeetingADocumentsDatelineNamesIsItsEvent() {
        EventFinding event = event("""
                EU Statement on the responsibility to protect
                2 July 2019, New York - Statement on behalf of the European Union at the General Assembly Plenary Debate on the Responsibility to Protect
                Mr. President,
                """);
        assertEquals("general-assembly-debate", event.kind());
        assertEquals(LocalDate.of(2019, 7, 2), event.date());
    }

    @Test
    void aNetworksAnnualMeetingHeldTodayAndAMinisterialRoundtable() {
        assertEquals("annual-meeting", event("""
                14 June 2023
                Message to the focal points
                Following is the message to the tenth annual meeting of the network of focal points, delivered in Accra today:
                """).kind());
        assertEquals("ministerial-meeting", event("""
                REMARKS AT THE MINISTERIAL ROUNDTABLE ON PREVENTION
                New York, 21 September 2016
                """).kind());
    }

    @Test
    void aSpanOfDaysThatHoldsTheDayNamedIsTheMeetings() {
        EventFinding event = event("""
                Press release
                3 March 2021
                Committee closes meeting
                KAMPALA, 28 February - 2 March 2021 - The regional committee closed its twelfth ordinary meeting on Tuesday with recommendations.
                """);
        assertEquals("ordinary-meeting", event.kind());
        assertEquals(LocalDate.of(2021, 2, 28), event.date());
        assertEquals(LocalDate.of(2021, 3, 2), event.end());
    }

    @Test
    void noDateNoEvent() {
        assertNull(event("""
                Notes on prevention
                Delegates spoke at the open debate about early warning.
                """));
    }
}
