package org.w3id.r2p.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Span;

/**
 * Mechanisms, and Groups of Friends, recognised by the form of their names rather than from a list: a head that
 * says what the body is ("Commission of Inquiry", "Fact-Finding Mission", "Special Tribunal", "Early Warning
 * System", "Special Rapporteur"), the modifiers before it ("Independent International", "United Nations",
 * "African Union") and the complement after it ("on the Syrian Arab Republic", see {@link Complements}). A form
 * found without its complement ("the Commission of Inquiry") is {@linkplain Match#complete() incomplete}: it
 * may only point back to a mechanism the document has named in full.
 */
final class MechanismForms {
    /**
     * A name found by its form.
     *
     * @param head     the words that say what it is, as written ("Fact‑Finding Mission")
     * @param complete false for a head without the complement or modifiers that would make it a name of its own
     */
    record Match(Span span, String name, EntityKind kind, MechanismType type, String head, boolean complete) {}

    /** What a head without complement is: a whole name, one when modifiers qualify it, or only a reference back. */
    private enum Bare { NAME, NAME_IF_QUALIFIED, REFERENCE }

    /** {@code qualifiable}: the head has a "qualifier" group, a word that makes it a name ("Special Criminal Court"). */
    private record Form(Pattern head, EntityKind kind, MechanismType type, Set<String> prepositions,
                        Complements.Grammar grammar, boolean anyLeadingWords, Bare bare, boolean qualifiable) {}

