package org.w3id.r2p.evaluate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.w3id.r2p.extract.DocumentFacts;
import org.w3id.r2p.extract.EntityKind;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.Mention;
import org.w3id.r2p.extract.StatementFinding;
import org.w3id.r2p.graph.Slugs;
import org.w3id.r2p.link.StateGazetteer;

/**
 * Compares what the extractors found with hand-made annotations ({@link Gold}), document by document: for each
 * kind of fact the sets found and expected give true positives, false hits and misses; dates are right or not.
 * <pre>
 *   Evaluation evaluation = Evaluation.of(facts, gold);
 *   evaluation.score(Evaluation.Kind.STATES).f1();
 * </pre>
 */
public final class Evaluation {
    /** The kinds of fact scored. */
    public enum Kind {
        STATES("states"), SPEAKERS("statement speakers"), DELIVERERS("delivered by"), GROUPS("on behalf of"),
        MECHANISMS("mechanisms"), NETWORKS("regional networks"),
        PERSONS("persons"), ORGANIZATIONS("organizations"), SYMBOLS("UN document symbols");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Counts for one kind, with the misses and false hits as "document: item". */
    public record Score(int truePositives, List<String> falseHits, List<String> misses) {
        public double precision() {
            int found = truePositives + falseHits.size();
            return found == 0 ? 1.0 : (double) truePositives / found;
        }

        public double recall() {
            int expected = truePositives + misses.size();
            return expected == 0 ? 1.0 : (double) truePositives / expected;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** How many documents had the date right, and which did not. */
    public record DateScore(int right, List<String> wrong) {
        public double accuracy() {
            int all = right + wrong.size();
            return all == 0 ? 1.0 : (double) right / all;
        }
    }

    private static final StateGazetteer STATES = StateGazetteer.load();

    private final Map<Kind, Score> scores;
    private final DateScore eventDates;
    private final DateScore documentDates;

    private Evaluation(Map<Kind, Score> scores, DateScore eventDates, DateScore documentDates) {
        this.scores = scores;
        this.eventDates = eventDates;
        this.documentDates = documentDates;
    }

    /** Scores the documents that have gold; a gold file without its document is an error. */
    public static Evaluation of(List<DocumentFacts> documents, Map<String, Gold> gold) {
        Set<String> missing = new TreeSet<>(gold.keySet());
        documents.forEach(d -> missing.remove(d.document().id()));
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Gold for documents not in the corpus: " + missing);
        }
        Map<Kind, Accumulator> accumulators = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            accumulators.put(kind, new Accumulator());
        }
        Accumulator eventDates = new Accumulator();
        Accumulator documentDates = new Accumulator();
        for (DocumentFacts facts : documents) {
            Gold g = gold.get(facts.document().id());
            if (g == null) {
                continue;
            }
            String id = facts.document().id();
            // Gold lists UN Member and Observer States; Kosovo and Taiwan are published as r2p:NonUNState, not scored.
            Set<String> states = found(facts, EntityKind.STATE, m -> m.entity().key());
            states.removeIf(iso3 -> STATES.byIso3(iso3).map(s -> !s.isUnState()).orElse(false));
            accumulators.get(Kind.STATES).compare(id, states, set(g.states(), s -> s));
            accumulators.get(Kind.SPEAKERS).compare(id, facts.statements().stream().map(StatementFinding::speaker)
                    .map(Evaluation::speakerKey).collect(Collectors.toCollection(TreeSet::new)), set(g.speakers(), Evaluation::normalizeSpeaker));
            if (g.rolesAnnotated()) {
                accumulators.get(Kind.DELIVERERS).compare(id, roles(facts, StatementFinding::deliveredBy, Evaluation::speakerKey),
                        set(g.deliveries(), r -> role(r, Evaluation::normalizeSpeaker)));
                accumulators.get(Kind.GROUPS).compare(id, roles(facts, StatementFinding::onBehalfOf, e -> Slugs.slug(e.key())),
                        set(g.groups(), r -> role(r, Evaluation::groupName)));
            }
            accumulators.get(Kind.MECHANISMS).compare(id, found(facts, EntityKind.MECHANISM, m -> Slugs.slug(name(m.entity()))), set(g.mechanisms(), Slugs::slug));
            accumulators.get(Kind.NETWORKS).compare(id, found(facts, EntityKind.REGIONAL_NETWORK, m -> Slugs.slug(m.entity().key())), set(g.networks(), Slugs::slug));
            accumulators.get(Kind.PERSONS).compare(id, found(facts, EntityKind.PERSON, m -> Slugs.slug(m.entity().key())), set(g.persons(), Slugs::slug));
            accumulators.get(Kind.ORGANIZATIONS).compare(id, found(facts, EntityKind.ORGANIZATION, m -> Slugs.slug(m.entity().key())), set(g.organizations(), Slugs::slug));
            accumulators.get(Kind.SYMBOLS).compare(id, new TreeSet<>(facts.metadata().symbols()), set(g.symbols(), s -> s));
            String event = facts.metadata().event() == null ? null : facts.metadata().event().date().toString();
            eventDates.date(id, event, g.eventDate());
            LocalDate date = facts.metadata().date();
            documentDates.date(id, date == null ? null : date.toString(), g.date());
        }
        Map<Kind, Score> scores = new EnumMap<>(Kind.class);
        accumulators.forEach((kind, a) -> scores.put(kind, a.score()));
        return new Evaluation(scores, eventDates.dateScore(), documentDates.dateScore());
    }

