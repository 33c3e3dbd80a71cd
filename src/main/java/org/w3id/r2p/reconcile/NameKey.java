package org.w3id.r2p.reconcile;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name folded for comparison: spreadsheets spell "Côte d’Ivoire" as "Cote d'Ivoire" or "COTE D'IVOIRE", so case,
 * accents and the kind of apostrophe must not decide whether two names are the same.
 */
final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`ʼ´]");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameKey() {}

    /** "Côte d’Ivoire" → "cote divoire"; hyphens, dots and other punctuation become single spaces. */
    static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        String plain = APOSTROPHES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
