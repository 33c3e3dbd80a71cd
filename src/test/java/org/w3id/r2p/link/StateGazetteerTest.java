package org.w3id.r2p.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Kosovo|XKX|Q1246", "Taiwan|TWN|Q865"})
    void nonMembersAreRecognisedButAreNotUnStates(String name, String iso3, String qid) {
        StateRecord state = gazetteer.byIso3(iso3).orElseThrow();
        assertFalse(state.isUnState());
        assertTrue(state.isNonUnState());
        assertEquals(name, state.label());
        assertEquals("http://www.wikidata.org/entity/" + qid, state.wikidataIri());
        assertEquals(List.of(iso3), gazetteer.names().find("Delegates discussed " + name + ".").stream()
                .map(NameMatcher.Match::key).toList());
    }

    @Test
    void holySeeIsItsOwnWikidataItemNotVaticanCity() {
        StateRecord holySee = gazetteer.byIso3("VAT").orElseThrow();
        assertEquals("Holy See", holySee.label());
        assertEquals("http://www.wikidata.org/entity/Q159583", holySee.wikidataIri());
        assertEquals("observer", holySee.unStatus());
    }

    @ParameterizedTest(name = "{0} is labelled \"{1}\", also \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "CIV|Côte d'Ivoire|Ivory Coast",
            "KOR|Republic of Korea|South Korea",
            "PRK|Democratic People's Republic of Korea|North Korea",
            "COD|Democratic Republic of the Congo|DR Congo",
            "COG|Congo|Republic of the Congo",
            "RUS|Russian Federation|Russia",
            "TUR|Türkiye|Turkey",
            "NLD|Netherlands (Kingdom of the)|Netherlands",
            "GBR|United Kingdom of Great Britain and Northern Ireland|United Kingdom",
            "SAU|Saudi Arabia|Kingdom of Saudi Arabia",
            "PSE|State of Palestine|Palestine"})
    void labelsAreUnShortNamesWithCommonNamesAsAltLabels(String iso3, String label, String altLabel) {
        StateRecord state = gazetteer.byIso3(iso3).orElseThrow();
        assertEquals(label, state.label());
        assertTrue(state.altLabels().contains(altLabel), state.altLabels().toString());
        assertFalse(state.altLabels().contains(label));
    }

    @Test
    void everyUnStateHasAUnShortName() {
        gazetteer.states().stream().filter(StateRecord::isUnState)
                .forEach(s -> assertNotNull(s.unName(), s.iso3() + " has no UN short name"));
    }

    @Test
    void respellingsAreNotAltLabels() {
        List<String> altLabels = gazetteer.byIso3("CIV").orElseThrow().altLabels();
        assertFalse(altLabels.contains("Cote d'Ivoire"), altLabels.toString());
        assertFalse(altLabels.contains("Côte d’Ivoire"), altLabels.toString());
        assertFalse(gazetteer.byIso3("TUR").orElseThrow().altLabels().contains("Turkiye"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "the Kingdom of Saudi Arabia|SAU", "Russian Federation|RUS", "the Union of the Comoros|COM",
            "Netherlands (Kingdom of the)|NLD", "Lao People’s Democratic Republic|LAO"})
    void tellsAStatesWholeNameFromANameThatContainsOne(String name, String iso3) {
        assertEquals(iso3, gazetteer.stateNamed(name).orElseThrow());
        assertTrue(gazetteer.stateNamed("Permanent Mission of " + name).isEmpty());
        assertTrue(gazetteer.stateNamed(name + " Council").isEmpty());
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
            "Holy See|VAT|Q159583",
            "Kingdom of Saudi Arabia|SAU|Q851",
            "Bolivarian Republic of Venezuela|VEN|Q717",
            "Venezuela (Bolivarian Republic of)|VEN|Q717",
            "Plurinational State of Bolivia|BOL|Q750",
            "Islamic Republic of Iran|IRN|Q794",
            "Republic of Moldova|MDA|Q217",
            "Lao People's Democratic Republic|LAO|Q819",
            "Lao People’s Democratic Republic|LAO|Q819",
            "Syrian Arab Republic|SYR|Q858",
            "Netherlands (Kingdom of the)|NLD|Q29999",
            "Kingdom of the Netherlands|NLD|Q29999",
            "Union of the Comoros|COM|Q970",
            "Republic of the Congo|COG|Q971",
            "Democratic Republic of the Congo|COD|Q974",
            "Federal Republic of Germany|DEU|Q183",
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
            "South Sudan|SSD", "Dominican Republic|DOM", "Democratic Republic of the Congo|COD",
            "Democratic People's Republic of Korea|PRK", "Republic of Guinea-Bissau|GNB", "Republic of the Niger|NER",
            "Republic of South Sudan|SSD", "Commonwealth of Dominica|DMA"})
    void prefersTheLongestName(String text, String iso3) {
        List<NameMatcher.Match> found = gazetteer.names().find(text + " spoke.");
        assertEquals(List.of(iso3), found.stream().map(NameMatcher.Match::key).toList());
    }

    @Test
    void tellsApartStatesWhoseNamesContainEachOther() {
        String text = "Guinea, Guinea-Bissau and Equatorial Guinea; Niger and Nigeria; Dominica and the Dominican "
                + "Republic; Sudan and South Sudan; the Congo and the Democratic Republic of the Congo; the Republic "
                + "of Korea and the Democratic People's Republic of Korea.";
        assertEquals(List.of("GIN", "GNB", "GNQ", "NER", "NGA", "DMA", "DOM", "SDN", "SSD", "COG", "COD", "KOR", "PRK"),
                gazetteer.names().find(text).stream().map(NameMatcher.Match::key).toList());
    }

    @Test
    void regionsAreNotStates() {
        assertTrue(gazetteer.names().find("Latin America, the Great Lakes Region and Southeast Asia").isEmpty());
    }
}
