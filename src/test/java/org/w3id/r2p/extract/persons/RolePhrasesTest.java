package org.w3id.r2p.extract.persons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.r2p.corpus.Span;

/** Role phrases beside names, in phrases written for these tests. */
class RolePhrasesTest {
    private static final RoleGrammar GRAMMAR = new RoleGrammar(PersonLexicon.standard());

    private static List<String> after(String text, String name) {
        int start = text.indexOf(name);
        return new RolePhrases(GRAMMAR, text).after(new Span(start, start + name.length())).stream()
                .map(s -> s.of(text)).toList();
    }

    private static String commaBefore(String text, String name) {
        Span role = new RolePhrases(GRAMMAR, text).commaBefore(text.indexOf(name));
        return role == null ? null : role.of(text);
    }

    @Test
    void aRoleAfterANameIsSetOffByACommaABracketOrALineBreak() {
        assertEquals(List.of("Permanent Representative of Kenya"),
                after("Jane Wanjiru, Permanent Representative of Kenya, said", "Jane Wanjiru"));
        assertEquals(List.of("Chair"), after("Rosalind Diallo (Chair) opened", "Rosalind Diallo"));
        assertEquals(List.of("Permanent Representative of Kenya"),
                after("Jane Wanjiru \nPermanent Representative of Kenya", "Jane Wanjiru"));
        assertEquals(List.of(), after("Jane Wanjiru said the Permanent Representative of Kenya", "Jane Wanjiru"));
        assertEquals(List.of(), after("Jane Wanjiru", "Jane Wanjiru"));
    }

    @Test
    void aRoleBeforeANameEndsWithACommaAndWhitespace() {
        String role = "Switzerland’s Permanent Representative";
        assertEquals(role, commaBefore("and " + role + ", Pascale Brunner said", "Pascale"));
        assertEquals(role, commaBefore("and " + role + ",\n  Pascale Brunner said", "Pascale"));
        // a regular expression's end of input stands before a final line separator, which is no \s
        assertEquals(role, commaBefore("and " + role + ", \u2028Pascale Brunner said", "Pascale"));
        assertNull(commaBefore("and " + role + ",\u2028Pascale Brunner said", "Pascale"));
        assertNull(commaBefore("and " + role + " Pascale Brunner said", "Pascale"));
    }

    private static String rightBefore(String text, String name) {
        Span role = new RolePhrases(GRAMMAR, text).rightBefore(text.indexOf(name));
        return role == null ? null : role.of(text);
    }

    @Test
    void aRoleRightBeforeANameIsFoundPastPunctuationEarlierInTheSentence() {
        assertEquals("Under-Secretary-General for Political Affairs",
                rightBefore("On 3 May, in Geneva, the Under-Secretary-General for Political Affairs Jonas Albrecht said", "Jonas"));
        assertEquals("expert member", rightBefore("The Chair, and expert member Tunde Ajayi-Bello", "Tunde"));
        assertEquals("Deputy Head of Délégation\u00A0",
                rightBefore("Ms. Dupont (France), Deputy Head of Délégation Marie Dupont", "Marie"));
        assertNull(rightBefore("the Chair, Tunde Ajayi-Bello", "Tunde"));
        assertNull(rightBefore("the Chair. Tunde Ajayi-Bello", "Tunde"));
    }

    @Test
    void noRunOfRolesHoldsACharacterItsPatternLacks() {
        String text = "Chair, Deputy Head of Délégation Fact‑Finding Marie";
        int at = text.indexOf("Marie");
        assertEquals(text.indexOf(','), GRAMMAR.lastBarrier(text, 0, at));
        assertEquals(text.indexOf("Deputy") - 1, GRAMMAR.lastBarrier(text, text.indexOf("Deputy"), at));
    }
}
