package org.w3id.r2p.extract.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.EntityKind;
import org.w3id.r2p.extract.EntityRef;

/**
 * Finds the subjects of a reporting cue among the candidates of its sentence, in both orders of English
 * reported speech: subject before the cue ("The representative of Chile said", "Argentina, Switzerland and Costa
 * Rica noted", "Mongolia's delegate rejected", "Ama Owusu, Minister of Ghana, stressed") and, when nothing
 * stands before it, after the cue ("“...,” said the representative of Uruguay", "Said the delegate from Fiji:").
 */
final class SubjectFinder {
    private static final int MAX_GAP_WORDS = 6;
    private static final int MAX_AFTER_CUE_WORDS = 8;
    /** How many words before "of" a role may begin: "Minister for Foreign Affairs of". */
    private static final int ROLE_REACH = 4;
    private static final Set<String> ROLE_PREPOSITIONS = Set.of("of", "from", "for");
    private static final Set<String> DELIVERING = Set.of("delivered", "read", "out", "presented", "conveyed");
    private static final int AFTER_CUE_REACH = 90;
    private static final Pattern RELATIVE = Pattern.compile("\\bwho\\b");
    private static final Pattern CONJUNCTION = Pattern.compile("(?i)\\b(?:and|as\\s+well\\s+as|together\\s+with|along\\s+with|including)\\b");
    /** ", Special Adviser on ...," before the cue, perhaps after a possessive role: "'s Principal Secretary, X,". */
    private static final Pattern APPOSITION = Pattern.compile(
            "(?:(?:['’]s|(?<=s)['’])(?:\\s+[\\p{L}-]+){1,8})?\\s*,[^,.;:\\n]{1,120},(\\s*[\\p{L}\\s]*)");
    /** What may end the text before an inverted cue: a comma or closing quote after the reported words, or nothing. */
    private static final Pattern INVERSION_OPENING = Pattern.compile("(?:^|[,:;]|[,.!?]?[\"”’])\\s*$");

    private final SubjectWords words;

    SubjectFinder(SubjectWords words) {
        this.words = words;
    }

    /**
     * The subjects of a cue at {@code cueAt}: the last run of candidates before it in its clause, joined by list
     * separators, that is not the object of a preposition and stands close enough to the cue.
     */
    List<Subject> before(String original, List<Subject> candidates, List<Span> names, int clauseStart, int cueAt) {
        // Commas and full stops inside names ("Accountability, Coherence and Transparency Group", "International,
        // Impartial and Independent Mechanism") do not end an apposition or a clause.
        String text = masked(original, names, clauseStart, cueAt);
        List<Subject> inClause = candidates.stream()
                .filter(c -> c.span().start() >= clauseStart && c.span().end() <= cueAt)
                .filter(c -> !isQuoted(text, clauseStart, c.span()))
                .toList();
        Subject apposed = personInApposition(text, inClause, clauseStart, cueAt);
        if (apposed != null) {
            return List.of(apposed);
        }
        List<Subject> run = new ArrayList<>();
        int end = cueAt;
        for (int i = inClause.size() - 1; i >= 0; i--) {
            Subject candidate = inClause.get(i);
            if (candidate.span().end() > end) {
                continue; // inside the one after it, as a State inside an organization's name
            }
            String between = text.substring(candidate.span().end(), end);
            if (run.isEmpty()) {
                // "Mr. Dupont, Special Adviser on the Prevention of Genocide, welcomed": skip the apposition,
                // and the names inside it ("Minister ... of Italy and President of the Council").
                Matcher apposition = APPOSITION.matcher(between);
                if (apposition.matches()) {
                    between = apposition.group(1);
                } else if (!isGap(between, words.verbGap) && insideApposition(text, inClause, i, end)) {
                    continue;
                } else if (isObjectOfPreposition(text, clauseStart, candidate.span())
                        && insideApposition(text, inClause, i, end)) {
                    continue; // "Ireland's representative, aligning herself with the European Union, said"
                }
            }
            if (!(run.isEmpty() ? isGap(between, words.verbGap) : isGap(between, words.listGap) || between.isBlank())) {
                break;
            }
            run.add(0, candidate);
            end = candidate.span().start();
        }
        // Names joined by commas alone are not a list of subjects but a fronted phrase or an apposition: "Speaking
        // on behalf of the African Group, Togo said", "The Peacebuilding Commission, she added, ...": the last speaks.
        if (run.size() >= 2 && !joinedByConjunction(text, run)) {
            run = new ArrayList<>(List.of(run.get(run.size() - 1)));
        }
        // A list is the object of a preposition when its first member is: "led by France and Mexico"; unless
        // it stands inside an apposition to an earlier subject ("Argentina, speaking also on behalf of Brazil and
        // Chile, described").
        if (!run.isEmpty() && isObjectOfPreposition(text, clauseStart, run.get(0).span())) {
            Subject first = run.get(0);
            return inClause.stream()
                    .filter(c -> c.span().end() <= first.span().start()
                            && APPOSITION.matcher(text.substring(c.span().end(), cueAt)).matches()
                            && isGap(apposed(text.substring(c.span().end(), cueAt)), words.verbGap)
                            && !isObjectOfPreposition(text, clauseStart, c.span()))
                    .reduce((a, b) -> b).map(List::of).orElse(List.of());
        }
        return distinct(run);
    }

