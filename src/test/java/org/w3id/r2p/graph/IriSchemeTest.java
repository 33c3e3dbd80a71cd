package org.w3id.r2p.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.w3id.r2p.extract.EntityKind;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.EventFinding;

class IriSchemeTest {
    private final IriScheme iris = IriScheme.standard();

    @Test
    void mintsReadableIrisUnderTheBase() {
        assertEquals("https://w3id.org/r2p/id/document/001_57eef71f67d5f51a", iris.document("001_57eef71f67d5f51a"));
        assertEquals("https://w3id.org/r2p/id/state/CIV", iris.entity(EntityRef.state("CIV")));
        assertEquals("https://w3id.org/r2p/id/person/antonio-guterres", iris.entity(new EntityRef(EntityKind.PERSON, "António Guterres")));
        assertEquals("https://w3id.org/r2p/id/network/latin-american-network",
                iris.entity(new EntityRef(EntityKind.REGIONAL_NETWORK, "Latin American Network")));
        assertEquals("https://w3id.org/r2p/id/event/2017-09-06-informal-interactive-dialogue",
                iris.event(new EventFinding("informal-interactive-dialogue", "Dialogue", LocalDate.of(2017, 9, 6), null)));
        assertEquals("https://w3id.org/r2p/id/un-document/A-RES-60-1", iris.unDocument("A/RES/60/1"));
        assertEquals("https://w3id.org/r2p/graph/004_b868a9c5cff6fdd6", iris.graph("004_b868a9c5cff6fdd6"));
    }

    @Test
    void statementIrisDependOnlyOnDocumentSpeakerAndWords() {
        EntityRef speaker = EntityRef.state("FRA");
        String first = iris.statement("doc", speaker, "France raised its proposal.");
        assertEquals(first, iris.statement("doc", speaker, "France raised its proposal."));
        assertEquals("https://w3id.org/r2p/id/statement/doc-fra-", first.substring(0, first.length() - 8));
    }

    @Test
    void baseCanBeChanged() {
        assertEquals("http://localhost:3030/kg/id/state/ARG", new IriScheme("http://localhost:3030/kg").entity(EntityRef.state("ARG")));
    }

    @Test
    void refusesARelativeBase() {
        assertThrows(IllegalArgumentException.class, () -> new IriScheme("r2p/"));
    }

    @Test
    void slugsAreAsciiAndStable() {
        assertEquals("cote-d-ivoire-s-national-committee", Slugs.slug("Côte d'Ivoire's National Committee"));
    }
}
