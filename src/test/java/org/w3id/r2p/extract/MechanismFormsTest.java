package org.w3id.r2p.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3id.r2p.corpus.Document;

/** Mechanisms recognised by the form of their names, with their labels and kinds, in sentences written for the tests. */
class MechanismFormsTest {
    private static final DocumentExtractor EXTRACTOR = DocumentExtractor.standard();

    private static DocumentFacts facts(String text) {
        return EXTRACTOR.extract(Document.of("forms", text));
    }

    /** Each mechanism the text names, by name, with its kind (null where none). */
    private static Map<String, MechanismType> mechanisms(String text) {
        Map<String, MechanismType> found = new LinkedHashMap<>();
        facts(text).facts().stream().filter(f -> f instanceof MechanismFact).map(f -> (MechanismFact) f)
                .forEach(f -> found.put(f.entity().key(), f.type()));
        return found;
    }

    /** The words of the text that name each mention of a mechanism, with the mechanism's name. */
    private static List<String> mentions(String text) {
        return facts(text).mentions().stream().filter(m -> m.kind() == EntityKind.MECHANISM)
                .map(m -> m.text() + " -> " + m.entity().key()).toList();
    }

    @Test
    void findsACommissionOfInquiryWithItsComplementUpToAVerb() {
        assertEquals(Map.of("Independent International Commission of Inquiry on the Syrian Arab Republic",
                        MechanismType.COMMISSION_OF_INQUIRY),
                mechanisms("Peru thanked the Independent International Commission of Inquiry on the Syrian Arab Republic for its briefing."));
    }

    @Test
    void keepsTheWholeNameOfAMissionWrittenWithANonBreakingHyphen() {
        assertEquals(Map.of("Independent International Fact-Finding Mission on Myanmar", MechanismType.FACT_FINDING_MISSION),
                mechanisms("Ireland welcomed the report of the Independent International Fact\u2011Finding Mission on Myanmar."));
    }

    @Test
    void readsEnDashAndPlainHyphenSpellingsAsTheSameMission() {
        assertEquals(List.of("Fact-Finding Mission on Libya"), List.copyOf(mechanisms(
                "The Fact\u2013Finding Mission on Libya was renewed. Tunisia praised the Fact-Finding Mission on Libya.").keySet()));
    }

    @Test
    void doesNotCutANameAtTheFullStopsOfUN() {
        assertEquals(Map.of("U.N. Fact-Finding Mission on the Gaza Conflict", MechanismType.FACT_FINDING_MISSION),
                mechanisms("Egypt cited the U.N. Fact-Finding Mission on the Gaza Conflict in its remarks."));
    }

    @Test
    void anAcronymInBracketsNamesTheMechanismWhereverItStandsAlone() {
        List<String> mentions = mentions("Chile supported the Independent International Fact-Finding Mission on Myanmar (FFM). "
                + "Later, Sweden said the FFM deserved more resources.");
        assertEquals(3, mentions.size(), mentions.toString());
        assertTrue(mentions.stream().allMatch(m -> m.endsWith("-> Independent International Fact-Finding Mission on Myanmar")));
    }

    @Test
    void theCommissionPointsBackToTheLastCommissionNamedInFull() {
        List<String> mentions = mentions("The Commission of Inquiry on Burundi presented its report. "
                + "Rwanda said the Commission had not visited the country.");
        assertEquals(List.of("Commission of Inquiry on Burundi -> Commission of Inquiry on Burundi",
                "Commission -> Commission of Inquiry on Burundi"), mentions);
    }

    @Test
    void theCommissionAfterAnOrganizationNamesNoMechanism() {
        assertEquals(List.of("Commission of Inquiry on Burundi -> Commission of Inquiry on Burundi"),
                mentions("The Commission of Inquiry on Burundi spoke first. The Peacebuilding Commission met later, "
                        + "and the Commission adjourned at noon."));
    }

