package org.w3id.r2p.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InflectorTest {
    private static final Inflector INFLECTOR = Inflector.standard();

    private static List<String> forms(String lemma, Inflection inflection) {
        return INFLECTOR.forms(lemma).stream().filter(f -> f.inflection() == inflection).map(VerbForm::form).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "regret, regretted", "refer, referred", "rebut, rebutted", "recap, recapped", "abhor, abhorred",
            "aver, averred", "concur, concurred", "extol, extolled", "beg, begged",
            // Final syllable unstressed, or closed by two letters: no doubling.
            "reckon, reckoned", "offer, offered", "wonder, wondered", "answer, answered", "deliver, delivered",
            "differ, differed", "visit, visited", "posit, posited", "threaten, threatened", "detail, detailed",
            "urge, urged", "agree, agreed", "reply, replied", "convey, conveyed", "echo, echoed",
            "plead, pleaded|pled", "signal, signalled|signaled", "counsel, counselled|counseled",
            "say, said", "tell, told", "speak, spoke", "write, wrote", "draw, drew", "take note, took note",
            "sum up, summed up", "dwell on, dwelt on|dwelled on"})
    void writesThePast(String lemma, String past) {
        assertEquals(List.of(past.split("\\|")), forms(lemma, Inflection.PAST));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"speak, spoken", "write, written", "draw, drawn", "take the floor, taken the floor",
            "say, said", "regret, regretted", "undertake, undertaken"})
    void writesThePastParticiple(String lemma, String participle) {
        assertEquals(List.of(participle), forms(lemma, Inflection.PAST_PARTICIPLE));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"urge, urging", "note, noting", "agree, agreeing", "guarantee, guaranteeing", "argue, arguing",
            "reply, replying", "lobby, lobbying", "regret, regretting", "refer, referring", "put forward, putting forward",
            "speak out, speaking out", "reckon, reckoning", "say, saying"})
    void writesTheIngForm(String lemma, String participle) {
        assertEquals(List.of(participle), forms(lemma, Inflection.PRESENT_PARTICIPLE));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"reply, replies", "lobby, lobbies", "echo, echoes", "stress, stresses", "reproach, reproaches",
            "relay, relays", "say, says", "point out, points out", "urge, urges"})
    void writesTheThirdPerson(String lemma, String third) {
        assertEquals(List.of(third), forms(lemma, Inflection.THIRD_PERSON));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"emphasize, emphasise emphasises emphasised emphasising",
            "criticize, criticise criticises criticised criticising",
            "recognize, recognise recognises recognised recognising",
            "favor, favour favours favoured favouring", "honor, honour honours honoured honouring"})
    void writesBritishSpellingsBesideAmericanOnes(String lemma, String british) {
        List<String> forms = INFLECTOR.forms(lemma).stream().map(VerbForm::form).distinct().toList();
        assertEquals(List.of(british.split(" ")), forms.subList(forms.size() - 4, forms.size()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"advise", "apprise", "chastise", "surmise", "size"})
    void leavesWordsThatAreNotIzeVerbsInOneSpelling(String lemma) {
        assertEquals(List.of(lemma), forms(lemma, Inflection.BASE));
    }
}
