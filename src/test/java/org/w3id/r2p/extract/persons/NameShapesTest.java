package org.w3id.r2p.extract.persons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Name-shaped pieces and the titles before them, in phrases written for these tests. */
class NameShapesTest {
    private static final PersonLexicon LEXICON = PersonLexicon.standard();
    private static final NameShapes SHAPES = new NameShapes(LEXICON);

    private static List<String> shapes(String text) {
        return SHAPES.in(text).stream().map(s -> s.span().of(text)).toList();
    }

    @Test
    void aRunIsCutAtTitlesRoleWordsAndAcronyms() {
        assertEquals(List.of("António Guterres"), shapes("UN Secretary-General António Guterres' message"));
        assertEquals(List.of("Jonas Weber-Ilunga"), shapes("Under-Secretary-General for Political Affairs Jonas Weber-Ilunga"));
    }

    @Test
    void particlesJoinTheWordsAroundThemAndNeverEndAName() {
        assertEquals(List.of("Rashid al-Mansouri"), shapes("then Rashid al-Mansouri spoke"));
        assertEquals(List.of("Pedro dos Santos Lima"), shapes("by Pedro dos Santos Lima of"));
        assertEquals(List.of("Vega"), shapes("to Vega de la end"));
    }

    @Test
    void allCapitalsHeadingsAndCalendarWordsAreNoNames() {
        assertEquals(List.of(), shapes("GENEVA (14 March 2019) – ADDIS ABABA, Monday"));
    }

    @Test
    void titlesBeforeANameAreFoundWordByWord() {
        String text = "and H.E. Mr. Diederik van Wessem-Arslan said";
        int name = text.indexOf("Diederik");
        assertEquals(text.indexOf("H.E."), LEXICON.titlesStart(text, name));
        assertEquals(true, LEXICON.takesSurname(text, name));
        String office = "the Deputy Secretary-General Pak Min-ho";
        assertEquals(office.indexOf("Deputy"), LEXICON.titlesStart(office, office.indexOf("Pak")));
        assertEquals(false, LEXICON.takesSurname(office, office.indexOf("Pak")));
        String spaced = "the Deputy\tSecretary\u2011General  Pak Min-ho";
        assertEquals(spaced.indexOf("Deputy"), LEXICON.titlesStart(spaced, spaced.indexOf("Pak")));
    }

    @Test
    void runsAreTheRunsThatFindFinds() {
        String text = "Mr. J.-P. Dupont and Rashid al-Mansouri met ADDIS ABABA's 3M, x-Ray, d’Ivoire, O’Donnell and 'Peter Thomson' "
                + "with Pedro dos Santos Lima (Ms. Ana\u00A0Ruiz).";
        assertEquals(List.of("J.-P. Dupont", "Rashid al-Mansouri", "O’Donnell", "Peter Thomson", "Pedro dos Santos Lima",
                "Ana\u00A0Ruiz"), shapes(text));
    }

    @Test
    void initialsAreCapitalsEachFollowedByAFullStop() {
        assertEquals(true, NameShapes.isInitials("J.-P."));
        assertEquals(true, NameShapes.isInitials("A.B."));
        assertEquals(false, NameShapes.isInitials("A.-"));
        assertEquals(false, NameShapes.isInitials("Ab."));
        assertEquals(false, NameShapes.isInitials("a."));
        assertEquals(false, NameShapes.isInitials(""));
    }
}
