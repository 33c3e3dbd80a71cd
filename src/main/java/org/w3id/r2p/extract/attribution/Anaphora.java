package org.w3id.r2p.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.EntityKind;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.Found;

/**
 * Words that stand for a speaker named before, and whom they stand for: "he"/"she" for the previous
 * sentence's speaker (or else the last person who spoke), a sentence-opening "It"/"They" for the previous
 * State or organization, "the speaker" for the last speaker, and "that country's delegate", "that delegation",
 * "his delegation" for the last State that spoke.
 */
final class Anaphora {
    private static final Set<String> THE_THAT_THIS = Set.of("The", "the", "That", "that", "This", "this");
    private static final Occurrences PERSONAL = Occurrences.of(
            Pattern.compile("(?<![\\p{L}])(?:He|She|he|she)(?![\\p{L}])"), Set.of("He", "She", "he", "she"), false);
    private static final Pattern SENTENCE_IT = Pattern.compile("(?:\\d{1,3}\\.\\s+)?(It|They)(?![\\p{L}])");
    private static final Occurrences THE_SPEAKER = Occurrences.of(Pattern.compile(
            "(?<![\\p{L}])(?:[Tt]he|[Tt]hat|[Tt]his)\\s+(?:same\\s+|last\\s+|previous\\s+)?speaker(?![\\p{L}])"),
            THE_THAT_THIS, false);
    private static final Occurrences THAT_STATE = Occurrences.of(Pattern.compile(
            "(?<![\\p{L}])(?:(?:[Tt]hat|[Tt]his|[Tt]he\\s+same)\\s+(?:country|State|nation|Government|delegation)"
                    + "|[Tt]he\\s+(?:delegation|representative|delegate)(?!\\s+(?:of|from|for)\\b))(?![\\p{L}])"),
            THE_THAT_THIS, false);
    private static final Occurrences OWN_STATE = Occurrences.of(Pattern.compile(
            "(?<![\\p{L}])(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\\s+(?:delegation|Government|country)(?![\\p{L}])"),
            Set.of("His", "his", "Her", "her", "Its", "its", "Their", "their"), false);

    /** Where a name's complement begins: "Coalition | for Civilian Protection". */
    private static final Pattern COMPLEMENT = Pattern.compile("\\s+(?:for|of|on|in|to|against)\\s.*");
    private static final Occurrences ORGANIZATION_HEAD = Occurrences.of(Pattern.compile(
            "(?<![\\p{L}])[Tt]he\\s+(\\p{Lu}[\\p{L}-]+)(?![\\p{L}-])(?!\\s+(?:of|for|on|in)\\b)"),
            Set.of("The", "the"), false);

    private final Set<String> organHeads;

    Anaphora(Set<String> organHeads) {
        this.organHeads = organHeads;
    }

    /** Who spoke before the current sentence. */
    record Context(EntityRef previousSpeaker, EntityRef lastPerson, EntityRef lastState, EntityRef lastSpeaker) {
        static final Context NONE = new Context(null, null, null, null);

        /** The context after a statement by {@code principal}, delivered by {@code deliverer}, if any. */
        Context after(EntityRef principal, EntityRef deliverer) {
            EntityRef person = principal.kind() == EntityKind.PERSON ? principal : deliverer != null ? deliverer : lastPerson;
            EntityRef state = principal.kind() == EntityKind.STATE ? principal : lastState;
            return new Context(principal, person, state, principal);
        }

        /** A sentence with no statement ends the link to the previous sentence's speaker, not the others. */
        Context withoutPrevious() {
            return new Context(null, lastPerson, lastState, lastSpeaker);
        }
    }

    /**
     * Anaphors in the sentence, as candidate subjects standing for earlier speakers; "that country" stands for
     * the last State named before it in the sentence ("For Brazil, ..., that country's delegate said"), if any.
     *
     * @param named the sentence's named candidates, in text order
     */
    List<Subject> in(String text, Span sentence, Context context, List<Subject> named, Found found) {
        List<Subject> subjects = new ArrayList<>();
        EntityRef personal = context.previousSpeaker() != null ? context.previousSpeaker() : context.lastPerson();
        if (personal != null) {
            add(subjects, PERSONAL.in(text, sentence), personal);
        }
        if (context.previousSpeaker() != null && context.previousSpeaker().kind() != EntityKind.PERSON) {
            Matcher it = SENTENCE_IT.matcher(text).region(sentence.start(), sentence.end());
            if (it.lookingAt()) {
                subjects.add(new Subject(context.previousSpeaker(), new Span(it.start(1), it.end(1)), true));
            }
        }
        if (context.lastSpeaker() != null) {
            add(subjects, THE_SPEAKER.in(text, sentence), context.lastSpeaker());
        }
        if (context.lastState() != null) {
            add(subjects, OWN_STATE.in(text, sentence), context.lastState());
        }
        for (MatchResult thatState : THAT_STATE.in(text, sentence)) {
            int at = thatState.start();
            EntityRef antecedent = named.stream()
                    .filter(n -> n.entity().kind() == EntityKind.STATE && n.span().end() <= at)
                    .reduce((first, second) -> second).map(Subject::entity).orElse(context.lastState());
            if (antecedent != null) {
                subjects.add(new Subject(antecedent, new Span(at, thatState.end()), true));
            }
        }
        subjects.addAll(organizationsByHead(text, sentence, found));
        return subjects;
    }

    /**
     * "The Coalition, represented by its Convenor, X, urged": "the Coalition" is the last organization named
     * before whose name ends in that word; not an organ that documents name by its head word alone, such as
     * "the Council" (see {@code subject-words.tsv}).
     */
    private List<Subject> organizationsByHead(String text, Span sentence, Found found) {
        List<Subject> subjects = new ArrayList<>();
        for (MatchResult head : ORGANIZATION_HEAD.in(text, sentence)) {
            String word = head.group(1);
            int at = head.start();
            if (organHeads.contains(word.toLowerCase(Locale.ROOT)) || found.overlapsAny(new Span(at, head.end()))) {
                continue;
            }
            found.ofKind(EntityKind.ORGANIZATION)
                    .filter(m -> m.span().end() <= at && m.entity().key().contains(word) && headWord(m.entity().key()).equals(word))
                    .reduce((first, second) -> second)
                    .ifPresent(m -> subjects.add(new Subject(m.entity(), new Span(at, head.end()), true)));
        }
        return subjects;
    }

    private static void add(List<Subject> subjects, List<MatchResult> matches, EntityRef entity) {
        for (MatchResult match : matches) {
            subjects.add(new Subject(entity, new Span(match.start(), match.end()), true));
        }
    }

    /** The head word of a name: its last word before any complement ("Coalition for Civilian Protection": Coalition). */
    private static String headWord(String name) {
        String head = COMPLEMENT.matcher(name).replaceFirst("");
        return head.substring(head.lastIndexOf(' ') + 1);
    }
}
