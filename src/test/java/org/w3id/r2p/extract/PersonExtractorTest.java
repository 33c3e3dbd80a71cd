package org.w3id.r2p.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.w3id.r2p.corpus.Document;

/**
 * Persons, their labels, roles and affiliations, found by the whole chain of extractors in sentences of the shapes
 * that UN meetings coverage, dialogue summaries and statements use, written for these tests.
 */
class PersonExtractorTest {
    private static final DocumentExtractor EXTRACTOR = DocumentExtractor.standard();

    private static DocumentFacts facts(String text) {
        return EXTRACTOR.extract(Document.of("t", text));
    }

    /** Each person, by key, with the words of each mention of them. */
    private static Map<String, List<String>> persons(String text) {
        return facts(text).mentions().stream().filter(m -> m.kind() == EntityKind.PERSON)
                .collect(Collectors.groupingBy(m -> m.entity().key(), TreeMap::new,
                        Collectors.mapping(Mention::text, Collectors.toList())));
    }

    /** Each role as "person: role [@ affiliation]". */
    private static TreeSet<String> roles(String text) {
        return facts(text).facts().stream().filter(PersonFact.class::isInstance).map(PersonFact.class::cast)
                .map(f -> f.entity().key() + ": " + f.role() + (f.affiliation() == null ? "" : " @ " + f.affiliation().key()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void keepsHyphenatedSurnamesParticlesAndInitialsInTheLabel() {
        assertEquals(Set.of("Marta Lindqvist-Obuya", "Joris van der Berghe-Ndiaye", "Ortiz de la Fuente", "K. T. Osei-Bonsu"),
                persons("""
                        Marta Lindqvist-Obuya, member of the Panel, opened the meeting. Ambassador Joris van der \
                        Berghe-Ndiaye then spoke. Mr. Ortiz de la Fuente (Chile) asked for the floor, and so did \
                        Mr. K. T. Osei-Bonsu.""").keySet());
    }

    @Test
    void aPossessiveIsNotPartOfTheName() {
        assertEquals(Map.of("Ana Brandão", List.of("Ana Brandão")),
                persons("Under-Secretary-General Ana Brandão's report was welcomed by all."));
    }

    @Test
    void aLaterSurnameIsThePersonNamedInFullBefore() {
        assertEquals(Map.of("Laila Haddad-Stern", List.of("Laila Haddad-Stern", "Haddad-Stern", "Haddad-Stern")), persons("""
                Laila Haddad-Stern, member of the Commission, presented the report.

                Ms. Haddad-Stern added that the victims wanted acknowledgement. Haddad-Stern said the work would go on."""));
    }

    @Test
    void aSurnameWithNoFullerNameIsAPersonAsWritten() {
        assertEquals(Map.of("Okonjo", List.of("Okonjo")), persons("Mr. Okonjo (Nigeria): Thank you, Mr. President."));
    }

    @Test
    void aTitledFamilyNameWrittenFirstOrBeforeASecondSurnameIsTheFullName() {
        assertEquals(Map.of("Pak Min-ho", List.of("Pak Min-ho", "Pak")), persons(
                "Deputy Secretary-General Pak Min-ho opened the dialogue. Later, Mr. Pak thanked the panel."));
        assertEquals(Map.of("Teresa Quiroga Lema", List.of("Teresa Quiroga Lema", "Quiroga")), persons(
                "Teresa Quiroga Lema, High Commissioner for Human Rights, spoke first. Ms. Quiroga said that camps were full."));
    }

    @Test
    void headlinesDatelinesTitlesHeadingsAndOrganizationsAreNotPersons() {
        assertEquals(Map.of(), persons("""
                UNITED NATIONS DEPARTMENT OF POLITICAL AFFAIRS

                Early Action Saves Lives, Deputy Secretary-General Tells Regional Envoys Network, Urging States to Act
                Secretary-General Decries Killings of Displaced Civilians in Northern Town

                GENEVA (3 May 2021) – Thank you, Mr. President. The Secretary-General welcomed the report.
                Addis Ababa, Ethiopia, 12 June 2020 – the Special Adviser spoke of Geneva, Chair.
                The Kofi Annan Foundation, the Stanley Centre and Protection Approaches, through its Director, agreed."""));
    }

    @Test
    void aPlaceBeforeATitledNameIsNoItemOfAList() {
        assertEquals(Set.of("Siti Rahman-Ong"), persons("In Kuala Lumpur, Ms. Siti Rahman-Ong said that the network "
                + "had grown. Kuala Lumpur had hosted it twice.").keySet());
    }

    @Test
    void aRoleAfterTheNameGivesTheStateItIsOf() {
        assertEquals(new TreeSet<>(List.of("Tomás Reyes-Albornoz: Vice-Minister for Foreign Affairs of Chile @ CHL")),
                roles("Tomás Reyes-Albornoz, Vice-Minister for Foreign Affairs of Chile, said that prevention paid."));
    }

    @Test
    void twoRolesJoinedByAndAreTwoRoles() {
        assertEquals(new TreeSet<>(List.of("Nadia Sorensen-Ali: Minister for Foreign Affairs of Denmark @ DNK",
                        "Nadia Sorensen-Ali: President of the Council for March")),
                roles("Nadia Sorensen-Ali, Minister for Foreign Affairs of Denmark and President of the Council for March, "
                        + "opened the debate."));
    }

    @Test
    void aStateTheRoleIsAboutOrThatNamesABodyIsNotTheAffiliation() {
        assertEquals(new TreeSet<>(List.of("Ingrid Falk-Mensah: Special Envoy for Yemen",
                        "Otto Rintala: Chair of the Commission of Inquiry on Burundi")),
                roles("Ingrid Falk-Mensah, Special Envoy for Yemen, briefed the Council. Otto Rintala, Chair of the "
                        + "Commission of Inquiry on Burundi, said the Commission had been refused entry."));
    }

    @Test
    void aPossessorOrItsBeforeTheRoleIsTheAffiliation() {
        assertEquals(new TreeSet<>(List.of("Kwesi Adjei-Boateng: Ghana's Permanent Representative @ GHA",
                        "Lucía Quispe Torres: Deputy Permanent Representative @ PER")),
                roles("Ghana's Permanent Representative, Kwesi Adjei-Boateng, said that early warning worked. Peru, "
                        + "speaking through its Deputy Permanent Representative, Lucía Quispe Torres, agreed."));
    }

    @Test
    void theRoleBeforeATitleIsTheNamesNotTheBareTitle() {
        assertEquals(new TreeSet<>(List.of("Kari Lund-Hansen: representative of Norway @ NOR")),
                roles("The representative of Norway, Ambassador Kari Lund-Hansen, said that atrocities were preventable."));
    }

    @Test
    void aRoleBeforeTheNameWithoutACommaIsARole() {
        assertEquals(new TreeSet<>(List.of("Jonas Weber-Ilunga: Under-Secretary-General for Political Affairs",
                        "Amina Yusuf-Hale: expert member")),
                roles("The panel was moderated by Under-Secretary-General for Political Affairs Jonas Weber-Ilunga. "
                        + "Abuses continued, said expert member Amina Yusuf-Hale."));
    }

    @Test
    void aProfessorOfAUniversityIsAPersonNotAnOrganization() {
        Map<String, List<String>> persons = persons("Professor Tomasz Nowicki of the University of Lodz said that law mattered.");
        assertEquals(Map.of("Tomasz Nowicki", List.of("Tomasz Nowicki")), persons);
    }

    @Test
    void namesListedAfterARoleAreAllPersons() {
        assertEquals(List.of("Anna Berg-Lindahl", "Kofi Asante-Mensah"), List.copyOf(persons(
                "I thank Sweden and Ghana and their Foreign Ministers, Anna Berg-Lindahl and Kofi Asante-Mensah, for "
                        + "hosting us.").keySet()));
    }

    @Test
    void aRoleOnTheLineAfterAHeadingNameIsTheNamesRole() {
        assertEquals(new TreeSet<>(List.of(
                        "Seo Min-jun: Permanent Representative of the Republic of Korea to the United Nations @ KOR")),
                roles("Statement by H.E. Ambassador Seo Min-jun\nPermanent Representative of the Republic of Korea to "
                        + "the United Nations\n\nThank you, Mr. President."));
    }

    @Test
    void aRepresentativeDeliversTheStatementOfTheStateTheirRoleIsOf() {
        List<StatementFinding> statements = facts("Plenary meeting\n\nNEW YORK, 3 June 2024\n\nThe representative of "
                + "Norway, Ambassador Kari Lund-Hansen, said that atrocities were preventable.").statements();
        assertEquals(1, statements.size());
        assertEquals("NOR", statements.get(0).speaker().key());
        assertTrue(statements.get(0).deliveredBy() != null && statements.get(0).deliveredBy().key().equals("Kari Lund-Hansen"));
    }
}
