package org.w3id.r2p.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityTableTest {
    private final EntityTable standard = EntityTable.standard();

    @Test
    void shipsTheCheckedTable() {
        assertEquals(22, standard.rows().size());
        assertTrue(standard.rows().stream().allMatch(row -> row.wikidataIri().matches("http://www\\.wikidata\\.org/entity/Q[1-9][0-9]*")));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "United Nations|Q1065", "UN|Q1065", "Security Council|Q37470", "UNSC|Q37470",
            "Human Rights Council|Q205650", "ECOWAS|Q193272", "Arab League|Q7172",
            "Organisation of the Islamic Conference|Q47543", "international criminal court|Q47488",
            "Secretary-General of the United Nations|Q81066", "Secretary‑General of the United Nations|Q81066"})
    void findsOrganizationsAndOfficesByNameOrAlias(String name, String qid) {
        assertEquals(qid, standard.find(name, false).orElseThrow().qid());
    }

    @Test
    void personsRowsLinkOnlyPersonsAndOtherRowsOnlyTheRest() {
        assertEquals("Q311440", standard.find("Antonio Guterres", true).orElseThrow().qid());
        assertTrue(standard.find("António Guterres", false).isEmpty());
        assertTrue(standard.find("United Nations", true).isEmpty());
        assertTrue(standard.find("Global Centre for the Responsibility to Protect", false).isEmpty());
    }

    @Test
    void aUsersRowsAddToAndOverrideTheShippedOnes() {
        EntityTable table = standard.overriddenBy(List.of(
                new EntityLink("Council of Europe", EntityLink.Kind.ORGANIZATION, "Q8908", List.of("CoE")),
                new EntityLink("African Union", EntityLink.Kind.ORGANIZATION, "Q123", List.of())));
        assertEquals("Q8908", table.find("CoE", false).orElseThrow().qid());
        assertEquals("Q123", table.find("African Union", false).orElseThrow().qid());
        assertTrue(table.find("AU", false).isEmpty(), "the overridden row's aliases go with it");
        assertEquals("Q1065", table.find("UN", false).orElseThrow().qid());
    }

    @Test
    void readsQuotedFieldsCommentsAndAHeader() {
        EntityTableReader.Result read = EntityTableReader.read(List.of(
                "\uFEFFname,kind,wikidata,aliases",
                "# a comment",
                "",
                "\"Accountability, Coherence and Transparency Group\",organization,Q42,ACT Group|ACT",
                "Kofi Annan,person,Q1254"), "t.csv");
        assertEquals(List.of(), read.problems());
        assertEquals(2, read.rows().size());
        assertEquals(new EntityLink("Accountability, Coherence and Transparency Group", EntityLink.Kind.ORGANIZATION,
                "Q42", List.of("ACT Group", "ACT")), read.rows().get(0));
        assertEquals(List.of(), read.rows().get(1).aliases());
    }

    @Test
    void namesEveryBadRowWithItsLineNumberAndSkipsIt() {
        EntityTableReader.Result read = EntityTableReader.read(List.of(
                "name,kind,wikidata,aliases",
                "Council of Europe,organization,,CoE",
                "Council of Europe,organization,8908,CoE",
                "Council of Europe,organisation,Q8908,CoE",
                "Council of Europe,organization,Q8908,CoE",
                "Conseil de l'Europe,organization,Q999,CoE",
                "Council of Europe,organization",
                "Council of Europe,organization,Q8908,CoE"), "mine.csv");
        assertEquals(List.of(
                "mine.csv:2: no Wikidata QID for 'Council of Europe'; row skipped",
                "mine.csv:3: malformed QID '8908' for 'Council of Europe' (expected Q and digits, as in Q1065); row skipped",
                "mine.csv:4: unknown kind 'organisation' (expected one of organization, office, person, mechanism, network); row skipped",
                "mine.csv:6: 'CoE' is already linked to Q8908 on line 5, not Q999; row skipped",
                "mine.csv:7: expected the columns name,kind,wikidata,aliases, found 2 field(s); row skipped"),
                read.problems().stream().map(Object::toString).toList());
        assertEquals(2, read.rows().size(), "the same row twice with the same QID is no conflict");
    }
}
