package org.w3id.r2p.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Span;

/**
 * Acronyms a document defines in brackets right after a name ("... Fact-Finding Mission on Myanmar (FFM)"): the
 * acronym names that body wherever it stands alone in the document, even where a gazetteer gives the same
 * letters to another name, since the document's own definition is the better guide.
 */
final class Acronyms {
    private static final Pattern ACRONYM_AFTER = Pattern.compile("\\A\\s*[(\\[]\\s*(\\p{Lu}[\\p{L}\\p{N}]{1,9})\\s*[)\\]]");
    private static final Pattern NAME_WORD_BREAK = Pattern.compile("[\\s/\u2010\u2011\u2013-]+");
    private static final int LOOKAHEAD = 20;
    private static final Pattern NOT_CAPITAL = Pattern.compile("[^\\p{Lu}]");

    private Acronyms() {}

    /** The bodies with every use of a defined acronym added, or turned to the body it was defined for. */
    static List<NamedBodies.Body> resolve(String text, List<NamedBodies.Body> bodies) {
        Map<String, NamedBodies.Body> byAcronym = definitions(text, bodies);
        List<NamedBodies.Body> result = new ArrayList<>();
        for (NamedBodies.Body body : bodies) {
            NamedBodies.Body defined = byAcronym.get(body.span().of(text));
            result.add(defined == null || defined.name().equals(body.name()) ? body : defined.at(body.span()));
        }
        for (Map.Entry<String, NamedBodies.Body> entry : byAcronym.entrySet()) {
            String acronym = entry.getKey();
            for (int at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + 1)) {
                Span span = new Span(at, at + acronym.length());
                if (isWord(text, span) && result.stream().noneMatch(b -> b.span().overlaps(span))) {
                    result.add(entry.getValue().at(span));
                }
            }
        }
        return result;
    }

    /** Whether the span is a whole word: no letter or digit just before or after it. */
    private static boolean isWord(String text, Span span) {
        return (span.start() == 0 || !Character.isLetterOrDigit(text.charAt(span.start() - 1)))
                && (span.end() == text.length() || !Character.isLetterOrDigit(text.charAt(span.end())));
    }

    private static Map<String, NamedBodies.Body> definitions(String text, List<NamedBodies.Body> bodies) {
        Map<String, NamedBodies.Body> byAcronym = new LinkedHashMap<>();
        for (NamedBodies.Body body : bodies) {
            int end = body.span().end();
            Matcher m = ACRONYM_AFTER.matcher(text.subSequence(end, Math.min(text.length(), end + LOOKAHEAD)));
            if (m.find() && isAcronymOf(m.group(1), body.name())) {
                byAcronym.putIfAbsent(m.group(1), body);
            }
        }
        return byAcronym;
    }

    /**
     * Whether the letters in brackets abbreviate the name: its capitals are the initials of the name's capitalised
     * words, in order ("ICRtoP" for "International Coalition for the Responsibility to Protect"; a UN body's acronym
     * may open with the "UN" the name leaves out, "UNITAD"), or, failing that, its letters stand in the name in
     * order with the first one opening a word ("CEWARN" for "Conflict Early Warning and Response Mechanism"), the
     * test of Schwartz and Hearst (2003, "A simple algorithm for identifying abbreviation definitions in
     * biomedical text").
     */
    static boolean isAcronymOf(String acronym, String name) {
        String capitals = NOT_CAPITAL.matcher(acronym).replaceAll("");
        if (capitals.startsWith("UN") && !name.startsWith("U")) {
            capitals = capitals.substring(2);
        }
        StringBuilder initials = new StringBuilder();
        for (String word : NAME_WORD_BREAK.split(name)) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return capitals.length() >= 2 && (isSubsequence(capitals, initials.toString().toUpperCase(Locale.ROOT))
                || lettersStandInName(acronym, name));
    }

    /** Schwartz and Hearst: from the end, each letter of the acronym found further left in the name. */
    private static boolean lettersStandInName(String acronym, String name) {
        String shortForm = acronym.toLowerCase(Locale.ROOT);
        String longForm = name.toLowerCase(Locale.ROOT);
        int l = longForm.length() - 1;
        for (int s = shortForm.length() - 1; s >= 0; s--) {
            char c = shortForm.charAt(s);
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            while (l >= 0 && (longForm.charAt(l) != c
                    || s == 0 && l > 0 && Character.isLetterOrDigit(longForm.charAt(l - 1)))) {
                l--;
            }
            if (l < 0) {
                return false;
            }
            l--;
        }
        return true;
    }

    private static boolean isSubsequence(String needle, String haystack) {
        int at = 0;
        for (char c : haystack.toCharArray()) {
            if (at < needle.length() && needle.charAt(at) == c) {
                at++;
            }
        }
        return at == needle.length();
    }
}
