package org.w3id.r2p.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.link.StateGazetteer;

/** States named as real prose names them: in capitals in a dateline, and by joined adjectives. */
class StateMentionsTest {
    private static final StateExtractor EXTRACTOR = new StateExtractor(StateGazetteer.load());

    private static List<String> states(String text) {
        return EXTRACTOR.extract(Document.of("t", text), Found.NOTHING).mentions().stream()
                .map(m -> m.entity().key()).distinct().sorted().toList();
    }

    @Test
    void aStateInCapitalsInADatelineIsFound() {
        assertEquals(List.of("ETH"), states("ADDIS ABABA, ETHIOPIA, 12 May 2022 – The meeting opened today."));
    }

    @Test
    void joinedAdjectivesBeforeAnActNameEveryState() {
        assertEquals(List.of("FRA", "MEX"), states("We support the French-Mexican initiative on the veto."));
        assertEquals(List.of("FRA", "MEX"), states("We support the French and Mexican initiative on the veto."));
    }

    @Test
    void anAdjectiveBeforeADelegateOrANationalBodyNamesTheState() {
        assertEquals(List.of("FRA"), states("The French delegate recalled the pledge."));
        assertEquals(List.of("TZA"), states("The Tanzanian National Committee met in Arusha."));
    }

    @Test
    void adjectivesOfPeopleAreNotStates() {
        assertEquals(List.of(), states("Latin American youth and Kenyan farmers took part."));
    }
}
