package org.w3id.r2p.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.attribution.ReportingCues;

/**
 * Finds statements in four shapes of text:
 * <ul>
 *   <li>reported speech: a State, person, organization or office as the subject of a reporting verb
 *       ("the government of Belgium noted", "Argentina, Switzerland, and Costa Rica, among others, noted",
 *       ", with Hungary noting", "New Zealand's intervention highlighted", "He further stated");</li>
 *   <li>a statement or message document: "Statement by Mr. X" or "X's message to ..." in the heading makes the
 *       body one statement ("[delivered by Mr. Y]" gives who read it);</li>
 *   <li>interview turns: "Name: answer";</li>
 *   <li>lists of speakers: a run of short paragraphs that mostly name speakers ("Brazil", "Panama (in Spanish)").</li>
 * </ul>
 */
public final class StatementExtractor {
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "to", "from", "for", "with", "by",
            "about", "against", "under", "within", "into", "upon", "toward", "towards", "through", "over", "between",
            "among", "of", "after", "before", "during", "behind", "beyond", "despite", "across", "like", "than");
    private static final Set<String> SPEAKING_HEADS = Set.of("government", "delegation", "representative",
            "representatives", "mission", "minister", "director", "president", "ambassador", "head", "chair",
            "observer", "spokesperson");
    /** Words that may stand between a subject and its verb: "New Zealand's intervention highlighted", "Mr. Dieng also underlined". */
    private static final Set<String> VERB_GAP_WORDS = Set.of("also", "further", "furthermore", "then", "too", "again",
            "both", "all", "each", "among", "others", "in", "its", "his", "her", "their", "turn", "that", "who", "which",
            "has", "have", "had", "strongly", "particularly", "specifically", "repeatedly", "notably", "explicitly",
            "for", "example", "instance", "however", "meanwhile", "respectively", "s", "intervention",
            "interventions", "statement", "statements", "remarks", "delegation", "government", "representative",
            "subsequently", "later", "likewise", "similarly", "equally", "additionally", "moreover", "itself",
            "himself", "herself", "themselves", "most", "recently", "once", "rightly", "clearly", "firmly",
            "closing", "opening", "own", "delegate", "delegates");
    /** Words that join the subjects of one verb: "Argentina, Switzerland, and Costa Rica", "X as well as Y". */
    private static final Set<String> LIST_GAP_WORDS = Set.of("and", "as", "well", "including", "the", "also", "both");
    private static final Set<String> PASSIVE_OR_NOUN = Set.of("was", "were", "is", "are", "be", "been", "being",
            "to", "the", "a", "an", "its", "their", "his", "her", "our", "so", "of");
    private static final int MAX_GAP_WORDS = 6;
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}]+)[\\s\\n]*\\z");
    private static final Pattern CLAUSE_OPENER = Pattern.compile(";\\s|\\bwhile\\b|\\bwhereas\\b");
    private static final Pattern PARTICIPLE_CLAUSE_OPENER = Pattern.compile(";\\s|\\bwhile\\b|\\bwhereas\\b|\\bwith\\b");
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("(?<![\\p{L}])(?:He|She|he|she)(?![\\p{L}])");
    private static final Pattern SENTENCE_IT = Pattern.compile("(?:\\d{1,3}\\.\\s+)?(It|They)(?![\\p{L}])");
    private static final Pattern MESSAGE = Pattern.compile("(?i)(.{0,60}?)['’]s\\s+message\\s+(?:to|for|on)\\b");
    private static final Pattern DELIVERED_BY = Pattern.compile("(?i)\\bdelivered\\s+by\\s+");
    private static final Pattern STATEMENT_BY = Pattern.compile(
            "(?i)\\bstatements?\\s+(?:was\\s+|were\\s+)?(?:delivered|made|given|read(?:\\s+out)?|presented)\\s+by\\s+(?:the\\s+)?");
    private static final Pattern APPOSITION = Pattern.compile("\\s*,[^,.;:\\n]{1,120},(\\s*[\\p{L}\\s]*)");
    private static final Pattern ALSO_SPEAKING = Pattern.compile("(?i)\\b(?:also\\s+)?speaking\\s+(?:were|was)\\b");

    private final Pattern reportingVerb;
    private final CueEvidence evidence = new CueEvidence();
    private final Offices offices = new Offices();
    private final StatementMaker maker = new StatementMaker();
    private final Turns turns = new Turns(maker);
    private final SpeakerLists lists;

    public StatementExtractor() {
        this.reportingVerb = ReportingCues.standard().verbPattern();
        this.lists = new SpeakerLists(maker, reportingVerb);
    }

    /**
     * The statements of a document, and its speaker when it is a statement or message document.
     *
     * @param findings        every statement, in text order
     * @param documentSpeaker who speaks in a "Statement by ..." or "X's message to ..." document, or {@code null}
     */
    public record Statements(List<StatementFinding> findings, EntityRef documentSpeaker) {
        public Statements {
            findings = List.copyOf(findings);
        }
    }

    /** Statements in the document; {@code date} (the document's or its event's) resolves offices to holders. */
    public Statements extract(Document document, Found found, LocalDate date) {
        String text = document.text();
        List<PersonFact> persons = found.facts().stream()
                .filter(PersonFact.class::isInstance).map(PersonFact.class::cast).toList();
        Map<String, StatementFinding> statements = new LinkedHashMap<>();
        Optional<StatementFinding> whole = documentStatement(document, found, persons, date);
        whole.ifPresent(s -> add(statements, s));
        List<StatementFinding> verbatim = turns.verbatim(document, found);
        verbatim.forEach(s -> add(statements, s));
        List<Span> turnHeads = verbatim.stream().map(s -> new Span(lineStart(text, s.span().start()), s.span().start())).toList();
        EntityRef lastPerson = null;
        StatementFinding previous = null;
        for (Span sentence : TextUnits.sentences(text)) {
            EntityRef previousSpeaker = previous == null ? null : previous.speaker();
            List<Reported> reported = new ArrayList<>(reported(document, sentence, found, persons, date, previousSpeaker,
                    lastPerson, turnHeads));
            deliveredBy(document, sentence, found).forEach(s -> reported.add(new Reported(s, false)));
            alsoSpeaking(document, sentence, found).forEach(s -> reported.add(new Reported(s, false)));
            reported.removeIf(r -> whole.isPresent() && isTheDocumentsOwnVoice(whole.get(), r.statement()));
            if (previous != null && reported.size() == 1 && reported.get(0).continuation()
                    && reported.get(0).statement().speaker().equals(previous.speaker())) {
                // "The representative of Ireland said ... . He added ..." is one statement over two sentences.
                previous = maker.make(document, new Span(previous.span().start(), sentence.end()), previous.speaker(), found,
                        previous.onBehalfOf(), previous.deliveredBy());
                statements.put(key(previous), previous);
                continue;
            }
            previous = reported.size() == 1 ? reported.get(0).statement() : null;
            for (Reported r : reported) {
                add(statements, r.statement());
                if (r.statement().speaker().kind() == EntityKind.PERSON) {
                    lastPerson = r.statement().speaker();
                }
            }
        }
        turns.interview(document, found).forEach(s -> add(statements, s));
        lists.statements(document, found).forEach(s -> add(statements, s));
        return new Statements(statements.values().stream()
                .sorted(Comparator.comparing((StatementFinding s) -> s.span()).thenComparing(StatementFinding::speaker))
                .toList(), whole.map(StatementFinding::speaker).orElse(null));
    }

    private static void add(Map<String, StatementFinding> statements, StatementFinding s) {
        statements.putIfAbsent(key(s), s);
    }

    private static String key(StatementFinding s) {
        return s.speaker().kind() + "|" + s.speaker().key() + "|" + s.span().start();
    }

    // ------------------------------------------------------------------ reported speech

    /** A subject of a reporting verb; a pronoun ("he", "it") stands for a speaker named before. */
    private record Subject(EntityRef entity, Span span, boolean pronoun) {}

    /** A reported statement, and whether its subject was a pronoun carrying on the previous sentence's speaker. */
    private record Reported(StatementFinding statement, boolean continuation) {}

    private List<Reported> reported(Document document, Span sentence, Found found, List<PersonFact> persons,
                                    LocalDate date, EntityRef previousSpeaker, EntityRef lastPerson, List<Span> skipped) {
        String text = document.text();
        List<Subject> candidates = subjects(text, sentence, found, persons, date, previousSpeaker, lastPerson);
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Reported> result = new ArrayList<>();
        Matcher verb = reportingVerb.matcher(text).region(sentence.start(), sentence.end());
        int zoneStart = sentence.start();
        while (verb.find()) {
            int at = verb.start();
            if (skipped.stream().anyMatch(head -> head.start() <= at && at < head.end())) {
                continue;
            }
            String previous = previousWord(text, zoneStart, at);
            boolean participle = verb.group().toLowerCase(Locale.ROOT).endsWith("ing");
            int opener = clauseOpener(text, zoneStart, at, participle);
            if (PASSIVE_OR_NOUN.contains(previous.toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<Subject> subject = subjectBefore(text, candidates, opener, at);
            if (!subject.isEmpty() && !evidence.reportsSpeech(text, at, verb.end(),
                    subject.stream().map(s -> s.entity().kind()).toList())) {
                continue;
            }
            for (Subject s : subject) {
                result.add(new Reported(maker.make(document, sentence, s.entity(), found, StatementMaker.onBehalfOf(text, sentence, found), null),
                        s.pronoun()));
            }
            if (!subject.isEmpty()) {
                zoneStart = verb.end();
            }
        }
        return result;
    }

    /**
     * Mentions that can speak, offices resolved to their holders, and pronouns: "he"/"she" for the previous
     * sentence's speaker or else the last person speaking, a sentence-opening "It" or "They" for the previous
     * sentence's State or organization.
     */
    private List<Subject> subjects(String text, Span sentence, Found found, List<PersonFact> persons, LocalDate date,
                                   EntityRef previousSpeaker, EntityRef lastPerson) {
        List<Subject> subjects = new ArrayList<>();
        found.within(sentence).filter(m -> m.kind().canSpeak())
                .forEach(m -> subjects.add(new Subject(m.entity(), m.span(), false)));
        for (Offices.Reference ref : offices.references(text, sentence)) {
            if (text.startsWith("'s", ref.span().end()) || text.startsWith("\u2019s", ref.span().end())) {
                continue; // "the Secretary-General's report" is not the Secretary-General speaking
            }
            boolean namedHolder = found.ofKind(EntityKind.PERSON)
                    .anyMatch(p -> p.span().start() >= ref.span().end() && p.span().start() - ref.span().end() <= 12);
            if (!namedHolder && !found.overlapsAny(ref.span())) {
                offices.holder(ref.office(), persons, date).ifPresent(h -> subjects.add(new Subject(h, ref.span(), false)));
            }
        }
        // "The representative of Ireland said ... . He added ...": "he" is Ireland's representative.
        EntityRef personal = previousSpeaker != null ? previousSpeaker : lastPerson;
        if (personal != null) {
            Matcher pronoun = PRONOUN_SUBJECT.matcher(text).region(sentence.start(), sentence.end());
            while (pronoun.find()) {
                subjects.add(new Subject(personal, new Span(pronoun.start(), pronoun.end()), true));
            }
        }
        if (previousSpeaker != null && previousSpeaker.kind() != EntityKind.PERSON) {
            Matcher it = SENTENCE_IT.matcher(text).region(sentence.start(), sentence.end());
            if (it.lookingAt()) {
                subjects.add(new Subject(previousSpeaker, new Span(it.start(1), it.end(1)), true));
            }
        }
        subjects.sort(Comparator.comparing(Subject::span));
        return subjects;
    }

    /**
     * The subjects of a verb at {@code verbAt}: the last run of candidates before it in its clause, joined by
     * list separators, that is not the object of a preposition and stands close enough to the verb.
     */
    private static List<Subject> subjectBefore(String text, List<Subject> candidates, int clauseStart, int verbAt) {
        List<Subject> inClause = candidates.stream()
                .filter(c -> c.span().start() >= clauseStart && c.span().end() <= verbAt)
                .filter(c -> !isQuoted(text, clauseStart, c.span()))
                .toList();
        List<Subject> run = new ArrayList<>();
        int end = verbAt;
        for (int i = inClause.size() - 1; i >= 0; i--) {
            Subject candidate = inClause.get(i);
            if (candidate.span().end() > end) {
                continue; // inside the one after it, as a State inside an organization's name
            }
            String between = text.substring(candidate.span().end(), end);
            if (run.isEmpty()) {
                // "Mr. Dupont, Special Adviser on the Prevention of Genocide, welcomed": skip the apposition.
                Matcher apposition = APPOSITION.matcher(between);
                if (apposition.matches()) {
                    between = apposition.group(1);
                }
            }
            if (!(run.isEmpty() ? isGap(between, VERB_GAP_WORDS) : isGap(between, LIST_GAP_WORDS) || between.isBlank())) {
                break;
            }
            run.add(0, candidate);
            end = candidate.span().start();
        }
        // A list is the object of a preposition when its first member is: "led by France and Mexico".
        if (run.isEmpty() || isObjectOfPreposition(text, clauseStart, run.get(0).span())) {
            return List.of();
        }
        return run.stream()
                .collect(Collectors.toMap(Subject::entity, s -> s, (a, b) -> a, LinkedHashMap::new))
                .values().stream().toList();
    }

    private static boolean isGap(String between, Set<String> allowed) {
        List<String> words = WORD.matcher(between).results().map(r -> r.group().toLowerCase(Locale.ROOT)).toList();
        return words.size() <= MAX_GAP_WORDS && allowed.containsAll(words) && !between.contains(".")
                && !between.contains(":");
    }

    /** Inside quoted words, as in a State quoting the Secretary-General. */
    private static boolean isQuoted(String text, int clauseStart, Span span) {
        return text.substring(clauseStart, span.start()).chars().filter(c -> c == '"').count() % 2 == 1;
    }

    private static boolean isObjectOfPreposition(String text, int clauseStart, Span mention) {
        List<String> before = WORD.matcher(text.substring(Math.max(clauseStart, mention.start() - 60), mention.start()))
                .results().map(r -> r.group().toLowerCase(Locale.ROOT)).toList();
        int i = before.size() - 1;
        while (i >= 0 && before.get(i).equals("the")) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        String word = before.get(i);
        if (word.equals("of")) {
            return i == 0 || !SPEAKING_HEADS.contains(before.get(i - 1));
        }
        return PREPOSITIONS.contains(word) && !word.equals("like");
    }

    /** Where the clause of a verb starts: the sentence, or after "; ", " while ", " whereas ", or "with" before an -ing verb. */
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
        Matcher m = LAST_WORD.matcher(text.substring(Math.max(from, at - 30), at));
        return m.find() ? m.group(1) : "";
    }

    /** "the statement delivered by Denmark on behalf of the Nordic countries": Denmark spoke. */
    private List<StatementFinding> deliveredBy(Document document, Span sentence, Found found) {
        String text = document.text();
        List<StatementFinding> result = new ArrayList<>();
        Matcher m = STATEMENT_BY.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            int at = m.end();
            found.within(sentence).filter(x -> x.kind().canSpeak() && x.span().start() >= at && x.span().start() - at <= 3)
                    .findFirst()
                    .ifPresent(x -> result.add(maker.make(document, sentence, x.entity(), found,
                            StatementMaker.onBehalfOf(text, new Span(x.span().end(), sentence.end()), found), null)));
        }
        return result;
    }

    /** "Also speaking were the representatives of Estonia, Slovenia and Uruguay.": each of them spoke. */
    private List<StatementFinding> alsoSpeaking(Document document, Span sentence, Found found) {
        Matcher m = ALSO_SPEAKING.matcher(document.text()).region(sentence.start(), sentence.end());
        if (!m.find()) {
            return List.of();
        }
        int at = m.end();
        return found.within(sentence).filter(x -> x.kind().canSpeak() && x.span().start() >= at)
                .map(x -> maker.make(document, sentence, x.entity(), found, null, null)).toList();
    }

    /** In a statement document, the speaker's own State or organization acting in the body is the statement itself. */
    private static boolean isTheDocumentsOwnVoice(StatementFinding whole, StatementFinding reported) {
        return whole.span().contains(reported.span())
                && (reported.speaker().equals(whole.speaker()) || reported.speaker().equals(whole.onBehalfOf()));
    }

    private static int lineStart(String text, int at) {
        return text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
    }

    // ------------------------------------------------------------------ a statement or message document

    private Optional<StatementFinding> documentStatement(Document document, Found found, List<PersonFact> persons,
                                                         LocalDate date) {
        String text = document.text();
        int head = StatementPatterns.headEnd(text);
        Matcher byline = StatementPatterns.BYLINE.matcher(text).region(0, head);
        EntityRef speaker = null;
        int bylineEnd = -1;
        if (byline.find()) {
            Span line = new Span(byline.start(1), byline.end(1));
            speaker = found.within(line).filter(m -> m.kind().canSpeak()).map(Mention::entity).findFirst().orElse(null);
            bylineEnd = byline.end();
        }
        EntityRef deliveredBy = null;
        if (speaker == null) {
            Matcher message = MESSAGE.matcher(text).region(0, head);
            if (message.find()) {
                Span who = new Span(message.start(1), message.end(1));
                speaker = found.within(who).filter(m -> m.kind().canSpeak()).map(Mention::entity).findFirst()
                        .or(() -> offices.references(text, who).stream().findFirst()
                                .flatMap(ref -> offices.holder(ref.office(), persons, date)))
                        .orElse(null);
                bylineEnd = text.indexOf('\n', message.end());
                Matcher delivered = DELIVERED_BY.matcher(text).region(message.end(), bylineEnd < 0 ? text.length() : bylineEnd);
                if (delivered.find()) {
                    int at = delivered.end();
                    deliveredBy = found.ofKind(EntityKind.PERSON).filter(p -> p.span().start() >= at && p.span().start() - at <= 20)
                            .map(Mention::entity).findFirst().orElse(null);
                }
            }
        }
        if (speaker == null || bylineEnd < 0) {
            return Optional.empty();
        }
        Span body = bodyAfter(text, bylineEnd);
        if (body == null) {
            return Optional.empty();
        }
        EntityRef behalf = StatementMaker.onBehalfOf(text, body, found);
        if (behalf == null) {
            behalf = stateServed(speaker, persons);
        }
        return Optional.of(maker.make(document, body, speaker, found, behalf, deliveredBy));
    }

    /** The State a person's role in this document serves ("Permanent Representative of Norway"), if any. */
    private static EntityRef stateServed(EntityRef speaker, List<PersonFact> persons) {
        return persons.stream()
                .filter(p -> p.entity().equals(speaker) && p.affiliation() != null && p.affiliation().kind() == EntityKind.STATE)
                .map(PersonFact::affiliation).findFirst().orElse(null);
    }

    /** From the first line after the byline that reads as prose (ends a sentence or is long) to the end. */
    private static Span bodyAfter(String text, int from) {
        for (Span line : TextUnits.lines(text)) {
            if (line.start() < from) {
                continue;
            }
            String s = line.of(text);
            if (s.matches(".*[.!?:]['\"]?$") || s.length() > 60) {
                return new Span(line.start(), text.stripTrailing().length());
            }
        }
        return null;
    }
}
