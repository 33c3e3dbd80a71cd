package org.w3id.r2p.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.EntityKind;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.Found;
import org.w3id.r2p.extract.StatementFinding;

class OpenStatementsTest {
    private static final StatementMaker MAKER = new StatementMaker();
    private static final Document DOCUMENT = Document.of("d",
            "Ireland said the first pillar matters. It added that early warning works. Then the vote.");
    private static final String TEXT = DOCUMENT.text();
    private static final EntityRef IRELAND = EntityRef.state("IRL");
    private static final EntityRef CHILE = EntityRef.state("CHL");
    private static final Span FIRST = new Span(0, TEXT.indexOf(" It"));
    private static final EntityRef MISSION = new EntityRef(EntityKind.MECHANISM, "M1");

    @Test
    void aStatementClosedAsItWasIsMadeOverItsClauseWithItsOwnMechanisms() {
        List<StatementFinding> result = new ArrayList<>(List.of(made(CHILE, FIRST)));
        OpenStatements open = new OpenStatements(MAKER);
        open.add(result, FIRST, new Speaker(IRELAND, null, false), null, List.of(MISSION));
        assertEquals(IRELAND, open.speaker());
        assertEquals(FIRST.end(), open.end());
        assertNull(result.get(1)); // its place is held until it closes
        open.close(DOCUMENT, Found.NOTHING, result);
        assertTrue(open.isEmpty());
        StatementFinding expected = Respectively.withMechanisms(made(IRELAND, FIRST), List.of(MISSION));
        assertEquals(List.of(made(CHILE, FIRST), expected), result);
    }

    @Test
    void aStatementCarriedOnIsMadeOnceOverEveryClauseThatCarriesItOn() {
        List<StatementFinding> result = new ArrayList<>();
        OpenStatements open = new OpenStatements(MAKER);
        open.add(result, FIRST, new Speaker(IRELAND, null, false), CHILE, List.of(MISSION));
        int secondEnd = TEXT.indexOf(" Then");
        open.carryOn(secondEnd);
        assertEquals(secondEnd, open.end());
        open.close(DOCUMENT, Found.NOTHING, result);
        StatementFinding carried = result.get(0);
        assertEquals(new Span(0, secondEnd), carried.span());
        assertEquals("Ireland said the first pillar matters. It added that early warning works.", carried.text());
        assertEquals(CHILE, carried.onBehalfOf());
        assertEquals(List.of(), carried.mechanisms()); // "respectively" held for the first clause alone
        assertEquals(MAKER.make(DOCUMENT, new Span(0, secondEnd), IRELAND, Found.NOTHING, CHILE, null), carried);
    }

    private static StatementFinding made(EntityRef speaker, Span span) {
        return MAKER.make(DOCUMENT, span, speaker, Found.NOTHING, null, null);
    }
}
