package org.w3id.r2p.extract.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Span;

/**
 * The role phrases that stand beside a name, in the four places prose puts them:
 * <ul>
 *   <li>after it, set off by a comma or in brackets: "Helena Strand-Obi, member of the Fact-Finding Mission,",
 *       "Ana Lucía Ferreira Rodó, Vice-Minister for Foreign Affairs of Uruguay and ...", "Rosalind Diallo (Chair)";</li>
 *   <li>right before it: "Under-Secretary-General for Political Affairs Jonas Albrecht-Tsai", "expert member Tunde
 *       Ajayi-Bello";</li>
 *   <li>before it, set off by a comma: "Switzerland’s Permanent Representative, Pascale Brunner-Okeke,",
 *       "speaking through its Head of Delegation, Ambassador Katrin Oberhauser,".</li>
 * </ul>
 * A phrase that joins two roles with "and" ("Minister ... of Italy and President of the Council") gives both.
 */
final class RolePhrases {
    private static final Pattern COMMA_AFTER = Pattern.compile("\\s*,\\s+");
    private static final Pattern LINE_BREAK_AFTER = Pattern.compile("[ \\t]*\\n[ \\t]*");
    private static final Pattern BRACKET_AFTER = Pattern.compile("\\s*\\(([^()\\n]{1,80})\\)");
    private static final Pattern COMMA_BEFORE = Pattern.compile(",\\s+$");
    private static final Pattern LEADING_WORDS = Pattern.compile(
            "(?i)(?:(?:the|a|an|also|now|currently|then|who\\s+is|who\\s+was)\\s+)+");
    private static final Pattern ARTICLE = Pattern.compile("(?i)(?<![\\p{L}])(?:the|a|an)\\s");
    private static final Pattern LIST_GOES_ON = Pattern.compile("(?i)(?:and|or)\\s");
    private static final Pattern PHRASE_END = Pattern.compile("[,;:()\\[\\]\\n\"“”]|\\.(?=\\s|$)|\\s+(?:said|says|who|which)\\b");
    /** ", Impartial and Independent Mechanism": a comma inside a name, in a list of capitalised words closed by "and". */
    private static final Pattern COMMA_IN_NAME = Pattern.compile(
            ",\\s+\\p{Lu}[\\p{L}\\p{M}]*(?:,\\s+\\p{Lu}[\\p{L}\\p{M}]*)*,?\\s+and\\s+\\p{Lu}");
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile("[,;:()\\[\\]\\n\"“”—–]|[.!?](?=\\s)");
    private static final String CAPITALISED = "\\p{Lu}[\\p{L}\\p{M}'’\\-\\u2011]*";
    private static final Pattern POSSESSOR = Pattern.compile(
            "(?:" + CAPITALISED + "\\s+){0,4}" + CAPITALISED + "['’]s?\\s+$");
    private static final int ROLE_WITHIN = 70;
    private static final int LOOK_BACK = 200;

    private final Pattern role;
    private final Pattern titlesAhead;
    private final Pattern nextTitledName;
    private final Pattern roleRightBefore;
    private final Pattern andAnotherRole;
    private final Pattern complementToEnd;
    private final Pattern roleLed;

    RolePhrases(PersonLexicon lexicon) {
        this.role = lexicon.role();
        this.titlesAhead = lexicon.titlesAhead();
        this.nextTitledName = Pattern.compile(",\\s+" + titlesAhead.pattern());
        String space = "[ \\u00A0]+";
        String roles = role.pattern() + "(?:" + space + role.pattern() + ")*";
        String complement = "(?:" + space + "(?:for|of|on|to|in|at)(?:" + space + "(?:" + CAPITALISED + "|of|and|the|for|on|in|to|at))*"
                + space + CAPITALISED + ")?";
        this.roleRightBefore = Pattern.compile("(?:" + roles + ")" + complement + space + "$");
        this.andAnotherRole = Pattern.compile("\\s+and\\s+(?:the\\s+)?(?=" + role.pattern() + ")");
        this.complementToEnd = Pattern.compile("(?:\\s+(?:for|of|on|to|in|at|and|with|from)\\s[^;]*)?\\s*$");
        this.roleLed = Pattern.compile("(?:" + CAPITALISED + "(?:\\s+" + CAPITALISED + "){0,3}['’]s?\\s+)?" + role.pattern());
    }

