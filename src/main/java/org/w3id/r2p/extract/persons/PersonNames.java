package org.w3id.r2p.extract.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.EntityKind;
import org.w3id.r2p.extract.Found;
import org.w3id.r2p.extract.Mention;

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
 * is a role misread as a body ("Professor Dariusz Wielgos of the University of Warsaw"); nor is a place.
 */
final class PersonNames {
    /** A person's name where the document gives it, and whether a title stands before it. */
    record Name(Span span, String label, boolean titled) {}

    private static final Pattern LIST_GAP = Pattern.compile("(?:\\s*\\([^()\\n]{1,60}\\))?\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)");
    private static final Pattern LINE = Pattern.compile("(?m)^[ \\t]*(\\S[^\\n]*?)[ \\t]*$");

    private final PersonLexicon lexicon;
    private final NameShapes shapes;
    private final RolePhrases roles;

    PersonNames(PersonLexicon lexicon, NameShapes shapes, RolePhrases roles) {
        this.lexicon = lexicon;
        this.shapes = shapes;
        this.roles = roles;
    }

    /**
     * The names of persons in the text, in text order.
     *
     * @param isPlace   true for a name that is a place's
     * @param signature where a letter's signatory stands, or null
     */
    List<Name> find(String text, Found earlier, Predicate<String> isPlace, Span signature) {
        List<NameShapes.Shape> all = shapes.in(text).stream()
                .filter(s -> !isTaken(text, s.span(), earlier) && !isPlace.test(s.span().of(text)))
                .toList();
        boolean[] accepted = new boolean[all.size()];
        boolean[] titled = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            NameShapes.Shape shape = all.get(i);
            int titles = titlesStart(text, shape.span().start());
            titled[i] = titles < shape.span().start();
            accepted[i] = titled[i] ? shape.nameWords() > 1 || takesSurname(text, shape.span().start())
                    : shape.nameWords() > 1 && (hasRole(text, shape.span(), titles) || isSignature(text, shape.span(), signature));
        }
        acceptLists(text, all, accepted, titled);
        List<Name> names = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (accepted[i]) {
                names.add(new Name(all.get(i).span(), all.get(i).span().of(text), titled[i]));
            }
        }
        return names;
    }

    /** Where the titles before {@code at} start ("H.E. Mr. "), or {@code at} if there are none. */
    int titlesStart(String text, int at) {
        Matcher m = lexicon.titleChainBefore().matcher(text).region(Math.max(0, at - 80), at);
        m.useTransparentBounds(true);
        return m.find() ? m.start() : at;
    }

    /** A title that a surname alone may follow stands right before {@code at}. */
    boolean takesSurname(String text, int at) {
        Matcher m = lexicon.surnameTitleAtEnd().matcher(text).region(Math.max(0, at - 40), at);
        m.useTransparentBounds(true);
        return m.find();
    }

    private boolean hasRole(String text, Span name, int titles) {
        return !roles.after(text, name).isEmpty() || roles.rightBefore(text, titles) != null
                || roles.commaBefore(text, titles) != null;
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

    /** Names in a list with an accepted one ("A, B and C") are names too, if they have two words or a title. */
    private void acceptLists(String text, List<NameShapes.Shape> all, boolean[] accepted, boolean[] titled) {
        int chainStart = 0;
        for (int i = 1; i <= all.size(); i++) {
            boolean joined = i < all.size() && isListGap(text, all.get(i - 1).span().end(), all.get(i).span().start());
            if (joined) {
                continue;
            }
            boolean any = false;
            for (int k = chainStart; k < i; k++) {
                any |= accepted[k];
            }
            for (int k = chainStart; any && k < i; k++) {
                accepted[k] |= all.get(k).nameWords() > 1 || titled[k] && takesSurname(text, all.get(k).span().start());
            }
            chainStart = i;
        }
    }

    private boolean isListGap(String text, int from, int to) {
        int afterGap = titlesStart(text, to);
        Matcher gap = LIST_GAP.matcher(text).region(from, afterGap);
        return gap.matches();
    }

    /**
     * Inside another name found earlier: a State's ("Chad"), an organization's or a mechanism's. An organization
     * whose name starts with a role ("Professor X of the University of Y") is a misread role and does not count.
     */
    boolean isTaken(String text, Span span, Found earlier) {
        for (Mention m : earlier.mentions()) {
            if (m.span().overlaps(span) && !(m.kind() == EntityKind.ORGANIZATION && roles.isRoleLed(text, m.span())
                    && m.span().start() < span.start())) {
                return true;
            }
        }
        return false;
    }
}
