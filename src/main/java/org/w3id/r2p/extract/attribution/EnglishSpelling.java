package org.w3id.r2p.extract.attribution;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * English spelling rules for adding the verb endings -s, -ed and -ing to one regular, lower-case word, and the
 * British spellings of a word written the American way. Irregular verbs are not its concern (see {@link Inflector}).
 */
final class EnglishSpelling {
    private static final String VOWELS = "aeiou";
    /**
     * Prefixes after which a one-syllable root keeps its stress, so that its last consonant doubles as in a
     * one-syllable word: re+gret, re+fer, com+mit, ex+tol, con+trol. Stress cannot be read from spelling; this
     * is the usual approximation, and it is wrong for a few words (pro+fit) that are not reporting verbs.
     */
    private static final List<String> STRESS_KEEPING_PREFIXES = List.of("trans", "under", "over", "com", "con",
            "dis", "pre", "pro", "sub", "per", "out", "mis", "re", "de", "ab", "ad", "ex", "in", "up", "be", "a");
    /** Consonant pairs that may open a root whose consonant doubles: "gret", "trol", "quip", "spel". */
    private static final Set<String> ROOT_ONSETS = Set.of("bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl",
            "pr", "qu", "sc", "sk", "sl", "sm", "sn", "sp", "st", "sw", "tr", "tw");

    /** American -or after one vowel and b, d, l, m, n or v, British -our: favor, honor, labor, color, rumor. */
    private static final Pattern OR_ENDING = Pattern.compile(".*[^aeiou][aeiou][bdlmnv]or");

    private EnglishSpelling() {}

    /** The third person singular: "says", "urges", "stresses", "replies", "echoes". */
    static String thirdPerson(String word) {
        if (word.endsWith("s") || word.endsWith("x") || word.endsWith("z") || word.endsWith("ch")
                || word.endsWith("sh") || endsWithConsonantThen(word, 'o')) {
            return word + "es";
        }
        if (endsWithConsonantThen(word, 'y')) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }

    /**
     * The regular past (and past participle): "urged", "replied", "regretted", "referred". A final l after one
     * vowel doubles in British spelling only, so "signal" gives "signalled" and "signaled".
     */
    static List<String> past(String word) {
        if (word.endsWith("e")) {
            return List.of(word + "d");
        }
        if (endsWithConsonantThen(word, 'y')) {
            return List.of(word.substring(0, word.length() - 1) + "ied");
        }
        return suffixed(word, "ed");
    }

    /** The -ing form: "urging", "agreeing", "replying", "regretting", "signalling" and "signaling". */
    static List<String> presentParticiple(String word) {
        if (word.endsWith("ie")) {
            return List.of(word.substring(0, word.length() - 2) + "ying");
        }
        if (word.endsWith("ee") || word.endsWith("ye") || word.endsWith("oe")) {
            return List.of(word + "ing");
        }
        if (word.endsWith("e") && word.length() > 2) {
            return List.of(word.substring(0, word.length() - 1) + "ing");
        }
        return suffixed(word, "ing");
    }

    /**
     * The word as written in both spellings: the American -ize and -or of the lexicon ("emphasize", "favor"),
     * then the British -ise and -our ("emphasise", "favour"). Words with no second spelling give themselves.
     */
    static List<String> spellings(String word) {
        if (word.endsWith("ize")) {
            String stem = word.substring(0, word.length() - 3);
            // "size" and "seize" have no -ise spelling: their stem has no vowel, or ends in one.
            if (stem.chars().anyMatch(c -> isVowel((char) c)) && !isVowel(stem.charAt(stem.length() - 1))) {
                return List.of(word, stem + "ise");
            }
        }
        if (OR_ENDING.matcher(word).matches()) {
            return List.of(word, word.substring(0, word.length() - 2) + "our");
        }
        return List.of(word);
    }

    private static List<String> suffixed(String word, String suffix) {
        if (doublesFinalConsonant(word)) {
            return List.of(word + word.charAt(word.length() - 1) + suffix);
        }
        if (word.endsWith("l") && endsWithSingleVowelConsonant(word) && syllables(word) > 1) {
            return List.of(word + "l" + suffix, word + suffix);
        }
        return List.of(word + suffix);
    }

    /** One stressed syllable closed by one consonant after one vowel: "beg", "sum", "regret", "refer", "extol". */
    static boolean doublesFinalConsonant(String word) {
        if (!endsWithSingleVowelConsonant(word) || "wxy".indexOf(word.charAt(word.length() - 1)) >= 0) {
            return false;
        }
        if (syllables(word) == 1) {
            return true;
        }
        for (String prefix : STRESS_KEEPING_PREFIXES) {
            if (word.startsWith(prefix)) {
                String root = word.substring(prefix.length());
                if (syllables(root) == 1 && opensWithConsonants(root)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A root that opens with one consonant or a consonant pair that can open an English syllable. */
    private static boolean opensWithConsonants(String root) {
        if (root.length() < 3 || isVowel(root.charAt(0))) {
            return false;
        }
        return !isConsonant(root, 1) || ROOT_ONSETS.contains(root.substring(0, 2));
    }

    private static boolean endsWithSingleVowelConsonant(String word) {
        int n = word.length();
        return n >= 2 && isConsonant(word, n - 1) && isVowel(word.charAt(n - 2)) && (n == 2 || isConsonant(word, n - 3));
    }

    /** A consonant letter; the u of "qu" counts as one, so that "equip" ends in one vowel and a consonant. */
    private static boolean isConsonant(String word, int at) {
        char c = word.charAt(at);
        if (c == 'u' && at > 0 && word.charAt(at - 1) == 'q') {
            return true;
        }
        return Character.isLetter(c) && !isVowel(c);
    }

    private static boolean endsWithConsonantThen(String word, char last) {
        int n = word.length();
        return n >= 2 && word.charAt(n - 1) == last && isConsonant(word, n - 2);
    }

    /** Groups of vowel letters, not counting a final silent e: "refer" 2, "urge" 1, "emphasize" 3. */
    static int syllables(String word) {
        String w = word.endsWith("e") && word.length() > 2 ? word.substring(0, word.length() - 1) : word;
        int groups = 0;
        boolean inVowel = false;
        for (int i = 0; i < w.length(); i++) {
            boolean vowel = !isConsonant(w, i) && isVowel(w.charAt(i));
            if (vowel && !inVowel) {
                groups++;
            }
            inVowel = vowel;
        }
        return Math.max(groups, 1);
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }
}
