package org.w3id.r2p.extract.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.corpus.Tokens;
import org.w3id.r2p.extract.text.StartScan;

/**
 * The role phrases that stand beside a name in one text, in the places prose puts them:
 * <ul>
 *   <li>after it, set off by a comma or in brackets: "Helena Strand-Obi, member of the Fact-Finding Mission,",
 *       "Ana Lucía Ferreira Rodó, Vice-Minister for Foreign Affairs of Uruguay", "Rosalind Diallo (Chair)"; or on
 *       the next line when the name ends its line (a statement's heading);</li>
 *   <li>right before it: "Under-Secretary-General for Political Affairs Jonas Albrecht-Tsai", "expert member Tunde
 *       Ajayi-Bello";</li>
 *   <li>before it, set off by a comma: "Switzerland’s Permanent Representative, Pascale Brunner-Okeke,",
 *       "speaking through its Head of Delegation, Ambassador Katrin Oberhauser,".</li>
 * </ul>
 * A phrase that joins two roles with "and" ("Minister ... of Italy and President of the Council") gives both.
 * The text's roles are found once; each question looks only at those near the name.
 */
final class RolePhrases {
    private static final Pattern COMMA_AFTER = Pattern.compile("\\s*,\\s+");
    private static final Pattern LINE_BREAK_AFTER = Pattern.compile("[ \\t]*\\n[ \\t]*");
    private static final Pattern BRACKET_AFTER = Pattern.compile("\\s*\\(([^()\\n]{1,80})\\)");
    private static final Pattern LEADING_WORDS = Pattern.compile(
            "(?i)(?:(?:the|a|an|also|now|currently|then|who\\s+is|who\\s+was)\\s+)+");
    private static final Pattern ARTICLE = Pattern.compile("(?i)(?<![\\p{L}])(?:the|a|an)\\s");
    private static final Pattern LIST_GOES_ON = Pattern.compile("(?i)(?:and|or)\\s");
    /** Tried only at punctuation and white space, where its matches start: most characters are letters. */
    private static final StartScan PHRASE_END = new StartScan(
            Pattern.compile("[,;:()\\[\\]\\n\"“”]|\\.(?=\\s|$)|\\s+(?:said|says|who|which)\\b"),
            (input, i) -> ",;:()[]\n\"“”. \t\u000B\f\r".indexOf(input.charAt(i)) >= 0);
    /** ", Impartial and Independent Mechanism": a comma inside a name, in a list of capitalised words closed by "and". */
    private static final Pattern COMMA_IN_NAME = Pattern.compile(
            ",\\s+\\p{Lu}[\\p{L}\\p{M}]*(?:,\\s+\\p{Lu}[\\p{L}\\p{M}]*)*,?\\s+and\\s+\\p{Lu}");
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile("[,;:()\\[\\]\\n\"“”—–]|[.!?](?=\\s)");
    private static final Pattern POSSESSOR = Pattern.compile(
            "(?:" + RoleGrammar.CAPITALISED + "\\s+){0,4}" + RoleGrammar.CAPITALISED + "['’]s?\\s+$");
    private static final int ROLE_WITHIN = 70;
    private static final int LOOK_BACK = 200;

    private final RoleGrammar grammar;
    private final String text;
    private final List<Span> roles;

    RolePhrases(RoleGrammar grammar, String text) {
        this.grammar = grammar;
        this.text = text;
        this.roles = grammar.rolesIn(text);
    }

    /**
     * Roles in apposition after the name. Not the next item of a list (", and Professor Y", ", Minister Y"), nor a
     * clause (", said the members ..."), nor a phrase that a title and name follow, which is that name's
     * (", the Permanent Representative of Botswana, Ambassador Y").
     */
    List<Span> after(Span name) {
        int limit = Math.min(text.length(), name.end() + LOOK_BACK);
        if (!mayFollow(name.end(), limit)) {
            return List.of();
        }
        Matcher bracket = BRACKET_AFTER.matcher(text).region(name.end(), limit);
        if (bracket.lookingAt()) {
            return split(bracket.start(1), bracket.end(1));
        }
        Matcher nextLine = LINE_BREAK_AFTER.matcher(text).region(name.end(), limit);
        if (nextLine.lookingAt() && grammar.roleLedAt(text, nextLine.end(), limit)) {
            return split(nextLine.end(), phraseEnd(nextLine.end(), limit));
        }
        Matcher comma = COMMA_AFTER.matcher(text).region(name.end(), limit);
        if (!comma.lookingAt() || LIST_GOES_ON.matcher(text).region(comma.end(), limit).lookingAt()) {
            return List.of();
        }
        int start = comma.end();
        Matcher leading = LEADING_WORDS.matcher(text).region(start, limit);
        boolean led = leading.lookingAt();
        int words = led ? leading.end() : start;
        boolean nounPhrase = led && ARTICLE.matcher(leading.group()).find() || words < limit
                && (Character.isUpperCase(text.charAt(words)) || grammar.roleAt(text, words, limit));
        if (!nounPhrase || grammar.titledNameAt(text, words, limit)) {
            return List.of();
        }
        int end = phraseEnd(start, limit);
        int first = firstFrom(start);
        boolean roleNearStart = first < roles.size() && roles.get(first).end() <= end && roles.get(first).start() - start <= ROLE_WITHIN;
        if (!roleNearStart || grammar.commaAndTitledNameAt(text, end, limit)) {
            return List.of();
        }
        return split(start, end);
    }

