package org.w3id.r2p.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.w3id.r2p.extract.EntityKind;

import org.junit.jupiter.api.Test;

class CueEvidenceTest {
    private static final CueEvidence EVIDENCE = new CueEvidence();

    private static boolean reports(String text, String verb, EntityKind... subjects) {
        int at = text.indexOf(verb);
        return EVIDENCE.reportsSpeech(text, at, at + verb.length(), List.of(subjects));
    }

    @Test
    void readsANounLikeFormAfterAPossessiveAsANoun() {
        assertFalse(reports("Canada's views on the matter differ.", "views", EntityKind.STATE));
        assertTrue(reports("Canada views the matter as urgent.", "views", EntityKind.STATE));
        assertTrue(reports("Canada's delegate viewed the matter as urgent.", "viewed", EntityKind.STATE));
    }

    @Test
    void readsAnOrganizationsActAsAnActUnlessSpeechFollows() {
        assertFalse(reports("The African Union supported them.", "supported", EntityKind.ORGANIZATION));
        assertFalse(reports("The General Assembly concluded its debate.", "concluded", EntityKind.ORGANIZATION));
        assertTrue(reports("The African Union concluded that mediation had worked.", "concluded", EntityKind.ORGANIZATION));
        assertTrue(reports("Brazil supported the proposal.", "supported", EntityKind.STATE));
        assertTrue(reports("Brazil and the Union supported it.", "supported", EntityKind.STATE, EntityKind.ORGANIZATION));
        assertTrue(reports("The African Union regretted the delay.", "regretted", EntityKind.ORGANIZATION));
    }

    @Test
    void readsABarePastParticipleAsAVerbOnlyAfterAnAuxiliary() {
        assertFalse(reports("A signature reading 'Peter Thomson', written in ink.", "written", EntityKind.PERSON));
        assertTrue(reports("Peter Thomson has repeatedly written to the Council.", "written", EntityKind.PERSON));
        assertTrue(reports("Peter Thomson wrote to the Council.", "wrote", EntityKind.PERSON));
    }
}