    @Test
    void aHeadlineFormPointsToTheMechanismTheTextNamesInFull() {
        assertEquals(List.of("Commission of Inquiry -> Commission of Inquiry on Human Rights in Eritrea",
                        "Commission of Inquiry on Human Rights in Eritrea -> Commission of Inquiry on Human Rights in Eritrea"),
                mentions("Commission of Inquiry Chair Briefs Council\n\nThe chair of the Commission of Inquiry on Human "
                        + "Rights in Eritrea spoke."));
    }

    @Test
    void findsInvestigativeMechanismsAndTeams() {
        Map<String, MechanismType> found = mechanisms("Canada backed the International, Impartial and Independent Mechanism "
                + "(IIIM), the Independent Investigative Mechanism for Myanmar and the Investigative Team to Promote "
                + "Accountability for Crimes Committed by Da'esh/ISIL (UNITAD), which shares evidence.");
        assertEquals(Map.of("International, Impartial and Independent Mechanism", MechanismType.INVESTIGATIVE_MECHANISM,
                "Independent Investigative Mechanism for Myanmar", MechanismType.INVESTIGATIVE_MECHANISM,
                "Investigative Team to Promote Accountability for Crimes Committed by Da'esh/ISIL",
                MechanismType.INVESTIGATIVE_MECHANISM), found);
    }

    @Test
    void aKnownAcronymDefinedInTheDocumentNamesTheBodyAsTheDocumentWritesIt() {
        List<String> mentions = mentions("Austria supported the International, Impartial and Independent Mechanism (IIIM). "
                + "The IIIM shares files.");
        assertEquals(3, mentions.size(), mentions.toString());
        assertTrue(mentions.stream().allMatch(m -> m.endsWith("-> International, Impartial and Independent Mechanism")));
    }

    @Test
    void findsCourtsAndTribunals() {
        Map<String, MechanismType> found = mechanisms("Senegal recalled the Special Court for Sierra Leone, the Special "
                + "Tribunal for Lebanon, the International Criminal Tribunal for the former Yugoslavia, the Extraordinary "
                + "African Chambers and the Kosovo Specialist Chambers.");
        assertEquals(List.of("Special Court for Sierra Leone", "Special Tribunal for Lebanon",
                "International Criminal Tribunal for the former Yugoslavia", "Extraordinary African Chambers",
                "Kosovo Specialist Chambers"), List.copyOf(found.keySet()));
        assertTrue(found.values().stream().allMatch(t -> t == MechanismType.COURT_OR_TRIBUNAL));
    }

    @Test
    void aCourtNameEndsBeforeTheCityItSitsIn() {
        assertEquals(Map.of("Special Criminal Court", MechanismType.COURT_OR_TRIBUNAL),
                mechanisms("Gabon praised the Special Criminal Court in Bangui."));
    }

    @Test
    void findsEarlyWarningSystemsWithTheWordsBeforeThem() {
        assertEquals(Map.of("Continental Early Warning System", MechanismType.EARLY_WARNING_SYSTEM,
                        "ECOWAS Early Warning and Response Network", MechanismType.EARLY_WARNING_SYSTEM),
                mechanisms("Ghana praised the Continental Early Warning System and the ECOWAS Early Warning and Response Network."));
    }

    @Test
    void aNationalCommitteeIsNationalAndARegionalCommitteeEndsBeforeItsOrganization() {
        DocumentFacts facts = facts("Kenya described its National Committee for the Prevention of Genocide, War Crimes and "
                + "Crimes against Humanity. Zambia chairs the Regional Committee for the Prevention and Punishment of the "
                + "Crime of Genocide of the ICGLR.");
        List<MechanismFact> mechanisms = facts.facts().stream().filter(f -> f instanceof MechanismFact)
                .map(f -> (MechanismFact) f).distinct().toList();
        assertEquals(2, mechanisms.size(), mechanisms.toString());
        assertTrue(mechanisms.get(0).national());
        assertEquals(EntityRef.state("KEN"), mechanisms.get(0).state());
        assertEquals("Regional Committee for the Prevention and Punishment of the Crime of Genocide",
                mechanisms.get(1).entity().key());
        assertFalse(mechanisms.get(1).national());
    }