    /**
     * Whether a bracket, a line break or a comma follows {@code at}, as each way of setting a role off after a name
     * starts: most names are followed by a word, and then no pattern need be tried.
     */
    private boolean mayFollow(int at, int limit) {
        int blanks = at;
        while (blanks < limit && (text.charAt(blanks) == ' ' || text.charAt(blanks) == '\t')) {
            blanks++;
        }
        if (blanks < limit && text.charAt(blanks) == '\n') {
            return true; // LINE_BREAK_AFTER
        }
        int next = at;
        while (next < limit && Tokens.isSpace(text.charAt(next))) {
            next++;
        }
        return next < limit && (text.charAt(next) == '(' || text.charAt(next) == ','); // BRACKET_AFTER, COMMA_AFTER
    }

    /** The role right before the name or its titles: "Special Adviser on the Prevention of Genocide Adama Dieng". */
    Span rightBefore(int at) {
        int barrier = grammar.lastBarrier(text, Math.max(0, at - LOOK_BACK), at);
        for (Span role : roles.subList(firstFrom(Math.max(at - LOOK_BACK, barrier + 1)), roles.size())) {
            if (role.end() > at) {
                break;
            }
            if (grammar.rolesFill(text, role.start(), at)) {
                return trimmed(role.start(), at);
            }
        }
        return null;
    }

    /**
     * The role set off by a comma before the name or its titles: the clause before the comma holds a role, and
     * the phrase runs from the role (or the possessor before it, "Kenya's") to the comma.
     */
    Span commaBefore(int at) {
        int from = Math.max(0, at - LOOK_BACK);
        int clauseEnd = commaBefore(from, at);
        if (clauseEnd < 0) {
            return null;
        }
        int clauseStart = from;
        Matcher boundary = CLAUSE_BOUNDARY.matcher(text).region(from, clauseEnd);
        while (boundary.find()) {
            clauseStart = boundary.end();
        }
        int start = headingRole(clauseStart, clauseEnd);
        if (start < 0) {
            return null;
        }
        Matcher possessor = POSSESSOR.matcher(text).region(clauseStart, start);
        if (possessor.find()) {
            start = possessor.start();
        }
        return trimmed(start, clauseEnd);
    }

    /**
     * Where the comma stands that only whitespace follows in {@code [from, at)}, or -1: what {@code ,\\s+$} finds
     * there, read back from the end instead of tried at each of its characters. Its {@code $} also matches before a
     * final line terminator that {@code \\s} does not match (NEL, line and paragraph separators).
     */
    private int commaBefore(int from, int at) {
        int end = at;
        if (end > from && "\u0085\u2028\u2029".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        int spaces = end;
        while (spaces > from && Tokens.isSpace(text.charAt(spaces - 1))) {
            spaces--;
        }
        return spaces < end && spaces > from && text.charAt(spaces - 1) == ',' ? spaces - 1 : -1;
    }

    /** An organization's name that starts with a role ("Chair of the X Mission", "Kenya's Principal Secretary in ..."). */
    boolean isRoleLed(Span span) {
        return grammar.roleLedAt(text, span.start(), span.end());
    }

    private int phraseEnd(int start, int limit) {
        StartScan.Scan end = PHRASE_END.in(text, start, limit);
        while (end.find()) {
            if (!COMMA_IN_NAME.matcher(text).region(end.start(), limit).lookingAt()) {
                return end.start();
            }
        }
        return limit;
    }

    /**
     * Where the role starts that heads {@code [start, end)}, only its complement following it; -1 if none. Not
     * "Panellists" of "Panellists included the Special Adviser on ...", nor any in "After the Secretary-General spoke".
     */
    private int headingRole(int start, int end) {
        for (Span role : roles.subList(firstFrom(start), roles.size())) {
            if (role.start() >= end) {
                break;
            }
            if (role.end() <= end && grammar.complementFills(text, role.end(), end)) {
                return role.start();
            }
        }
        return -1;
    }

    /** The phrase split where "and" starts another role; each part that a role heads, without leading articles. */
    private List<Span> split(int start, int end) {
        List<Span> parts = new ArrayList<>();
        Matcher and = grammar.andAnotherRole(text, start, end);
        int partStart = start;
        while (and.find()) {
            addRole(partStart, and.start(), parts);
            partStart = and.end();
        }
        addRole(partStart, end, parts);
        return parts;
    }

    private void addRole(int start, int end, List<Span> parts) {
        Span span = trimmed(start, end);
        if (span != null && headingRole(span.start(), span.end()) >= 0) {
            parts.add(span);
        }
    }

    /** The index of the first role that starts at or after {@code position}. */
    private int firstFrom(int position) {
        int low = 0;
        int high = roles.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (roles.get(middle).start() < position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Without leading articles and adverbs, and without trailing spaces, commas and footnote marks. */
    private Span trimmed(int start, int end) {
        Matcher leading = LEADING_WORDS.matcher(text).region(start, end);
        if (leading.lookingAt()) {
            start = leading.end();
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ",*".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end > start ? new Span(start, end) : null;
    }
}
