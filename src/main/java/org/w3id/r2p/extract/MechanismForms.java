package org.w3id.r2p.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
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
     * @param head     where the words that say what it is stand ("Fact‑Finding Mission")
     * @param complete false for a head without the complement or modifiers that would make it a name of its own
     */
    record Match(Span span, String name, EntityKind kind, MechanismType type, Span head, boolean complete) {}

    /** What a head without complement is: a whole name, one when modifiers qualify it, or only a reference back. */
    private enum Bare { NAME, NAME_IF_QUALIFIED, REFERENCE }

    /**
     * A form of name. {@code keywords}: words every head of the form contains, found by a plain search before the
     * pattern is tried around them; {@code qualifiable}: the head has a "qualifier" group, a word that makes it a
     * name ("Special Criminal Court").
     */
    private record Form(List<String> keywords, Pattern head, EntityKind kind, MechanismType type, Set<String> prepositions,
                        Complements.Grammar grammar, boolean anyLeadingWords, Bare bare, boolean qualifiable) {}

    private static final String HYPHEN = "[-\u2010\u2011\u2013]";
    private static final Set<String> MODIFIERS = Set.of("Independent", "International", "Impartial", "Joint",
            "National", "Regional", "Subregional", "Sub-regional", "Continental", "High-Level", "High-level", "UN",
            "U.N.");
    private static final Set<String> NOT_LEADING = Set.of("The", "A", "An", "In", "On", "Our", "Its", "His", "Her",
            "Their", "This", "That", "These", "With", "By", "And", "Of", "For", "To");
    private static final Pattern LEADING_WORD = Pattern.compile("(?:\\p{Lu}\\.){2,}|\\p{Lu}[\\p{L}\\p{N}]*(?:" + HYPHEN + "\\p{L}+)*");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,7}");
    private static final Pattern HYPHENS = Pattern.compile(HYPHEN);
    private static final Pattern INNER_HYPHEN = Pattern.compile("(?<=\\p{L})[\u2010\u2011\u2013](?=\\p{L})");
    private static final Pattern GROUPS_OF_FRIENDS = Pattern.compile("^Groups of Friends");
    private static final Pattern BRACKETED_ACRONYM = Pattern.compile("\\A\\s*\\((\\p{Lu}[\\p{L}\\p{N}]{1,9})\\)");
    private static final Set<String> NAME_PREPOSITIONS = Set.of("on", "into", "for", "in", "to");
    private static final Complements.Grammar NAME = Complements.Grammar.NAME;
    /** How far a head may reach before and after its keyword. */
    private static final int WINDOW = 80;

    private static final List<Form> FORMS = List.of(
            form(List.of("Inquiry"), "Commission of Inquiry", EntityKind.MECHANISM, MechanismType.COMMISSION_OF_INQUIRY,
                    NAME_PREPOSITIONS, NAME, false, Bare.REFERENCE),
            form(List.of("Finding"), "Fact(?:" + HYPHEN + "|\\s)?Finding Mission", EntityKind.MECHANISM, MechanismType.FACT_FINDING_MISSION,
                    NAME_PREPOSITIONS, NAME, false, Bare.REFERENCE),
            form(List.of("Commission on Human Rights"), "Commission on Human Rights(?=\\s+in\\s)", EntityKind.MECHANISM, MechanismType.INVESTIGATIVE_MECHANISM,
                    Set.of("in"), NAME, false, Bare.REFERENCE),
            form(List.of("Impartial"), "International, Impartial and Independent Mechanism", EntityKind.MECHANISM,
                    MechanismType.INVESTIGATIVE_MECHANISM, NAME_PREPOSITIONS, NAME, false, Bare.NAME),
            form(List.of("Investigative"), "Investigative (?:Mechanism|Team)", EntityKind.MECHANISM, MechanismType.INVESTIGATIVE_MECHANISM,
                    NAME_PREPOSITIONS, NAME, false, Bare.REFERENCE),
            form(List.of("Experts"), "(?:Panel|Group|Commission) of (?:(?:\\p{Lu}\\p{L}+|and) ){0,5}Experts", EntityKind.MECHANISM,
                    MechanismType.INVESTIGATIVE_MECHANISM, Set.of("on", "for", "in"), NAME, false, Bare.REFERENCE),
            form(List.of("Court", "Tribunal", "Chambers", "Residual"), "(?:Special|Hybrid|Extraordinary|Specialist)(?<qualifier> \\p{Lu}\\p{L}+)? (?:Court|Tribunal|Chambers)"
                    + "|International Criminal Tribunal|International Residual Mechanism", EntityKind.MECHANISM,
                    MechanismType.COURT_OR_TRIBUNAL, Set.of("for", "on"), NAME, true, Bare.NAME_IF_QUALIFIED),
            form(List.of("Rights"), "Court (?:of|on) Human (?:and Peoples['’] )?Rights", EntityKind.MECHANISM,
                    MechanismType.COURT_OR_TRIBUNAL, Set.of(), NAME, true, Bare.NAME_IF_QUALIFIED),
            form(List.of("Truth"), "Truth(?: and (?:Reconciliation|Dignity|Justice))? Commission", EntityKind.MECHANISM, null,
                    NAME_PREPOSITIONS, NAME, true, Bare.NAME),
            form(List.of("Warning"), "Early Warning(?: and (?:Early )?Response)? (?:System|Mechanism|Network|Centre|Center|Unit|Directorate)",
                    EntityKind.MECHANISM, MechanismType.EARLY_WARNING_SYSTEM, Set.of("for"), NAME, true,
                    Bare.NAME_IF_QUALIFIED),
            form(List.of("Rapporteur", "Expert"), "Special Rapporteur|Independent Expert", EntityKind.MECHANISM, MechanismType.SPECIAL_PROCEDURE,
                    Set.of("on", "in", "for"), Complements.Grammar.MANDATE, false, Bare.REFERENCE),
            form(List.of("Friends"), "Groups? of Friends", EntityKind.ORGANIZATION, null, Set.of("of", "on", "for", "in"), NAME, false,
                    Bare.REFERENCE));

    private final Complements complements = new Complements();

    private static Form form(List<String> keywords, String head, EntityKind kind, MechanismType type,
                             Set<String> prepositions, Complements.Grammar grammar, boolean anyLeadingWords, Bare bare) {
        return new Form(keywords, Pattern.compile("(?:" + head + ")(?![\\p{L}\\p{N}])"), kind, type,
                prepositions, grammar, anyLeadingWords, bare, head.contains("(?<qualifier>"));
    }

    /** Every name of these forms in the text, in text order; {@code stops} are where other known names begin. */
    List<Match> find(String text, NavigableSet<Integer> stops) {
        List<Match> matches = new ArrayList<>();
        for (Form form : FORMS) {
            for (Span head : heads(text, form)) {
                int start = leadingStart(text, head.start(), form.anyLeadingWords());
                int end = complements.end(text, head.end(), form.prepositions(), form.grammar(), stops);
                Matcher m = form.head().matcher(text).region(head.start(), head.end());
                boolean qualified = start < head.start()
                        || form.qualifiable() && m.lookingAt() && m.group("qualifier") != null;
                Span span = new Span(start, end);
                String name = name(text, span, form.kind());
                boolean complete = end > head.end() || form.bare() == Bare.NAME
                        || form.bare() == Bare.NAME_IF_QUALIFIED && qualified || definesAcronym(text, end, name);
                if (matches.stream().noneMatch(other -> other.span().overlaps(span))) {
                    matches.add(new Match(span, name, form.kind(), form.type(), head, complete));
                }
            }
        }
        matches.sort((a, b) -> a.span().compareTo(b.span()));
        return matches;
    }

    /**
     * Where the form's heads stand, in text order: the pattern is tried only in a window around each keyword, so
     * that a document is searched for a few words rather than matched against every pattern at every position.
     */
    private static List<Span> heads(String text, Form form) {
        TreeSet<Span> heads = new TreeSet<>();
        Matcher m = form.head().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (String keyword : form.keywords()) {
            for (int at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + keyword.length())) {
                m.region(Math.max(0, at - WINDOW), Math.min(text.length(), at + keyword.length() + WINDOW));
                while (m.find()) {
                    boolean wordStart = m.start() == 0 || !Character.isLetterOrDigit(text.charAt(m.start() - 1));
                    if (wordStart && m.start() <= at && at < m.end()) {
                        heads.add(new Span(m.start(), m.end()));
                    }
                }
            }
        }
        return List.copyOf(heads);
    }

    /** "Early Warning and Response Network (ECOWARN)": a name the writer abbreviates is a name of its own. */
    private static boolean definesAcronym(String text, int end, String name) {
        Matcher m = BRACKETED_ACRONYM.matcher(text.subSequence(end, Math.min(text.length(), end + 16)));
        return m.find() && Acronyms.isAcronymOf(m.group(1), name);
    }

    /**
     * The name as written, on one line, with plain hyphens for non-breaking ones, so that every spelling of a
     * name is one entity; "Groups of Friends of X" names the Group of Friends of X.
     */
    static String name(String text, Span span, EntityKind kind) {
        String name = INNER_HYPHEN.matcher(TextUnits.collapse(text, span)).replaceAll("-");
        return kind == EntityKind.ORGANIZATION ? GROUPS_OF_FRIENDS.matcher(name).replaceFirst("Group of Friends") : name;
    }

    /**
     * Where the name starts: before the head, the modifiers that belong to the name ("Independent International",
     * "United Nations", an organization's acronym or "... Union"), or for courts and early-warning systems any
     * capitalised words ("Kosovo Specialist Chambers", "Continental Early Warning System"), on the same line and
     * with single spaces between.
     */
    private static int leadingStart(String text, int headStart, boolean anyWords) {
        int start = headStart;
        while (start >= 2 && text.charAt(start - 1) == ' ' && !Character.isWhitespace(text.charAt(start - 2))) {
            int wordStart = start - 1;
            while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            String word = text.substring(wordStart, start - 1);
            int next = start;
            boolean belongs = LEADING_WORD.matcher(word).matches() && !NOT_LEADING.contains(word)
                    && (anyWords || Arrays.stream(HYPHENS.split(word)).allMatch(part -> isModifier(part, text, next)));
            if (!belongs) {
                break;
            }
            start = wordStart;
        }
        return start;
    }

    /**
     * A word that belongs before a mechanism's head: a modifier, an organization's acronym, "United" before
     * "Nations" and "Nations" after "United", or a word before "Union" ("African Union Commission of Inquiry");
     * {@code next} is where the words already taken into the name start.
     */
    private static boolean isModifier(String word, String text, int next) {
        if (word.equals("Nations")) {
            return text.startsWith("United", next - "United Nations ".length());
        }
        if (word.equals("United")) {
            return text.startsWith("Nations", next);
        }
        return MODIFIERS.contains(word) || ACRONYM.matcher(word).matches() || word.equals("Union")
                || text.startsWith("Union ", next);
    }
}
