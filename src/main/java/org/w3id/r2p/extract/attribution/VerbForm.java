package org.w3id.r2p.extract.attribution;

import java.util.Objects;

/**
 * One written form of a reporting verb: "regretted" is the past of "regret", "took note" the past of "take note".
 *
 * @param form       the form in lower case, words separated by one space
 * @param lemma      the lexicon entry it inflects
 * @param inflection which form it is
 */
public record VerbForm(String form, String lemma, Inflection inflection) {
    public VerbForm {
        Objects.requireNonNull(inflection, "inflection");
        if (form == null || form.isBlank() || lemma == null || lemma.isBlank()) {
            throw new IllegalArgumentException("A verb form needs a form and a lemma: " + form + " / " + lemma);
        }
    }
}