    private static final String HYPHEN = "[-\u2010\u2011\u2013]";
    private static final Set<String> MODIFIERS = Set.of("Independent", "International", "Impartial", "Joint",
            "National", "Regional", "Subregional", "Sub-regional", "Continental", "High-Level", "High-level", "UN",
            "U.N.", "United", "Nations");
    private static final Set<String> NOT_LEADING = Set.of("The", "A", "An", "In", "On", "Our", "Its", "His", "Her",
            "Their", "This", "That", "These", "With", "By", "And", "Of", "For", "To");
    private static final Pattern LEADING_WORD = Pattern.compile("(?:\\p{Lu}\\.){2,}|\\p{Lu}[\\p{L}\\p{N}]*(?:" + HYPHEN + "\\p{L}+)*");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,7}");
    private static final Set<String> NAME_PREPOSITIONS = Set.of("on", "into", "for", "in", "to");
    private static final Complements.Grammar NAME = Complements.Grammar.NAME;

    private static final List<Form> FORMS = List.of(
            form("Commission of Inquiry", EntityKind.MECHANISM, MechanismType.COMMISSION_OF_INQUIRY,
                    NAME_PREPOSITIONS, NAME, false, Bare.REFERENCE),
            form("Fact(?:" + HYPHEN + "|\\s)?Finding Mission", EntityKind.MECHANISM, MechanismType.FACT_FINDING_MISSION,
                    NAME_PREPOSITIONS, NAME, false, Bare.REFERENCE),
            form("Commission on Human Rights(?=\\s+in\\s)", EntityKind.MECHANISM, MechanismType.INVESTIGATIVE_MECHANISM,
                    Set.of("in"), NAME, false, Bare.REFERENCE),
            form("International, Impartial and Independent Mechanism", EntityKind.MECHANISM,
                    MechanismType.INVESTIGATIVE_MECHANISM, NAME_PREPOSITIONS, NAME, false, Bare.NAME),
            form("Investigative (?:Mechanism|Team)", EntityKind.MECHANISM, MechanismType.INVESTIGATIVE_MECHANISM,
                    NAME_PREPOSITIONS, NAME, false, Bare.REFERENCE),
            form("(?:Panel|Group) of (?:Eminent )?Experts", EntityKind.MECHANISM, MechanismType.INVESTIGATIVE_MECHANISM,
                    Set.of("on", "for", "in"), NAME, false, Bare.REFERENCE),
            form("(?:Special|Hybrid|Extraordinary|Specialist)(?<qualifier> \\p{Lu}\\p{L}+)? (?:Court|Tribunal|Chambers)"
                    + "|International Criminal Tribunal|International Residual Mechanism", EntityKind.MECHANISM,
                    MechanismType.COURT_OR_TRIBUNAL, Set.of("for", "in", "on"), NAME, false, Bare.NAME_IF_QUALIFIED),
            form("Early Warning(?: and (?:Early )?Response)? (?:System|Mechanism|Network|Centre|Center|Unit|Directorate)",
                    EntityKind.MECHANISM, MechanismType.EARLY_WARNING_SYSTEM, Set.of("for"), NAME, true,
                    Bare.NAME_IF_QUALIFIED),
            form("Special Rapporteur|Independent Expert", EntityKind.MECHANISM, MechanismType.SPECIAL_PROCEDURE,
                    Set.of("on", "in", "for"), Complements.Grammar.MANDATE, false, Bare.REFERENCE),
            form("Groups? of Friends", EntityKind.ORGANIZATION, null, Set.of("of", "on", "for"), NAME, false,
                    Bare.REFERENCE));

    private final Complements complements = new Complements();

    private static Form form(String head, EntityKind kind, MechanismType type, Set<String> prepositions,
                             Complements.Grammar grammar, boolean anyLeadingWords, Bare bare) {
        return new Form(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + head + ")(?![\\p{L}\\p{N}])"), kind, type,
                prepositions, grammar, anyLeadingWords, bare, head.contains("(?<qualifier>"));
    }

    /** Every name of these forms in the text, in text order; {@code stops} are where other known names begin. */
    List<Match> find(String text, NavigableSet<Integer> stops) {
        List<Match> matches = new ArrayList<>();
        for (Form form : FORMS) {
            Matcher m = form.head().matcher(text);
            while (m.find()) {
                int start = leadingStart(text, m.start(), form.anyLeadingWords());
                int end = complements.end(text, m.end(), form.prepositions(), form.grammar(), stops);
                boolean qualified = start < m.start() || form.qualifiable() && m.group("qualifier") != null;
                boolean complete = end > m.end() || form.bare() == Bare.NAME
                        || form.bare() == Bare.NAME_IF_QUALIFIED && qualified;
                Span span = new Span(start, end);
                if (matches.stream().noneMatch(other -> other.span().overlaps(span))) {
                    matches.add(new Match(span, name(text, span, form.kind()), form.kind(), form.type(), m.group(), complete));
                }
            }
        }
        matches.sort((a, b) -> a.span().compareTo(b.span()));
        return matches;
    }

    /**
     * The name as written, on one line, with plain hyphens for non-breaking ones, so that every spelling of a
     * name is one entity; "Groups of Friends of X" names the Group of Friends of X.
     */
    static String name(String text, Span span, EntityKind kind) {
        String name = TextUnits.collapse(text, span).replaceAll("(?<=\\p{L})[\u2010\u2011\u2013](?=\\p{L})", "-");
        return kind == EntityKind.ORGANIZATION ? name.replaceFirst("^Groups of Friends", "Group of Friends") : name;
    }

    /**
     * Where the name starts: before the head, the modifiers that belong to the name ("Independent International",
     * "United Nations", an organization's acronym or "... Union"), or for early-warning systems any capitalised
     * words ("Continental", "ECOWAS"), on the same line and with single spaces between.
     */
    private static int leadingStart(String text, int headStart, boolean anyWords) {
        int start = headStart;
        while (start >= 2 && text.charAt(start - 1) == ' ' && !Character.isWhitespace(text.charAt(start - 2))) {
            int wordStart = start - 1;
            while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            String word = text.substring(wordStart, start - 1);
            boolean belongs = LEADING_WORD.matcher(word).matches() && !NOT_LEADING.contains(word)
                    && (anyWords || MODIFIERS.contains(word) || ACRONYM.matcher(word).matches()
                    || word.equals("Union") || precedesUnion(text, start));
            if (!belongs) {
                break;
            }
            start = wordStart;
        }
        return start;
    }

    /** "African" in "African Union Commission of Inquiry": a word before "Union". */
    private static boolean precedesUnion(String text, int wordEnd) {
        return text.startsWith("Union ", wordEnd);
    }
}