    @Test
    void aMandateRunsOverLowerCaseWordsAndItsListsAndStopsAtTheVerb() {
        assertEquals(List.of("Special Rapporteur on the situation of human rights in Eritrea",
                        "Special Rapporteur on extrajudicial, summary or arbitrary executions",
                        "Independent Expert on the human rights of internally displaced persons"),
                List.copyOf(mechanisms("The Special Rapporteur on the situation of human rights in Eritrea said arrests "
                        + "continued. The Special Rapporteur on extrajudicial, summary or arbitrary executions visited the "
                        + "country, and the Independent Expert on the human rights of internally displaced persons "
                        + "expressed alarm.").keySet()));
    }

    @Test
    void aCommissionOnHumanRightsInACountryIsInvestigativeButTheFormerUnOrganIsNot() {
        assertEquals(Map.of("Commission on Human Rights in South Sudan", MechanismType.INVESTIGATIVE_MECHANISM,
                        "Panel of Experts on the Democratic People's Republic of Korea", MechanismType.INVESTIGATIVE_MECHANISM),
                mechanisms("The Commission on Human Rights in South Sudan and the Panel of Experts on the Democratic "
                        + "People's Republic of Korea reported. The Commission on Human Rights was replaced in 2006."));
    }

    @Test
    void aComplementEndsAtAndTheAtACommaBeforeALowerCaseWordAndAtABracket() {
        assertEquals(List.of("Commission of Inquiry on Darfur", "Fact-Finding Mission on Venezuela",
                        "Commission of Inquiry on Burundi"),
                List.copyOf(mechanisms("Japan cited the Commission of Inquiry on Darfur and the Fact-Finding Mission on "
                        + "Venezuela, which reported late, and the Commission of Inquiry on Burundi (established in 2016).")
                        .keySet()));
    }

    @Test
    void aGroupOfFriendsIsAnOrganizationNamedInTheSingular() {
        DocumentFacts facts = facts("The Groups of Friends of Mediation in New York and Geneva met.");
        assertEquals(List.of("Group of Friends of Mediation"), facts.mentions().stream()
                .filter(m -> m.kind() == EntityKind.ORGANIZATION).map(m -> m.entity().key()).toList());
    }

    @Test
    void regionalOrganizationsAreTypedAndNetworksAreNot() {
        DocumentFacts facts = facts("The African Union and the Southern African Development Community (SADC) joined the "
                + "Latin American Network for Genocide and Mass Atrocity Prevention at a meeting.");
        assertEquals(List.of(new RegionalOrganizationFact(new EntityRef(EntityKind.ORGANIZATION, "African Union")),
                        new RegionalOrganizationFact(new EntityRef(EntityKind.ORGANIZATION, "Southern African Development Community"))),
                facts.facts().stream().filter(f -> f instanceof RegionalOrganizationFact).toList());
    }

    @Test
    void acronymsAreInitialsOrLettersOfTheNameInOrder() {
        assertTrue(Acronyms.isAcronymOf("ICRtoP", "International Coalition for the Responsibility to Protect"));
        assertTrue(Acronyms.isAcronymOf("FFM", "Independent International Fact\u2011Finding Mission on Myanmar"));
        assertTrue(Acronyms.isAcronymOf("UNITAD", "Investigative Team to Promote Accountability for Crimes Committed by Da'esh"));
        assertTrue(Acronyms.isAcronymOf("CEWARN", "Conflict Early Warning and Response Mechanism"));
        assertFalse(Acronyms.isAcronymOf("ICC", "Commission of Inquiry on Burundi"));
    }
}
