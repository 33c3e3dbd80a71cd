package org.w3id.r2p.extract.attribution;

import java.util.Locale;
import java.util.Objects;

/**
 * A noun or phrase cue of {@code reporting-phrases.tsv}: "according to", "for its part", "statement",
 * "the speaker".
 *
 * @param phrase the words as written, in lower case ("that country's delegate")
 * @param kind   how the phrase points to its speaker
 * @param source the published class it was taken from, or "r2p"
 */
public record PhraseCue(String phrase, Kind kind, String source) {
    public PhraseCue {
        Objects.requireNonNull(kind, "kind");
        if (phrase == null || phrase.isBlank() || phrase.contains("{")) {
            throw new IllegalArgumentException("A phrase cue needs written-out words: " + phrase);
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("Phrase cue " + phrase + " has no source");
        }
    }

    /** How a phrase cue points to its speaker. */
    public enum Kind {
        /** The speaker follows the phrase: "according to X", "in the view of X". */
        ATTRIBUTING,
        /** The phrase's pronoun stands for the speaker: "for its part", "in her statement". */
        POSSESSIVE,
        /** What a speaker said, as the subject of a reporting verb or after "in": "X's statement said". */
        STATEMENT_NOUN,
        /** A later mention of a speaker already named: "the speaker", "that country's delegate". */
        SPEAKER_REFERENCE;

        /** The value of the {@code kind} column: the name in lower case with hyphens. */
        static Kind parse(String column) {
            return valueOf(column.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }
}