    /**
     * Roles in apposition after the name: ", member of the Commission,", " (Chair)", or the next line when the
     * name ends its line and a role opens the next (a statement's heading). Not the next item of a list
     * (", and Professor Y", ", Minister Y"), nor a clause (", said the members ..."), nor a phrase that a title and
     * name follow, which is that name's (", the Permanent Representative of Botswana, Ambassador Y").
     */
    List<Span> after(String text, Span name) {
        int limit = Math.min(text.length(), name.end() + LOOK_BACK);
        Matcher bracket = BRACKET_AFTER.matcher(text).region(name.end(), limit);
        if (bracket.lookingAt()) {
            return roles(text, bracket.start(1), bracket.end(1));
        }
        Matcher nextLine = LINE_BREAK_AFTER.matcher(text).region(name.end(), limit);
        if (nextLine.lookingAt() && roleLed.matcher(text).region(nextLine.end(), limit).lookingAt()) {
            return roles(text, nextLine.end(), phraseEnd(text, nextLine.end(), limit));
        }
        Matcher comma = COMMA_AFTER.matcher(text).region(name.end(), limit);
        if (!comma.lookingAt() || LIST_GOES_ON.matcher(text).region(comma.end(), limit).lookingAt()) {
            return List.of();
        }
        int start = comma.end();
        Matcher leading = LEADING_WORDS.matcher(text).region(start, limit);
        boolean article = leading.lookingAt() && ARTICLE.matcher(leading.group()).find();
        int words = leading.lookingAt() ? leading.end() : start;
        boolean nounPhrase = article || Character.isUpperCase(text.charAt(words))
                || role.matcher(text).region(words, limit).lookingAt();
        if (!nounPhrase || titlesAhead.matcher(text).region(words, limit).lookingAt()) {
            return List.of();
        }
        int phraseEnd = phraseEnd(text, start, limit);
        Matcher first = role.matcher(text).region(start, phraseEnd);
        if (!first.find() || first.start() - start > ROLE_WITHIN
                || nextTitledName.matcher(text).region(phraseEnd, limit).lookingAt()) {
            return List.of();
        }
        return roles(text, start, phraseEnd);
    }

    /** An organization's name that starts with a role ("Chair of the X Mission", "Kenya's Principal Secretary in ..."). */
    boolean isRoleLed(String text, Span span) {
        return roleLed.matcher(text).region(span.start(), span.end()).lookingAt();
    }

    private static int phraseEnd(String text, int start, int limit) {
        Matcher end = PHRASE_END.matcher(text).region(start, limit);
        while (end.find()) {
            if (!COMMA_IN_NAME.matcher(text).region(end.start(), limit).lookingAt()) {
                return end.start();
            }
        }
        return limit;
    }

    /** The role right before the name or its titles: "Special Adviser on the Prevention of Genocide Adama Dieng". */
    Span rightBefore(String text, int at) {
        Matcher m = roleRightBefore.matcher(text).region(Math.max(0, at - LOOK_BACK), at);
        m.useTransparentBounds(true);
        return m.find() ? trimmed(text, m.start(), at) : null;
    }

    /**
     * The role set off by a comma before the name or its titles: the clause before the comma holds a role, and
     * the phrase runs from the role (or the possessor before it, "Kenya's") to the comma.
     */
    Span commaBefore(String text, int at) {
        int from = Math.max(0, at - LOOK_BACK);
        Matcher comma = COMMA_BEFORE.matcher(text).region(from, at);
        if (!comma.find()) {
            return null;
        }
        int clauseEnd = comma.start();
        int clauseStart = from;
        Matcher boundary = CLAUSE_BOUNDARY.matcher(text).region(from, clauseEnd);
        while (boundary.find()) {
            clauseStart = boundary.end();
        }
        int start = headingRole(text, clauseStart, clauseEnd);
        if (start < 0) {
            return null;
        }
        Matcher possessor = POSSESSOR.matcher(text).region(clauseStart, start);
        if (possessor.find()) {
            start = possessor.start();
        }
        return trimmed(text, start, clauseEnd);
    }

    /**
     * Where the role starts that heads the text up to {@code end}, only its complement following it; -1 if none.
     * Not "Panellists" of "Panellists included the Special Adviser on ...", nor any in "After the Secretary-General
     * spoke".
     */
    private int headingRole(String text, int start, int end) {
        Matcher m = role.matcher(text).region(start, end);
        while (m.find()) {
            if (complementToEnd.matcher(text).region(m.end(), end).matches()) {
                return m.start();
            }
        }
        return -1;
    }

    /** The phrase split where "and" starts another role; each part that holds a role, without leading articles. */
    private List<Span> roles(String text, int start, int end) {
        List<Span> parts = new ArrayList<>();
        Matcher and = andAnotherRole.matcher(text).region(start, end);
        int partStart = start;
        while (and.find()) {
            addRole(text, partStart, and.start(), parts);
            partStart = and.end();
        }
        addRole(text, partStart, end, parts);
        return parts;
    }

    /** A part that holds a role followed by nothing but its complement ("Mission's third member of the team"). */
    private void addRole(String text, int start, int end, List<Span> parts) {
        Span span = trimmed(text, start, end);
        if (span != null && headingRole(text, span.start(), span.end()) >= 0) {
            parts.add(span);
        }
    }

    /** Without leading articles and adverbs, and without trailing spaces, commas and footnote marks. */
    private static Span trimmed(String text, int start, int end) {
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
