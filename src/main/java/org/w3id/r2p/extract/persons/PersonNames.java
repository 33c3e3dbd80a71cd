package org.w3id.r2p.extract.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Span;

/**
 * Decides which name-shaped pieces of a text are persons' names, by what stands around them:
 * <ul>
 *   <li>a title before the name ("Mr. Sánchez de la Vega", "Ambassador Karel van Dijk-Mbeki"); a title of
 *       address or office ("Mr.", "Archbishop", "Minister") makes a surname alone a name;</li>
 *   <li>a role beside a name of two words or more, after it, right before it or before it with a comma
 *       (see {@link RolePhrases});</li>
 *   <li>a list of names joined to one found so ("Foreign Ministers, Pieter-Jan Vanhoutte and Tsholofelo
 *       Ramotswa");</li>
 *   <li>a line alone in the place where a letter is signed.</li>
 * </ul>
 * A piece inside a name already found (a State, an organization, a mechanism) is not a person's, unless that name
 * is a role misread as a body (see {@link EarlierNames}); nor is a place.
 */
final class PersonNames {
    /** A person's name where the document gives it, and whether a title stands before it. */
    record Name(Span span, String label, boolean titled) {}

    private static final Pattern LIST_GAP = Pattern.compile("(?:\\s*\\([^()\\n]{1,60}\\))?\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)");
    private static final Pattern AND = Pattern.compile("(?<![\\p{L}])and(?![\\p{L}])");
    private static final Pattern LONG_WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’\\-\\u2011]{3,}");
    private static final int HEADLINE_WORDS = 3;
    private static final Pattern LINE = Pattern.compile("(?m)^[ \\t]*(\\S[^\\n]*?)[ \\t]*$");

    private final PersonLexicon lexicon;

    PersonNames(PersonLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The names of persons in the text, in text order.
     *
     * @param shapes    the text's name-shaped pieces
     * @param isPlace   true for a name that is a place's
     * @param signature where a letter's signatory stands, or null
     */
    List<Name> find(String text, List<NameShapes.Shape> shapes, RolePhrases roles, EarlierNames earlier,
                    Predicate<String> isPlace, Span signature) {
        List<NameShapes.Shape> free = shapes.stream()
                .filter(s -> !earlier.isTaken(s.span()))
                .toList();
        boolean[] accepted = new boolean[free.size()];
        boolean[] titled = new boolean[free.size()];
        for (int i = 0; i < free.size(); i++) {
            NameShapes.Shape shape = free.get(i);
            int titles = lexicon.titlesStart(text, shape.span().start());
            titled[i] = titles < shape.span().start();
            boolean role = hasRole(shape.span(), titles, roles);
            // A city is a name only after a title ("Mr. Lima"), never in a dateline or beside a role ("Buenos Aires,").
            accepted[i] = titled[i] ? (shape.nameWords() > 1 || lexicon.takesSurname(text, shape.span().start()))
                    && (role || !isHeadlineVerb(text, shape))
                    : shape.nameWords() > 1 && (role || isSignature(text, shape.span(), signature))
                    && !isPlace.test(shape.span().of(text));
        }
        acceptLists(text, free, accepted, titled);
        List<Name> names = new ArrayList<>();
        for (int i = 0; i < free.size(); i++) {
            if (accepted[i]) {
                names.add(new Name(free.get(i).span(), free.get(i).span().of(text), titled[i]));
            }
        }
        return names;
    }

    private static boolean hasRole(Span name, int titles, RolePhrases roles) {
        return !roles.after(name).isEmpty() || roles.rightBefore(titles) != null || roles.commaBefore(titles) != null;
    }

    /**
     * "... Deputy Secretary-General Decries Killings in ...": in a headline, where every long word is capitalised, a
     * title's "name" that starts with a present-tense verb's "-s" and that the document never writes elsewhere.
     */
    private static boolean isHeadlineVerb(String text, NameShapes.Shape shape) {
        if (!shape.words().get(0).endsWith("s")) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', shape.span().start()) + 1;
        int lineEnd = text.indexOf('\n', shape.span().end());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        List<String> longWords = LONG_WORD.matcher(text).region(lineStart, lineEnd).results().skip(1)
                .map(MatchResult::group).toList();
        boolean headline = longWords.size() >= HEADLINE_WORDS && longWords.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)));
        String surname = shape.words().get(shape.words().size() - 1);
        boolean elsewhere = text.substring(0, lineStart).contains(surname) || text.substring(lineEnd).contains(surname);
        return headline && !elsewhere;
    }

    private static boolean isSignature(String text, Span name, Span signature) {
        if (signature == null || !signature.contains(name)) {
            return false;
        }
        Matcher line = LINE.matcher(text).region(signature.start(), signature.end());
        while (line.find()) {
            if (line.start(1) == name.start() && line.end(1) == name.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Names in a list with an accepted one are names too, if they have two words or a title: a list of pieces
     * joined by commas and closed by "and" ("A, B and C", "Foreign Ministers, A and B"). "In New York, Mr. X said"
     * is no list.
     */
    private void acceptLists(String text, List<NameShapes.Shape> shapes, boolean[] accepted, boolean[] titled) {
        int chainStart = 0;
        boolean closedByAnd = false;
        for (int i = 1; i <= shapes.size(); i++) {
            String gap = i < shapes.size() ? listGap(text, shapes.get(i - 1).span().end(), shapes.get(i).span().start()) : null;
            if (gap != null) {
                closedByAnd = AND.matcher(gap).find();
                continue;
            }
            boolean any = false;
            for (int k = chainStart; k < i; k++) {
                any |= accepted[k];
            }
            for (int k = chainStart; any && closedByAnd && k < i; k++) {
                accepted[k] |= shapes.get(k).nameWords() > 1 || titled[k] && lexicon.takesSurname(text, shapes.get(k).span().start());
            }
            chainStart = i;
            closedByAnd = false;
        }
    }

    /** The words between two pieces if they join items of a list, else null. */
    private String listGap(String text, int from, int to) {
        int afterGap = lexicon.titlesStart(text, to);
        boolean gap = from <= afterGap && LIST_GAP.matcher(text).region(from, afterGap).matches();
        return gap ? text.substring(from, afterGap) : null;
    }
}
