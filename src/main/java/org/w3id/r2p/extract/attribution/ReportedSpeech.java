package org.w3id.r2p.extract.attribution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.Found;
import org.w3id.r2p.extract.Mention;
import org.w3id.r2p.extract.PersonFact;
import org.w3id.r2p.extract.StatementFinding;
import org.w3id.r2p.extract.TextUnits;

/**
 * Statements reported in running prose, sentence by sentence. Each reporting cue gets its subjects
 * ({@link SubjectFinder}), the subjects their principal and deliverer ({@link SpeakerRoles}); a statement's words
 * are its clause, up to where the next speaker's clause begins, and it carries on over the following sentences of
 * its paragraph until another speaker takes over ("The representative of Ireland said ... . He added ..." and
 * "... . The delegation also called for ..." are one statement).
 */
final class ReportedSpeech {
    private static final Pattern CLAUSE_OPENER = Pattern.compile(";\\s|\\bwhile\\b|\\bwhereas\\b");
    private static final Pattern PARTICIPLE_CLAUSE_OPENER = Pattern.compile(";\\s|\\bwhile\\b|\\bwhereas\\b|\\bwith\\b");
    /** "speaking through/on behalf of/for/in/as ...": a participle that frames who speaks, not a report. */
    private static final Pattern FRAME = Pattern.compile(
            "[Ss]peaking\\s+(?:also\\s+)?(?:through|on|for|in|as|at|via|under)\\b");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");

    private final Occurrences cue;
    private final SubjectWords words;
    private final SubjectFinder subjects;
    private final SpeakerRoles roles = new SpeakerRoles();
    private final Anaphora anaphora;
    private final Candidates candidates = new Candidates();
    private final CueEvidence evidence = new CueEvidence();
    private final StatementMaker maker;

    ReportedSpeech(Occurrences cue, StatementMaker maker) {
        this.cue = cue;
        this.maker = maker;
        this.words = SubjectWords.load();
        this.subjects = new SubjectFinder(words);
        this.anaphora = new Anaphora(words.organHeads);
    }

    /** One cue's speakers, where its subjects begin, and where its clause begins. */
    private record Attribution(List<Speaker> speakers, int anchor, int clauseStart, int cueEnd) {}

    /**
     * @param skipped spans where cues are not read (the speaker heads of verbatim turns)
     * @param ownVoice statements that belong to the document's own statement, to leave out
     */
    List<StatementFinding> find(Document document, Found found, LocalDate date, List<Span> skipped,
                                Predicate<StatementFinding> ownVoice) {
        String text = document.text();
        List<PersonFact> persons = found.facts().stream()
                .filter(PersonFact.class::isInstance).map(PersonFact.class::cast).toList();
        List<StatementFinding> result = new ArrayList<>();
        List<Integer> open = new ArrayList<>(); // indexes in result of the statements the next sentences may extend
        int openEnd = -1; // where the open statements end once extended: they are made again once, when closed
        Anaphora.Context context = Anaphora.Context.NONE;
        for (Span sentence : TextUnits.sentences(text)) {
            List<Subject> candidatesHere = new ArrayList<>(candidates.in(text, sentence, found, persons, date));
            candidatesHere.addAll(anaphora.in(text, sentence, context, List.copyOf(candidatesHere), found));
            candidatesHere.sort(Comparator.comparing(Subject::span));
            List<Attribution> attributions = attributions(text, sentence, candidatesHere, persons, skipped, found);
            if (!open.isEmpty()
                    && !BLANK_LINE.matcher(text.substring(Math.max(openEnd, result.get(open.get(0)).span().end()), sentence.start())).find()
                    && (attributions.isEmpty() || continues(attributions, result.get(open.get(0))))) {
                openEnd = sentence.end();
                continue;
            }
            extend(document, found, result, open, openEnd);
            open.clear();
            openEnd = -1;
            if (attributions.isEmpty()) {
                context = context.withoutPrevious();
                continue;
            }
            for (int a = 0; a < attributions.size(); a++) {
                Attribution attribution = attributions.get(a);
                int start = a == 0 ? sentence.start() : attribution.clauseStart();
                int end = a + 1 < attributions.size() ? attributions.get(a + 1).clauseStart() : sentence.end();
                Span clause = new Span(start, Math.max(end, Math.min(sentence.end(), start + 1)));
                List<List<EntityRef>> respective = Respectively.mechanisms(text, found, attribution.speakers().size(),
                        new Span(attribution.cueEnd(), clause.end()));
                for (int k = 0; k < attribution.speakers().size(); k++) {
                    Speaker speaker = attribution.speakers().get(k);
                    StatementFinding statement = maker.make(document, clause, speaker.principal(), found,
                            StatementMaker.onBehalfOf(text, clause, found), speaker.deliverer());
                    if (respective != null) {
                        statement = Respectively.withMechanisms(statement, respective.get(k));
                    }
                    if (ownVoice.test(statement)) {
                        continue;
                    }
                    result.add(statement);
                    if (a == attributions.size() - 1) {
                        open.add(result.size() - 1);
                    }
                    context = context.after(speaker.principal(), speaker.deliverer());
                }
            }
        }
        extend(document, found, result, open, openEnd);
        return result;
    }

