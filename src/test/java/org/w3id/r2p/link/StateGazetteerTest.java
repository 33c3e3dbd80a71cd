package org.w3id.r2p.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StateGazetteerTest {
    private final StateGazetteer gazetteer = StateGazetteer.load();

    @Test
    void holdsAllMemberAndObserverStates() {
        long members = gazetteer.states().stream().filter(s -> s.unStatus().equals("member")).count();
        long observers = gazetteer.states().stream().filter(s -> s.unStatus().equals("observer")).count();
        assertEquals(193, members);
        assertEquals(2, observers);
    }

    @Test
    void everyStateHasAWikidataEntityIri() {
        gazetteer.states().forEach(s -> assertTrue(s.wikidataIri().matches("http://www\\.wikidata\\.org/entity/Q[1-9][0-9]*"), s.toString()));
    }

    @Test
    void europeanUnionIsAnOrganizationNotAState() {
        assertTrue(gazetteer.byIso3("EUE").isEmpty());
        List<StateRecord> organizations = gazetteer.organizations();
        assertEquals(1, organizations.size());
        assertEquals("http://www.wikidata.org/entity/Q458", organizations.get(0).wikidataIri());
        assertTrue(gazetteer.names().find("The European Union spoke.").isEmpty());
    }

    @Test
    void nonMembersAreNotPublishedAsStates() {
        assertTrue(gazetteer.byIso3("XKX").isEmpty());
        assertTrue(gazetteer.byIso3("TWN").isEmpty());
    }

    @ParameterizedTest(name = "\"{0}\" is {1}, {2}")
    @CsvSource(delimiter = '|', value = {
            "United States|USA|Q30",
            "United States of America|USA|Q30",
            "the Netherlands|NLD|Q29999",
            "Republic of Korea|KOR|Q884",
            "Cote d'Ivoire|CIV|Q1008",
            "Côte d'Ivoire|CIV|Q1008",
            "Côte d’Ivoire|CIV|Q1008",
            "Tanzania|TZA|Q924",
            "United Republic of Tanzania|TZA|Q924",
            "Russia|RUS|Q159",
            "Russian Federation|RUS|Q159",
            "Czech Republic|CZE|Q213",
            "Czechia|CZE|Q213",
            "Turkey|TUR|Q43",
            "Türkiye|TUR|Q43",
            "Holy See|VAT|Q237",
            "Viet Nam|VNM|Q881",
            "Democratic People's Republic of Korea|PRK|Q423"})
    void resolvesVariantNames(String text, String iso3, String qid) {
        List<NameMatcher.Match> found = gazetteer.names().find("Statement by " + text + ".");
        assertEquals(1, found.size(), "found " + found);
        assertEquals(iso3, found.get(0).key());
        assertEquals("http://www.wikidata.org/entity/" + qid, gazetteer.byIso3(iso3).orElseThrow().wikidataIri());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Papua New Guinea|PNG", "Equatorial Guinea|GNQ", "Guinea-Bissau|GNB", "Nigeria|NGA", "Niger|NER",
            "South Sudan|SSD", "Dominican Republic|DOM"})
    void prefersTheLongestName(String text, String iso3) {
        List<NameMatcher.Match> found = gazetteer.names().find(text + " spoke.");
        assertEquals(List.of(iso3), found.stream().map(NameMatcher.Match::key).toList());
    }

    @Test
    void regionsAreNotStates() {
        assertTrue(gazetteer.names().find("Latin America, the Great Lakes Region and Southeast Asia").isEmpty());
    }
}
