package org.w3id.r2p.extract.attribution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.Found;
import org.w3id.r2p.extract.Mention;
import org.w3id.r2p.extract.PersonFact;
import org.w3id.r2p.extract.StatementFinding;
import org.w3id.r2p.extract.TextUnits;
import org.w3id.r2p.extract.text.StartScan;
import org.w3id.r2p.extract.text.Starts;

/**
 * Statements reported in running prose, sentence by sentence. Each reporting cue gets its subjects
 * ({@link SubjectFinder}), the subjects their principal and deliverer ({@link SpeakerRoles}); a statement's words
 * are its clause, up to where the next speaker's clause begins, and it carries on over the following sentences of
 * its paragraph until another speaker takes over ("The representative of Ireland said ... . He added ..." and
 * "... . The delegation also called for ..." are one statement).
 */
final class ReportedSpeech {
    /** Tried only at a semicolon or at "wh": most of what lies before a cue has neither. */
    private static final StartScan CLAUSE_OPENER = new StartScan(Pattern.compile(";\\s|\\bwhile\\b|\\bwhereas\\b"),
            Starts.prefixes(false, ";", "while", "whereas"));
    private static final StartScan PARTICIPLE_CLAUSE_OPENER = new StartScan(
            Pattern.compile(";\\s|\\bwhile\\b|\\bwhereas\\b|\\bwith\\b"), Starts.prefixes(false, ";", "while", "whereas", "with"));
    /** "speaking through/on behalf of/for/in/as ...": a participle that frames who speaks, not a report. */
    private static final Pattern FRAME = Pattern.compile(
            "[Ss]peaking\\s+(?:also\\s+)?(?:through|on|for|in|as|at|via|under)\\b");

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
     * @param ownVoice whether a statement over a span by a speaker belongs to the document's own statement, to
     *                 leave out
     */
    List<StatementFinding> find(Document document, Found found, LocalDate date, List<Span> skipped,
                                BiPredicate<Span, EntityRef> ownVoice) {
        String text = document.text();
        List<PersonFact> persons = found.facts().stream()
                .filter(PersonFact.class::isInstance).map(PersonFact.class::cast).toList();
        List<StatementFinding> result = new ArrayList<>();
        OpenStatements open = new OpenStatements(maker);
        Anaphora.Context context = Anaphora.Context.NONE;
        for (Span sentence : TextUnits.sentences(text)) {
            // Most sentences have no reporting verb: their candidate subjects are not looked for.
            List<MatchResult> cues = cue.in(text, sentence);
            List<Attribution> attributions = cues.isEmpty() ? List.of()
                    : attributions(text, sentence, cues, candidates(text, sentence, context, found, persons, date),
                    persons, skipped, found);
            if (!open.isEmpty() && !hasBlankLine(text, open.end(), sentence.start())
                    && (attributions.isEmpty() || continues(attributions, open.speaker()))) {
                open.carryOn(sentence.end());
                continue;
            }
            open.close(document, found, result);
            if (attributions.isEmpty()) {
                context = context.withoutPrevious();
                continue;
            }
            context = statements(document, found, sentence, attributions, ownVoice, result, open, context);
        }
        open.close(document, found, result);
        return result;
    }

    /** The named and anaphoric candidate subjects of a sentence, in text order. */
    private List<Subject> candidates(String text, Span sentence, Anaphora.Context context, Found found,
                                     List<PersonFact> persons, LocalDate date) {
        List<Subject> candidatesHere = new ArrayList<>(candidates.in(text, sentence, found, persons, date));
        candidatesHere.addAll(anaphora.in(text, sentence, context, List.copyOf(candidatesHere), found));
        candidatesHere.sort(Comparator.comparing(Subject::span));
        return candidatesHere;
    }

    /**
     * The statements of a sentence's attributions, each over its clause; those of the last one are left open, for
     * the next sentences to carry on. Returns the context after them.
     */
    private Anaphora.Context statements(Document document, Found found, Span sentence, List<Attribution> attributions,
                                        BiPredicate<Span, EntityRef> ownVoice, List<StatementFinding> result,
                                        OpenStatements open, Anaphora.Context context) {
        String text = document.text();
        Anaphora.Context after = context;
        for (int a = 0; a < attributions.size(); a++) {
            Attribution attribution = attributions.get(a);
            int start = a == 0 ? sentence.start() : attribution.clauseStart();
            int end = a + 1 < attributions.size() ? attributions.get(a + 1).clauseStart() : sentence.end();
            Span clause = new Span(start, Math.max(end, Math.min(sentence.end(), start + 1)));
            List<List<EntityRef>> respective = Respectively.mechanisms(text, found, attribution.speakers().size(),
                    new Span(attribution.cueEnd(), clause.end()));
            EntityRef onBehalfOf = StatementMaker.onBehalfOf(text, clause, found);
            boolean last = a == attributions.size() - 1;
            for (int k = 0; k < attribution.speakers().size(); k++) {
                Speaker speaker = attribution.speakers().get(k);
                if (ownVoice.test(clause, speaker.principal())) {
                    continue;
                }
                List<EntityRef> mechanisms = respective == null ? null : respective.get(k);
                if (last) {
                    open.add(result, clause, speaker, onBehalfOf, mechanisms);
                } else {
                    StatementFinding statement = maker.make(document, clause, speaker.principal(), found, onBehalfOf,
                            speaker.deliverer());
                    result.add(mechanisms == null ? statement : Respectively.withMechanisms(statement, mechanisms));
                }
                after = after.after(speaker.principal(), speaker.deliverer());
            }
        }
        return after;
    }

    /** Whether a line of white space alone lies in {@code [from, to)}: a paragraph ends there. */
    private static boolean hasBlankLine(String text, int from, int to) {
        int newline = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (newline >= 0) {
                    return true;
                }
                newline = i;
            } else if (c != ' ' && c != '\t') {
                newline = -1;
            }
        }
        return false;
    }

    /** A sentence whose only speaker is an anaphor for the open statement's speaker carries that statement on. */
    private static boolean continues(List<Attribution> attributions, EntityRef openSpeaker) {
        return attributions.size() == 1 && attributions.get(0).speakers().size() == 1
                && attributions.get(0).speakers().get(0).anaphor()
                && attributions.get(0).speakers().get(0).principal().equals(openSpeaker);
    }

    /** The attributions of a sentence in text order; consecutive cues of the same speakers are one. */
    private List<Attribution> attributions(String text, Span sentence, List<MatchResult> cues,
                                           List<Subject> candidatesHere, List<PersonFact> persons, List<Span> skipped,
                                           Found found) {
        List<Attribution> result = new ArrayList<>();
        if (candidatesHere.isEmpty()) {
            return result;
        }
        List<Span> names = found.within(sentence).map(Mention::span).toList();
        int zoneStart = sentence.start();
        for (MatchResult verb : cues) {
            int at = verb.start();
            if (text.startsWith("peaking", at + 1) && FRAME.matcher(text).region(at, sentence.end()).lookingAt()) {
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
        // A \b at the zone's edges sees nothing beyond them, as in a copy of the zone.
        StartScan.Scan m = (participle ? PARTICIPLE_CLAUSE_OPENER : CLAUSE_OPENER).in(text, from, verbAt);
        int start = from;
        while (m.find()) {
            start = m.end();
        }
        return start;
    }

    private static String previousWord(String text, int from, int at) {
        return Words.last(text, Math.max(from, at - 30), at);
    }
}
