package org.w3id.r2p.extract.attribution;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A lexicon entry of {@code reporting-verbs.tsv}: a verb, or a verb with its particle or object ("point out",
 * "take note"), that reports what a speaker said or stood for.
 *
 * @param lemma       the base form in lower case, words separated by one space
 * @param source      the published class it was taken from, as "verbnet:say-37.7" or "wordnet:verb.communication"
 * @param ambiguities why a form may be another word or another sense in UN prose; empty when a lower-case form
 *                    is almost always this reporting verb
 */
public record ReportingVerb(String lemma, String source, Set<Ambiguity> ambiguities) {
    private static final Pattern LEMMA = Pattern.compile("[a-z]+(?: [a-z]+)*");

    public ReportingVerb {
        if (lemma == null || !LEMMA.matcher(lemma).matches()) {
            throw new IllegalArgumentException("A lemma is lower-case words separated by single spaces: " + lemma);
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("Lemma " + lemma + " has no source");
        }
        ambiguities = Set.copyOf(ambiguities);
    }

    /** Whether a rule needs more evidence than a lower-case form to read this verb as reporting speech. */
    public boolean isAmbiguous() {
        return !ambiguities.isEmpty();
    }

    /** Why a form of a verb may be another word or another sense in UN prose. */
    public enum Ambiguity {
        /** A form is commonly a noun: "States", "notes", "calls", "views". */
        NOUN,
        /** A form is commonly an adjective: "present", "welcome", "encouraging". */
        ADJECTIVE,
        /** The verb commonly names an act, not speech: "delivered aid", "concluded its debate". */
        SENSE;

        /** The values of the {@code ambiguity} column: names in lower case, comma-separated, or nothing. */
        static Set<Ambiguity> parse(String column) {
            Set<Ambiguity> values = EnumSet.noneOf(Ambiguity.class);
            Arrays.stream(column.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(s -> values.add(valueOf(s.toUpperCase(Locale.ROOT))));
            return values;
        }
    }
}
