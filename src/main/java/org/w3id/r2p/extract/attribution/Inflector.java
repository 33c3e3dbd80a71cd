package org.w3id.r2p.extract.attribution;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.w3id.r2p.link.DataFiles;

/**
 * Writes out every form of a verb lemma: base, -s, past, past participle and -ing, in American and British
 * spelling, by English spelling rules ("regretted", "replies", "urging", "emphasises") and, for irregular verbs,
 * from {@code irregular-verbs.tsv} ("said", "spoken"). Only the first word of a phrasal lemma is inflected:
 * "took note", "pointing out".
 * <pre>
 *   Inflector.standard().forms("regret")  // regret, regrets, regretted (past and participle), regretting
 * </pre>
 */
public final class Inflector {
    private static final String IRREGULAR_VERBS = "irregular-verbs.tsv";

    /**
     * The irregular forms of one verb.
     *
     * @param base           the base form
     * @param past           past forms, the usual one first ("dwelt", "dwelled")
     * @param pastParticiple past-participle forms, the usual one first
     */
    public record Irregular(String base, List<String> past, List<String> pastParticiple) {
        public Irregular {
            Objects.requireNonNull(base, "base");
            past = List.copyOf(past);
            pastParticiple = List.copyOf(pastParticiple);
            if (past.isEmpty() || pastParticiple.isEmpty()) {
                throw new IllegalArgumentException("Irregular verb " + base + " needs a past and a past participle");
            }
        }
    }

    private final Map<String, Irregular> irregular;

    /** An inflector that knows these irregular verbs and treats every other verb as regular. */
    public Inflector(List<Irregular> irregularVerbs) {
        Map<String, Irregular> byBase = new HashMap<>();
        for (Irregular verb : irregularVerbs) {
            if (byBase.put(verb.base(), verb) != null) {
                throw new IllegalArgumentException("Irregular verb listed twice: " + verb.base());
            }
        }
        this.irregular = Map.copyOf(byBase);
    }

    /** The inflector with the irregular verbs of {@code irregular-verbs.tsv}. */
    public static Inflector standard() {
        List<Irregular> verbs = DataFiles.tsv(Inflector.class, IRREGULAR_VERBS).stream()
                .map(Inflector::irregular).toList();
        return new Inflector(verbs);
    }

    private static Irregular irregular(String[] fields) {
        if (fields.length != 3) {
            throw new IllegalStateException(IRREGULAR_VERBS + ": expected base, past and participle in " + Arrays.toString(fields));
        }
        return new Irregular(fields[0].strip(), alternatives(fields[1]), alternatives(fields[2]));
    }

    private static List<String> alternatives(String field) {
        return Arrays.stream(field.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Every form of a lemma, each once per inflection, in a fixed order. */
    public List<VerbForm> forms(String lemma) {
        int space = lemma.indexOf(' ');
        String head = space < 0 ? lemma : lemma.substring(0, space);
        String rest = space < 0 ? "" : lemma.substring(space);
        Set<VerbForm> forms = new LinkedHashSet<>();
        for (String spelling : EnglishSpelling.spellings(head)) {
            Irregular known = irregular.get(spelling);
            add(forms, List.of(spelling), rest, lemma, Inflection.BASE);
            add(forms, List.of(EnglishSpelling.thirdPerson(spelling)), rest, lemma, Inflection.THIRD_PERSON);
            add(forms, known != null ? known.past() : EnglishSpelling.past(spelling), rest, lemma, Inflection.PAST);
            add(forms, known != null ? known.pastParticiple() : EnglishSpelling.past(spelling), rest, lemma,
                    Inflection.PAST_PARTICIPLE);
            add(forms, EnglishSpelling.presentParticiple(spelling), rest, lemma, Inflection.PRESENT_PARTICIPLE);
        }
        return List.copyOf(forms);
    }

    private static void add(Set<VerbForm> forms, List<String> heads, String rest, String lemma, Inflection inflection) {
        for (String head : heads) {
            forms.add(new VerbForm(head + rest, lemma, inflection));
        }
    }
}
