package org.w3id.r2p.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.r2p.corpus.Document;

/** Organizations named in sentences written for the tests: full, clean labels, roles and lists left out. */
class OrganizationNamesTest {
    private static final DocumentExtractor EXTRACTOR = DocumentExtractor.standard();

    private static List<String> organizations(String text) {
        return EXTRACTOR.extract(Document.of("orgs", text)).mentions().stream()
                .filter(m -> m.kind() == EntityKind.ORGANIZATION).map(m -> m.entity().key()).distinct().toList();
    }

    @Test
    void leavesTheRoleBeforeOfTheOrganizationOut() {
        assertEquals(List.of("Riverside Institute for Conflict Studies"),
                organizations("Also speaking, Pat Doe, Research Director of the Riverside Institute for Conflict Studies, said more."));
    }

    @Test
    void leavesAProfessorsNameBeforeTheUniversityOut() {
        assertEquals(List.of("University of Lakeside"),
                organizations("The panel heard Professor Jan Kowal of the University of Lakeside on early warning."));
    }

    @Test
    void aRoleWhoseBodyHasNoNameOfItsOwnIsNoOrganization() {
        assertTrue(organizations("The experts were appointed by the President of the Council: three lawyers.").isEmpty());
    }

    @Test
    void splitsAListOfNamesJoinedByCommas() {
        assertEquals(List.of("Harbour Centre for Refugee Law", "Northern Women's Platform for Peace", "Hill Forum for Justice"),
                organizations("Speaking were the Harbour Centre for Refugee Law, Northern Women's Platform for Peace and Hill Forum for Justice."));
    }

    @Test
    void keepsACommaListInsideOneName() {
        assertEquals(List.of("Institute for the Study of Genocide, War Crimes and Crimes against Humanity"),
                organizations("The Institute for the Study of Genocide, War Crimes and Crimes against Humanity published a report."));
    }

    @Test
    void findsArmedForcesByTheirForm() {
        assertEquals(List.of("Northern Armed Forces", "Coastal Support Forces"),
                organizations("Fighting broke out between the Northern Armed Forces and the Coastal Support Forces in May."));
    }

    @Test
    void keepsAPlaceAfterAMissionsName() {
        assertEquals(List.of("United Nations Mission in South Sudan"),
                organizations("Civilians sheltered at bases of the United Nations Mission in South Sudan last year."));
    }

    @Test
    void readsThePeaceAndSecurityCouncilAsTheAfricanUnionsNotTheSecurityCouncil() {
        List<String> found = organizations("The Peace and Security Council welcomed the briefing.");
        assertEquals(List.of("Peace and Security Council of the African Union"), found);
        assertFalse(found.contains("United Nations Security Council"));
    }

    @Test
    void readsAnOrganizationsOtherNames() {
        assertEquals(List.of("United Nations Office on Genocide Prevention and the Responsibility to Protect",
                        "Group of Friends of the Responsibility to Protect"),
                organizations("The Joint Office of the Special Advisers thanked the Group of Friends of RtoP for its support."));
    }

    @Test
    void aDateAfterANameIsNotPartOfIt() {
        assertTrue(organizations("She spoke as President of the Council for November.").isEmpty());
    }
}
