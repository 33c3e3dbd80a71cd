package org.w3id.r2p.extract.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.corpus.Tokens;

/**
 * The patterns of role phrases, built once from the lexicon: a role (a head with its modifiers), the complement
 * that may follow it ("of the Commission", "for Political Affairs"), roles run together before a name ("expert
 * member Tunde Ajayi-Bello") and an organization's name that is a role misread as a body ("Chair of the Fact-Finding
 * Mission", "Kenya's Principal Secretary in the Ministry of Foreign Affairs"). Immutable.
 */
final class RoleGrammar {
    static final String CAPITALISED = "\\p{Lu}[\\p{L}\\p{M}'’\\-\\u2011]*";

    private final Pattern role;
    private final WordStarts roleStarts;
    private final Pattern titlesAhead;
    private final Pattern nextTitledName;
    private final Pattern rolesToEnd;
    private final Pattern andAnotherRole;
    private final Pattern complementToEnd;
    private final Pattern roleLed;
    /**
     * The characters other than letters, marks and whitespace that a match of {@link #rolesToEnd} may hold: every
     * one its source writes (escapes and syntax included, which only lets more through), and the no-break space
     * and hyphens it writes as escapes. A stretch holding any other character (a comma, a full stop, a line's
     * digits) is no run of roles, and the pattern need not be tried over it.
     */
    private final boolean[] fillChars = new boolean[Character.MAX_VALUE + 1];

    RoleGrammar(PersonLexicon lexicon) {
        this.role = lexicon.role();
        this.roleStarts = lexicon.roleStarts();
        this.titlesAhead = lexicon.titlesAhead();
        this.nextTitledName = Pattern.compile(",\\s+" + titlesAhead.pattern());
        String space = "[ \\u00A0]+";
        String roles = role.pattern() + "(?:" + space + role.pattern() + ")*";
        String complement = "(?:" + space + "(?:for|of|on|to|in|at)(?:" + space + "(?:" + CAPITALISED + "|of|and|the|for|on|in|to|at))*"
                + space + CAPITALISED + ")?";
        this.rolesToEnd = Pattern.compile("(?:" + roles + ")" + complement + space);
        rolesToEnd.pattern().chars().forEach(c -> fillChars[c] = true);
        "\u00A0\u2010\u2011".chars().forEach(c -> fillChars[c] = true);
        this.andAnotherRole = Pattern.compile("\\s+and\\s+(?:the\\s+)?(?=" + role.pattern() + ")");
        this.complementToEnd = Pattern.compile("(?:\\s+(?:for|of|on|to|in|at|and|with|from)\\s[^;]*)?\\s*");
        this.roleLed = Pattern.compile("(?:" + CAPITALISED + "(?:\\s+" + CAPITALISED + "){0,3}['’]s?\\s+)?" + role.pattern());
    }

    /**
     * Every role in the text, in text order: what {@code find} gives, but the pattern is tried only where a word
     * opening a role begins (the matcher's transparent bounds let its lookarounds see the whole text, as find's do).
     */
    List<Span> rolesIn(String text) {
        List<Span> roles = new ArrayList<>();
        Matcher m = role.matcher(text).useTransparentBounds(true);
        int at = 0;
        while (at < text.length()) {
            if (!roleStarts.at(text, at)) {
                at = Character.isLetter(text.charAt(at)) ? Tokens.letterRunEnd(text, at, text.length()) : at + 1;
                continue;
            }
            if (m.region(at, text.length()).lookingAt()) {
                roles.add(new Span(m.start(), m.end()));
                at = Math.max(m.end(), at + 1);
            } else {
                at = Tokens.letterRunEnd(text, at, text.length());
            }
        }
        return roles;
    }

    /** Roles, and their complement, fill {@code [start, end)} up to the spaces before a name. */
    boolean rolesFill(String text, int start, int end) {
        return rolesToEnd.matcher(text).region(start, end).matches();
    }

    /**
     * The last index in {@code [from, at)} of a character that no run of roles and complement ({@link #rolesFill})
     * holds, or {@code from - 1}: {@code rolesFill} is false for every start at or before it.
     */
    int lastBarrier(String text, int from, int at) {
        int i = at - 1;
        while (i >= from && mayFill(text.charAt(i))) {
            i--;
        }
        return i;
    }

    private boolean mayFill(char c) {
        if (fillChars[c] || Character.isLetter(c) || Tokens.isSpace(c) || Character.isSurrogate(c)) {
            return true; // a surrogate may be half of a letter or mark beyond the 16-bit range
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Nothing but a complement ("of the Commission") or nothing at all fills {@code [start, end)}. */
    boolean complementFills(String text, int start, int end) {
        return complementToEnd.matcher(text).region(start, end).matches();
    }

    /** A role starts at {@code at}, or after a possessor ("Kenya's Principal Secretary"). */
    boolean roleLedAt(String text, int at, int end) {
        return roleLed.matcher(text).region(at, end).lookingAt();
    }

    boolean roleAt(String text, int at, int end) {
        return role.matcher(text).region(at, end).lookingAt();
    }

    /** Titles and a capitalised word start at {@code at}: the next name of a list, not a role. */
    boolean titledNameAt(String text, int at, int end) {
        return titlesAhead.matcher(text).region(at, end).lookingAt();
    }

    /** ", Ambassador Y" at {@code at}: a phrase before it belongs to Y. */
    boolean commaAndTitledNameAt(String text, int at, int end) {
        return nextTitledName.matcher(text).region(at, end).lookingAt();
    }

    /** Where "and" starts another role in {@code [start, end)}: "... of Italy and President of the Council". */
    Matcher andAnotherRole(String text, int start, int end) {
        return andAnotherRole.matcher(text).region(start, end);
    }
}