    public Score score(Kind kind) {
        return scores.get(kind);
    }

    public DateScore eventDates() {
        return eventDates;
    }

    /** The report: a table of figures, then every miss and false hit. */
    public List<String> report() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-22s %9s %9s %9s %6s %6s %6s", "kind", "precision", "recall", "F1", "found", "false", "missed"));
        for (Kind kind : Kind.values()) {
            Score s = scores.get(kind);
            lines.add(String.format(Locale.ROOT, "%-22s %9.3f %9.3f %9.3f %6d %6d %6d", kind.label(), s.precision(),
                    s.recall(), s.f1(), s.truePositives(), s.falseHits().size(), s.misses().size()));
        }
        lines.add(String.format(Locale.ROOT, "%-22s %9.3f   (%d of %d documents)", "event dates right",
                eventDates.accuracy(), eventDates.right(), eventDates.right() + eventDates.wrong().size()));
        lines.add(String.format(Locale.ROOT, "%-22s %9.3f   (%d of %d documents)", "document dates right",
                documentDates.accuracy(), documentDates.right(), documentDates.right() + documentDates.wrong().size()));
        for (Kind kind : Kind.values()) {
            scores.get(kind).misses().forEach(m -> lines.add("miss      " + kind.label() + "  " + m));
            scores.get(kind).falseHits().forEach(f -> lines.add("false hit " + kind.label() + "  " + f));
        }
        eventDates.wrong().forEach(w -> lines.add("wrong     event date  " + w));
        documentDates.wrong().forEach(w -> lines.add("wrong     document date  " + w));
        return lines;
    }

    private static Set<String> found(DocumentFacts facts, EntityKind kind, Function<Mention, String> key) {
        return facts.mentions().stream().filter(m -> m.kind() == kind).map(key).collect(Collectors.toCollection(TreeSet::new));
    }

    /** "speaker > other" for every statement that has the role. */
    private static Set<String> roles(DocumentFacts facts, Function<StatementFinding, EntityRef> role,
                                     Function<EntityRef, String> key) {
        return facts.statements().stream().filter(s -> role.apply(s) != null)
                .map(s -> speakerKey(s.speaker()) + Gold.ROLE_SEPARATOR + key.apply(role.apply(s)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String role(String goldPair, Function<String, String> other) {
        int at = goldPair.indexOf(Gold.ROLE_SEPARATOR);
        return normalizeSpeaker(goldPair.substring(0, at)) + Gold.ROLE_SEPARATOR
                + other.apply(goldPair.substring(at + Gold.ROLE_SEPARATOR.length()));
    }

    /** A group is compared by its name: whether a group of States is an organization or a network is not scored here. */
    private static String groupName(String gold) {
        return Slugs.slug(gold.substring(gold.indexOf(':') + 1));
    }

    private static Set<String> set(List<String> values, Function<String, String> key) {
        return values.stream().map(key).collect(Collectors.toCollection(TreeSet::new));
    }

    /** A national mechanism's key carries its State's code; its name does not. */
    private static String name(EntityRef ref) {
        return ref.key().replaceFirst(" \\([A-Z]{3}\\)$", "");
    }

    private static String speakerKey(EntityRef speaker) {
        return switch (speaker.kind()) {
            case STATE -> "state:" + speaker.key();
            case PERSON -> "person:" + Slugs.slug(speaker.key());
            default -> speaker.kind().segment() + ":" + Slugs.slug(speaker.key());
        };
    }

    private static String normalizeSpeaker(String gold) {
        int colon = gold.indexOf(':');
        String kind = gold.substring(0, colon);
        String name = gold.substring(colon + 1);
        return kind.equals("state") ? gold : kind + ":" + Slugs.slug(name);
    }

    private static final class Accumulator {
        private int truePositives;
        private final List<String> falseHits = new ArrayList<>();
        private final List<String> misses = new ArrayList<>();
        private int right;
        private final List<String> wrong = new ArrayList<>();

        void compare(String document, Set<String> found, Set<String> expected) {
            for (String item : found) {
                if (expected.contains(item)) {
                    truePositives++;
                } else {
                    falseHits.add(document + ": " + item);
                }
            }
            expected.stream().filter(e -> !found.contains(e)).forEach(e -> misses.add(document + ": " + e));
        }

        void date(String document, String found, String expected) {
            if (Objects.equals(found, expected)) {
                right++;
            } else {
                wrong.add(document + ": found " + found + ", expected " + expected);
            }
        }

        Score score() {
            return new Score(truePositives, List.copyOf(falseHits), List.copyOf(misses));
        }

        DateScore dateScore() {
            return new DateScore(right, List.copyOf(wrong));
        }
    }
}