    /**
     * The open statements made again over the sentences that carry them on, up to {@code end} (if any): the words
     * are read once, at their full length, rather than once per sentence added.
     */
    private void extend(Document document, Found found, List<StatementFinding> result, List<Integer> open, int end) {
        if (end < 0) {
            return;
        }
        for (int i : open) {
            StatementFinding s = result.get(i);
            result.set(i, maker.make(document, new Span(s.span().start(), end), s.speaker(), found, s.onBehalfOf(),
                    s.deliveredBy()));
        }
    }

    /** A sentence whose only speaker is an anaphor for the open statement's speaker carries that statement on. */
    private static boolean continues(List<Attribution> attributions, StatementFinding open) {
        return attributions.size() == 1 && attributions.get(0).speakers().size() == 1
                && attributions.get(0).speakers().get(0).anaphor()
                && attributions.get(0).speakers().get(0).principal().equals(open.speaker());
    }

    /** The attributions of a sentence in text order; consecutive cues of the same speakers are one. */
    private List<Attribution> attributions(String text, Span sentence, List<Subject> candidatesHere,
                                           List<PersonFact> persons, List<Span> skipped, Found found) {
        List<Attribution> result = new ArrayList<>();
        if (candidatesHere.isEmpty()) {
            return result;
        }
        List<Span> names = found.within(sentence).map(Mention::span).toList();
        int zoneStart = sentence.start();
        for (MatchResult verb : cue.in(text, sentence)) {
            int at = verb.start();
            if (FRAME.matcher(text).region(at, sentence.end()).lookingAt()) {
                continue; // "speaking through its Head of Delegation", "speaking on behalf of": who, not what
            }
            if (skipped.stream().anyMatch(head -> head.start() <= at && at < head.end())
                    || words.passiveOrNoun.contains(previousWord(text, zoneStart, at).toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean participle = verb.group().toLowerCase(Locale.ROOT).endsWith("ing");
            int clauseStart = clauseOpener(text, zoneStart, at, participle);
            List<Subject> run = subjects.before(text, candidatesHere, names, clauseStart, at);
            if (run.isEmpty() && !participle) {
                // "“...,” said the representative of Uruguay"; a participle has no inverted subject ("recalling the
                // African Union's principle" names what is recalled).
                run = subjects.after(text, candidatesHere, clauseStart, at, verb.end(), sentence.end());
            }
            if (run.isEmpty() || !evidence.reportsSpeech(text, at, verb.end(), run.stream().map(r -> r.entity().kind()).toList())) {
                continue;
            }
            List<Speaker> speakers = roles.speakers(text, run, candidatesHere, persons, clauseStart);
            int anchor = Math.min(run.get(0).span().start(), at);
            if (!result.isEmpty() && sameSpeakers(result.get(result.size() - 1).speakers(), speakers)) {
                zoneStart = verb.end();
                continue; // "said the representative of Uruguay, urging ...": the same statement goes on
            }
            result.add(new Attribution(speakers, anchor, clauseStart > zoneStart ? Math.min(clauseStart, anchor) : anchor,
                    verb.end()));
            zoneStart = Math.max(verb.end(), run.get(run.size() - 1).span().end());
        }
        return result;
    }

    private static boolean sameSpeakers(List<Speaker> a, List<Speaker> b) {
        return a.stream().map(Speaker::principal).toList().equals(b.stream().map(Speaker::principal).toList());
    }

    /** Where the clause of a cue starts: the zone, or after "; ", " while ", " whereas ", or "with" before an -ing cue. */
    private static int clauseOpener(String text, int from, int verbAt, boolean participle) {
        String zone = text.substring(from, verbAt);
        int start = 0;
        Matcher m = (participle ? PARTICIPLE_CLAUSE_OPENER : CLAUSE_OPENER).matcher(zone);
        while (m.find()) {
            start = m.end();
        }
        return from + start;
    }

    private static String previousWord(String text, int from, int at) {
        return Words.last(text, Math.max(from, at - 30), at);
    }
}
