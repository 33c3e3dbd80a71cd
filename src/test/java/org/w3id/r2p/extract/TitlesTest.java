package org.w3id.r2p.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.r2p.corpus.Corpus;
import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;

class TitlesTest {
    private final Titles titles = new Titles(new HeadingLines(new Places()));

    private String title(String text) {
        return titles.title(Document.of("d", text), Found.NOTHING);
    }

    @Test
    void skipsThePageFurnitureOfAMeetingsCoverageRelease() {
        assertEquals("Assembly Ends Annual Debate on Protecting Populations", title("""
                Meetings Coverage and Press Releases
                Skip to main content
                العربية 中文 English Français Русский Español
                Home > Meetings Coverage > General Assembly
                73RD SESSION, 97TH & 98TH MEETINGS (AM & PM)
                GA/12345
                27 JUNE 2019
                Assembly Ends Annual Debate on Protecting Populations
                *Delegates Stress National Ownership of Prevention*
                The General Assembly today concluded its debate.
                """));
        assertEquals("Council Hears Call for Early Action", title("""
                8,123RD MEETING (AM)
                SC/15312
                Council Hears Call for Early Action
                """));
    }

    @Test
    void knowsFurnitureByItsFormNotOnlyByItsWords() {
        for (String line : List.of("Share", "Print", "Check against delivery", "[Check against delivery]", "As delivered",
                "Seventy-seventh Session,", "91st Meeting (AM)", "Home / Statements / 2019", "SG/SM/19624",
                "English | Français | Español", "Excellency,", "Mr. President,", "*Speakers urge restraint*",
                "<Check against delivery>", "--")) {
            assertTrue(titles.isFurniture(line), line);
        }
        for (String line : List.of("Statements on the responsibility to protect", "Human Rights Council 29th session",
                "Sharing the burden of prevention")) {
            assertTrue(!titles.isFurniture(line), line);
        }
    }

    @Test
    void aHeadlineBeforeTheSiteNameIsTheTitleAMenuIsNot() {
        assertEquals("Envoys weigh tools to prevent atrocities", title("""
                Envoys weigh tools to prevent atrocities | UN News
                """));
        assertEquals("Statement by Peru", title("""
                Home | Press | Français
                Statement by Peru
                """));
    }

    @Test
    void aStatementsDeliveryNoteAndMarkdownMarksAreNotItsTitle() {
        assertEquals("EU Statement on the prevention of genocide", title("""
                Check against delivery

                # EU Statement on the prevention of genocide
                """));
    }

    @Test
    void letterheadsInCapitalsAreNotTitlesButATitleInCapitalsIs() {
        assertEquals("Statement by the delegation of Peru", title("""
                PERMANENT MISSION OF PERU TO THE UNITED NATIONS
                Statement by the delegation of Peru
                """));
        assertEquals("REMARKS AT THE MINISTERIAL ROUNDTABLE ON PREVENTION: \"WARNING AND ACTION\"", title("""
                UNITED NATIONS        NATIONS UNIES
                THE SECRETARY-GENERAL
                --
                REMARKS AT THE MINISTERIAL ROUNDTABLE ON PREVENTION:
                "WARNING AND ACTION"
                New York, 21 September 2016
                """));
        assertEquals("COUNCIL HEARS THAT ATTACKS ON CIVILIANS CONTINUE, HOLDS DIALOGUE WITH THE COMMISSION", title("""
                Meeting summaries
                18 September 2018
                COUNCIL HEARS THAT ATTACKS ON CIVILIANS CONTINUE, HOLDS DIALOGUE WITH THE COMMISSION
                """));
    }

    @Test
    void anOfficesAddressAndReferenceAreNotTitles() {
        assertEquals("Regional committee closes its meeting with an appeal to fund national committees", title("""
                Executive Secretariat - Kampala
                P. O. Box 1000   Telephone: +256 000 0000
                Ref.: ABC/ES/COM/001/2021
                Regional committee closes its meeting with an appeal to fund national committees
                """));
    }

    @Test
    void aSectionLabelAndASalutationAreNotTitles() {
        assertEquals("Warnings count only if someone acts on them", title("""
                Secretary-General
                SG/SM/21843
                Warnings count only if someone acts on them
                """));
        assertEquals("Remarks on prevention", title("""
                Minister Ruiz, Minister Dahl,
                Remarks on prevention
                """));
    }

    @Test
    void aLineThatOnlyNamesAnOrganizationIsALetterhead() {
        Document document = Document.of("d", """
                Coalition for Civilian Protection
                Assembly holds its ninth dialogue on the responsibility to protect
                """);
        Found letterhead = Found.of(List.of(new Mention(new EntityRef(EntityKind.ORGANIZATION, "Coalition for Civilian Protection"),
                "Coalition for Civilian Protection", new Span(0, 33), "d")));
        assertEquals("Assembly holds its ninth dialogue on the responsibility to protect", titles.title(document, letterhead));
    }

    @Test
    void aMarkdownHeadingIsTheTitleAndABoldSentenceInTheBodyIsNot() {
        assertEquals("Summary of the fifth dialogue on the responsibility to protect", title("""
                Home › Publications › Dialogue summaries

                # Summary of the fifth dialogue on the responsibility to protect

                **Prevention as a national responsibility.** States spoke of their own institutions.
                """));
        assertEquals("Notes from the dialogue", title("""
                Notes from the dialogue

                **Prevention as a national responsibility.** States spoke of their own institutions.
                """));
    }

    @Test
    void aLineOfLinksIsNavigation() {
        assertEquals("Notes from the ministerial meeting", title("""
                [Home](/) [Statements](/statements) [Press releases](/press)
                Notes from the ministerial meeting
                """));
    }

    @Test
    void aLetterThatOpensWithASalutationAndProseHasNoTitle() {
        assertNull(title("""
                THE PRESIDENT
                OF THE
                GENERAL ASSEMBLY
                15 July 2019
                Excellency,
                I have the honour to inform you that the informal interactive dialogue will be held in the Trusteeship Council Chamber.
                """));
    }

    @Test
    void anHtmlPagesHeadlineIsPreferredToItsTitleWithTheSiteName(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("page.html"), """
                <html><head><title>Dialogue held | Meetings Coverage and Press Releases</title></head><body>
                <div>Meetings Coverage and Press Releases</div><div>Skip to main content</div>
                <h1>Assembly holds dialogue on the responsibility to protect</h1>
                <p><em>Speakers stress prevention</em></p><p>The Assembly today held a dialogue.</p>
                </body></html>
                """);
        Document page = Corpus.read(dir).documents().get(0);
        assertEquals("Assembly holds dialogue on the responsibility to protect", titles.title(page, Found.NOTHING));
        assertTrue(!page.text().contains("*"), page.text());
    }
}
