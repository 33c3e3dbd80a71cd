package org.w3id.r2p.extract.persons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.w3id.r2p.corpus.Span;

class WordStartsTest {
    private static final WordStarts STARTS = new WordStarts(Set.of("deputy", "representative", "representatives"));

    @Test
    void findsTheWordsOfTheSetInAnyCaseAtWordStartsOnly() {
        String text = "the Deputy REPRESENTATIVES and a subdeputy; deputyship";
        assertTrue(STARTS.at(text, 4));
        assertTrue(STARTS.at(text, 11));
        assertFalse(STARTS.at(text, 0));
        assertFalse(STARTS.at(text, text.indexOf("deputy;")));
        assertFalse(STARTS.at(text, text.indexOf("deputyship")));
        assertFalse(STARTS.at(text, text.length()));
    }

    @Test
    void foldsCaseAsAUnicodeCaseInsensitivePatternDoes() {
        WordStarts s = new WordStarts(Set.of("stress"));
        assertTrue(s.at("ſtress", 0)); // the long s folds to s, as (?iu) reads it
    }

    @Test
    void refusesWordsThatAreNotLetters() {
        assertThrows(IllegalArgumentException.class, () -> new WordStarts(Set.of("co-chair")));
    }

    @Test
    void rolesAreTheRolesThatFindFinds() {
        PersonLexicon lexicon = PersonLexicon.standard();
        RoleGrammar grammar = new RoleGrammar(lexicon);
        String text = "The Deputy Permanent Representative of Chile, the Vice-Minister, members of the Panel, "
                + "Co-Chairs, a non-member, the Special Rapporteur on torture and the MINISTER FOR FOREIGN AFFAIRS spoke.";
        List<Span> byFind = new ArrayList<>();
        Matcher m = lexicon.role().matcher(text);
        while (m.find()) {
            byFind.add(new Span(m.start(), m.end()));
        }
        assertEquals(byFind, grammar.rolesIn(text));
        assertTrue(byFind.size() >= 4);
    }
}
