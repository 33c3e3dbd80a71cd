package org.w3id.r2p.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.extract.DocumentExtractor;
import org.w3id.r2p.extract.DocumentFacts;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.StatementFinding;

/** Who said what in sentences of the shapes UN meetings coverage uses, written for these tests. */
class ReportedSpeechTest {
    private static final DocumentExtractor EXTRACTOR = DocumentExtractor.standard();

    private static List<StatementFinding> statements(String text) {
        DocumentFacts facts = EXTRACTOR.extract(Document.of("t", "Plenary meeting\n\nNEW YORK, 3 June 2024\n\n" + text));
        return facts.statements();
    }

    /** Each statement as "speaker [by deliverer] [for group]: first words". */
    private static List<String> described(String text) {
        return statements(text).stream().map(s -> name(s.speaker())
                + (s.deliveredBy() == null ? "" : " by " + name(s.deliveredBy()))
                + (s.onBehalfOf() == null ? "" : " for " + name(s.onBehalfOf()))).toList();
    }

    private static String name(EntityRef ref) {
        return ref.key();
    }

    @Test
    void attributionAfterAQuotationGoesToTheSpeakerNamedAfterTheCue() {
        assertEquals(List.of("URY"), described(
                "\"Early warning without early action is a bell nobody answers,\" said the representative of Uruguay."));
    }

    @Test
    void aPersonInAppositionToAStateOfficeDeliversTheStatesStatement() {
        assertEquals(List.of("GHA by Ama Owusu"), described(
                "Ama Owusu, Minister for Foreign Affairs of Ghana, stressed that regional early warning must be funded."));
        assertEquals(List.of("KEN by Wanjiru Kamau"), described(
                "The Permanent Representative of Kenya, Wanjiru Kamau, said her country had named a focal point."));
    }

    @Test
    void aStatementDeliveredByAnAmbassadorIsTheStatesOneStatement() {
        assertEquals(List.of("PRT by Rui Matos"), described(
                "The statement of Portugal, delivered by Ambassador Rui Matos, stressed the value of prevention."));
    }

    @Test
    void speakingOnBehalfOfAGroupMakesTheGroupTheOneSpokenFor() {
        assertEquals(List.of("SVK for Group of Friends of the Responsibility to Protect"), described(
                "The representative of Slovakia, speaking on behalf of the Group of Friends of the Responsibility to "
                        + "Protect, said that prevention was the first duty of every State."));
    }

    @Test
    void twoClausesOfOneSentenceAreTwoStatementsEachWithItsOwnWords() {
        List<StatementFinding> found = statements("The representative of Mongolia said the concept must not be "
                + "weakened, while the representative of Cuba noted that the report was selective.");
        assertEquals(2, found.size());
        assertEquals("MNG", found.get(0).speaker().key());
        assertEquals(false, found.get(0).text().contains("Cuba"));
        assertEquals(true, found.get(1).text().contains("selective"));
    }

    @Test
    void aStatementRunsOnUntilAnotherSpeakerTakesOver() {
        List<StatementFinding> found = statements("The representative of Chile said that prevention comes first. "
                + "Accountability, too, was indispensable, and the International Criminal Court deserved support. "
                + "The representative of Peru noted that much remained to be done.");
        assertEquals(2, found.size());
        assertEquals(true, found.get(0).text().contains("Accountability"));
        assertEquals(List.of("International Criminal Court"), found.get(0).mechanisms().stream().map(EntityRef::key).toList());
        assertEquals(List.of(), found.get(1).mechanisms());
    }

    @Test
    void thatCountrysDelegateAndTheSpeakerReferBackToTheLastSpeaker() {
        assertEquals(List.of("ZAF"), described("The representative of South Africa said the pillars were one whole. "
                + "That country's delegate also stressed that consent mattered.").stream().distinct().toList());
    }

    @Test
    void statesThatAlignThemselvesDoNotSpeak() {
        assertEquals(List.of("European Union"), described("Austria, Belgium and Croatia aligned themselves with the "
                + "statement of the European Union. The representative of the European Union said that the Security "
                + "Council had failed too often."));
    }

    @Test
    void aGroupOfStatesNamedByItsFormIsWhomTheSpeakerSpokeFor() {
        assertEquals(List.of("TUN for Arab Group"), described(
                "Speaking on behalf of the Arab Group, Tunisia said that national ownership of any inquiry was essential."));
        assertEquals(List.of("ISL for Nordic countries"), described(
                "The representative of Iceland, speaking for the Nordic countries, stressed that women must take part."));
    }

    @Test
    void theStatementAnotherDeliveredOnBehalfOfAGroupIsNotTheSpeakersGroup() {
        assertEquals(List.of("DNK for Nordic countries", "FIN"), described("The representative of Finland said that "
                + "her delegation supported the statement delivered by Denmark on behalf of the Nordic countries."));
    }

    @Test
    void aPresidingOfficerNamedAfterTheOfficeSpeaksInTheirOwnName() {
        assertEquals(List.of("Lena Okafor-Berg"), described("The President of the General Assembly, Lena Okafor-Berg, "
                + "said that the debate showed how far the concept had travelled."));
    }

    @Test
    void theObserverOfAnOrganizationNamedWithTheAmbassadorSpeaksForTheOrganization() {
        assertEquals(List.of("European Union by Gert Vos"), described("The observer for the European Union, "
                + "Ambassador Gert Vos, said that the Union would fund early-warning systems."));
    }

    @Test
    void respectivelyGivesEachSubjectTheMechanismInItsPlace() {
        List<StatementFinding> found = statements("Chile and Peru welcomed, respectively, the International Criminal "
                + "Court and the Universal Periodic Review.");
        assertEquals(List.of("CHL: International Criminal Court", "PER: Universal Periodic Review"), found.stream()
                .map(s -> s.speaker().key() + ": " + s.mechanisms().stream().map(EntityRef::key).reduce("", String::concat))
                .toList());
    }

    @Test
    void aPossessiveOfANameEndingInSIsTheStateOfTheRoleAfterIt() {
        assertEquals(List.of("USA by Robert Kwan-Ellison"), described("The United States' Deputy Representative, "
                + "Robert Kwan-Ellison, said that aid must reach every part of the country."));
    }

    @Test
    void anOrganizationNamedByItsHeadWordAloneIsTheLastOneNamedSo() {
        assertEquals(List.of("Coalition for Civilian Protection by Rosa Menchaca-Alder"), described(
                "Delegates heard from the Coalition for Civilian Protection, a network of survivors' groups. The "
                        + "Coalition, represented by its Convenor, Rosa Menchaca-Alder, urged States to report on what they had done."));
    }

    @Test
    void aPersonBeforeAnAppositionNamingABodySpeaksNotTheBody() {
        assertEquals(List.of("Irena Kolar"), described("Irena Kolar, Director-General of the International Committee "
                + "of the Red Cross (ICRC), said that the law was clear."));
        assertEquals(List.of("Tomas Reyes"), described("The Council also heard from Tomas Reyes, Chair of the "
                + "Commission of Inquiry on Burundi, who said that the risk factors were all present."));
    }
}