    /**
     * "Anja Novak, Director-General of the International Committee of the Red Cross, said", "the Council heard
     * from X, Chair of the Commission, who said": the person before the apposition speaks, not a body inside it.
     */
    private Subject personInApposition(String text, List<Subject> inClause, int clauseStart, int cueAt) {
        for (int i = inClause.size() - 1; i >= 0; i--) {
            Subject person = inClause.get(i);
            if (person.entity().kind() != EntityKind.PERSON || person.anaphor()) {
                continue;
            }
            Matcher apposition = APPOSITION.matcher(text.substring(person.span().end(), cueAt));
            if (apposition.matches() && isGap(apposition.group(1), words.verbGap)
                    && (RELATIVE.matcher(apposition.group(1)).find() || !isObjectOfPreposition(text, clauseStart, person.span()))) {
                return person;
            }
        }
        return null;
    }

    private static String apposed(String between) {
        Matcher m = APPOSITION.matcher(between);
        return m.matches() ? m.group(1) : between;
    }

    /** The text with the commas and full stops inside the candidates' names, between two offsets, made spaces. */
    private static String masked(String text, List<Span> names, int from, int to) {
        StringBuilder masked = null;
        for (Span name : names) {
            if (name.end() <= from || name.start() >= to) {
                continue;
            }
            for (int i = name.start(); i < name.end(); i++) {
                char ch = text.charAt(i);
                if (ch == ',' || ch == '.') {
                    if (masked == null) {
                        masked = new StringBuilder(text);
                    }
                    masked.setCharAt(i, ' ');
                }
            }
        }
        return masked == null ? text : masked.toString();
    }

    /**
     * The subject of an inverted cue ending at {@code cueEnd}: the first candidate after it, reached through
     * words such as "the representative of" only, when the words before the cue end a quotation or a clause.
     */
    List<Subject> after(String text, List<Subject> candidates, int clauseStart, int cueAt, int cueEnd, int sentenceEnd) {
        if (!INVERSION_OPENING.matcher(text.substring(clauseStart, cueAt)).find()) {
            return List.of();
        }
        for (Subject candidate : candidates) {
            int start = candidate.span().start();
            if (start < cueEnd) {
                continue;
            }
            if (start - cueEnd > AFTER_CUE_REACH || candidate.span().end() > sentenceEnd) {
                return List.of();
            }
            String between = text.substring(cueEnd, start);
            List<String> gap = Words.lower(between);
            boolean reachable = gap.size() <= MAX_AFTER_CUE_WORDS && words.afterCue.containsAll(gap)
                    && !between.contains(",") && !between.contains(".") && !between.contains(";");
            return reachable ? List.of(candidate) : List.of();
        }
        return List.of();
    }

    private static boolean joinedByConjunction(String text, List<Subject> run) {
        for (int i = 1; i < run.size(); i++) {
            if (CONJUNCTION.matcher(text.substring(run.get(i - 1).span().end(), run.get(i).span().start())).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether an earlier candidate opens an apposition that runs to the cue over this one. */
    private static boolean insideApposition(String text, List<Subject> inClause, int index, int cueAt) {
        for (int j = index - 1; j >= 0; j--) {
            if (APPOSITION.matcher(text.substring(inClause.get(j).span().end(), cueAt)).matches()) {
                return true;
            }
        }
        return false;
    }

    private boolean isGap(String between, Set<String> allowed) {
        List<String> gap = Words.lower(between);
        return gap.size() <= MAX_GAP_WORDS && allowed.containsAll(gap) && !between.contains(".")
                && !between.contains(":");
    }

    /** Inside quoted words, as in a State quoting the Secretary-General. */
    private static boolean isQuoted(String text, int clauseStart, Span span) {
        int straight = 0;
        int opened = 0;
        for (int i = clauseStart; i < span.start(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                straight++;
            } else if (c == '“') {
                opened++;
            } else if (c == '”') {
                opened--;
            }
        }
        return straight % 2 == 1 || opened > 0;
    }

    private boolean isObjectOfPreposition(String text, int clauseStart, Span mention) {
        List<String> before = Words.lower(text.substring(Math.max(clauseStart, mention.start() - 60), mention.start()));
        int i = before.size() - 1;
        while (i >= 0 && before.get(i).equals("the")) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        String word = before.get(i);
        if (ROLE_PREPOSITIONS.contains(word)) {
            // "the representative of X", "the delegate from X", "the observer for X", "the Minister for Foreign
            // Affairs of X": X speaks through the role.
            for (int j = i - 1; j >= Math.max(0, i - ROLE_REACH); j--) {
                if (words.speakingHeads.contains(before.get(j))) {
                    return false;
                }
            }
            return true;
        }
        if (word.equals("by") && i > 0 && DELIVERING.contains(before.get(i - 1))) {
            return false; // "delivered by X": X may be the deliverer of the statement, which SpeakerRoles decides
        }
        return words.prepositions.contains(word) && !word.equals("like");
    }

    /** The run with each entity once, at its first subject: a loop, as most runs hold one subject. */
    private static List<Subject> distinct(List<Subject> run) {
        List<Subject> result = new ArrayList<>(run.size());
        Set<EntityRef> seen = new HashSet<>();
        for (Subject subject : run) {
            if (seen.add(subject.entity())) {
                result.add(subject);
            }
        }
        return List.copyOf(result);
    }
}
