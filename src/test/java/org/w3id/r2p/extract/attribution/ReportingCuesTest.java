package org.w3id.r2p.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportingCuesTest {
    private static final ReportingCues CUES = ReportingCues.standard();

    private static List<String> verbsIn(String text) {
        return CUES.verbPattern().matcher(text).results().map(r -> r.group()).toList();
    }

    @Test
    void holdsSeveralHundredLemmasEachWithAPublishedOrDocumentedSource() {
        assertTrue(CUES.lemmas().size() >= 250, "only " + CUES.lemmas().size() + " lemmas");
        for (String lemma : CUES.lemmas()) {
            String source = CUES.verb(lemma).orElseThrow().source();
            assertTrue(source.matches("verbnet:[a-z_]+-[0-9.]+|wordnet:verb\\.[a-z]+|recasens2013|r2p"),
                    lemma + " has source " + source);
        }
    }

    @Test
    void shipsTheLicencesAndSourcesOfItsData() {
        for (String file : List.of("verbnet-license.3.0.txt", "wordnet-license.3.0.txt", "SOURCES.md")) {
            assertTrue(ReportingCues.class.getResource(file) != null, file + " is missing beside the lexicon");
        }
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"rejected, reject", "dismissed, dismiss", "opposed, oppose", "criticized, criticize",
            "criticised, criticize", "denounced, denounce", "praised, praise", "supported, support",
            "cautioned, caution", "lamented, lament", "regretted, regret", "insisted, insist", "warned, warn",
            "urged, urge", "questioned, question", "recalled, recall", "asserted, assert", "deplored, deplore",
            "commended, commend", "acknowledged, acknowledge", "proposed, propose", "said, say", "spoken, speak",
            "called for, call for", "pointed out, point out", "spoke of, speak of", "took note, take note",
            "drew attention, draw attention", "expressed concern, express concern", "voiced support, voice support",
            "Speaking, speak", "Welcoming, welcome"})
    void findsTheLemmaOfAForm(String form, String lemma) {
        assertTrue(CUES.isVerbForm(form), form);
        assertEquals(Optional.of(lemma), CUES.lemma(form));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"States", "Notes", "Said", "Regretted", "statement", "point", "pointed", "table", ""})
    void refusesCapitalisedFiniteFormsAndWordsOutsideTheLexicon(String word) {
        assertFalse(CUES.isVerbForm(word), word);
        assertEquals(Optional.empty(), CUES.lemma(word));
    }

    @Test
    void readsPhrasalFormsAcrossAnyWhiteSpace() {
        assertEquals(Optional.of("call for"), CUES.lemma("called\n for"));
        assertEquals(List.of("called\nfor", "took   note"), verbsIn("She called\nfor calm and took   note of it."));
    }

    @Test
    void tellsParticiplesAndInflections() {
        assertTrue(CUES.isParticiple("noting"));
        assertTrue(CUES.isParticiple("Speaking"));
        assertFalse(CUES.isParticiple("noted"));
        assertEquals(Set.of(Inflection.PAST, Inflection.PAST_PARTICIPLE), CUES.inflections("said"));
        assertEquals(Set.of(Inflection.PAST_PARTICIPLE), CUES.inflections("spoken"));
        assertEquals(Set.of(), CUES.inflections("Said"));
    }

    @Test
    void marksWordsThatAreOftenNounsAdjectivesOrActs() {
        for (String ambiguous : List.of("state", "note", "call", "present", "welcome", "deliver", "raise", "support")) {
            assertTrue(CUES.isAmbiguous(ambiguous), ambiguous);
        }
        for (String clear : List.of("say", "deplore", "urge", "tell", "point out", "no such lemma")) {
            assertFalse(CUES.isAmbiguous(clear), clear);
        }
        assertEquals(Set.of(ReportingVerb.Ambiguity.NOUN, ReportingVerb.Ambiguity.SENSE),
                CUES.verb("support").orElseThrow().ambiguities());
    }

    @Test
    void matchesWholeWordsOnlyPreferringTheLongerCue() {
        assertEquals(List.of("Speaking", "called for", "stressed", "noted"),
                verbsIn("Speaking for the group, Chile called for restraint, stressed re-emphasized points and noted."));
        assertEquals(List.of(), verbsIn("The States were soothsaying, unsaid and well-noted; called-for."));
    }

    @Test
    void writesOutPossessivePhrasesAndMatchesThemInAnyCaseAndApostrophe() {
        assertTrue(CUES.phrases(PhraseCue.Kind.POSSESSIVE).stream().map(PhraseCue::phrase).toList()
                .containsAll(List.of("for his part", "for her part", "for its part", "for their part", "for our part")));
        Matcher possessive = CUES.phrasePattern(PhraseCue.Kind.POSSESSIVE).matcher("For its part, Chile agreed.");
        assertTrue(possessive.find());
        assertEquals("For its part", possessive.group());
        Matcher reference = CUES.phrasePattern(PhraseCue.Kind.SPEAKER_REFERENCE).matcher("that country\u2019s delegate said");
        assertTrue(reference.find());
        assertFalse(CUES.phrasePattern(PhraseCue.Kind.ATTRIBUTING).matcher("accordingly, to the point").find());
    }
}
