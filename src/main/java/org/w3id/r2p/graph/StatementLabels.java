package org.w3id.r2p.graph;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Tokens;
import org.w3id.r2p.extract.DocumentFacts;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.EventFinding;
import org.w3id.r2p.extract.StatementFinding;

/**
 * Labels that tell statements apart — "Ghana at Informal interactive dialogue …, 11 September 2013", or the
 * document's title and date when no event is known — and excerpts of their words. "Statement by Ghana" on every
 * statement of Ghana left lists, search results and query results unable to tell them apart. Where one speaker
 * has several statements in the same setting, they are numbered in the order of the record ("(2 of 3)"): documents
 * in the order of their graphs' IRIs, then position in the document, so the labels are the same on every build,
 * streaming or not.
 */
final class StatementLabels {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    /** About two lines of a page: enough to recognise a statement, short enough to list many. */
    static final int EXCERPT_LENGTH = 200;
    private static final String ELLIPSIS = "…";
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:.\\-–—]+$");

    private final Map<String, String> labels;
    /** The IRIs of the statements labelled, by finding: a statement's words are hashed once for its label and IRI. */
    private final Map<StatementFinding, String> iris;

    private StatementLabels(Map<String, String> labels, Map<StatementFinding, String> iris) {
        this.labels = labels;
        this.iris = iris;
    }

    /**
     * Labels for every statement of the documents, numbered where a speaker spoke more than once in one setting;
     * documents count in the order of their graphs' IRIs, the order in which a streaming build sees them.
     */
    static StatementLabels of(List<DocumentFacts> documents, EntityNames names, IriScheme iris) {
        List<DocumentFacts> byGraph = new ArrayList<>(documents);
        byGraph.sort(Comparator.comparing(facts -> iris.graph(facts.document().id())));
        Collector collector = new Collector(iris);
        byGraph.forEach(collector::add);
        Numbering numbering = collector.numbering(names);
        Map<String, String> labels = new HashMap<>();
        Map<StatementFinding, String> statements = new IdentityHashMap<>();
        for (DocumentFacts facts : byGraph) {
            StatementLabels next = numbering.next(facts);
            labels.putAll(next.labels);
            statements.putAll(next.iris);
        }
        return new StatementLabels(labels, statements);
    }

    /**
     * Counts each speaker's statements in each setting document by document, so that a streaming build can number
     * statements without holding them: one count per speaker and setting, nothing per statement. A statement said
     * twice in a document (one IRI) counts once.
     */
    static final class Collector {
        private final IriScheme iris;
        private final Map<Spoken, Integer> counts = new HashMap<>();

        Collector(IriScheme iris) {
            this.iris = iris;
        }

        /** Adds a document's statements; documents must come in the order in which they are to be numbered. */
        void add(DocumentFacts facts) {
            String setting = setting(facts);
            Set<String> seen = new HashSet<>();
            for (StatementFinding finding : inOrder(facts)) {
                if (seen.add(iri(iris, finding))) {
                    counts.merge(new Spoken(finding.speaker(), setting), 1, Integer::sum);
                }
            }
        }

        /**
         * Numbers the statements once the speakers' names are known from the whole corpus: speakers with one name
         * share one count in a setting, as they share the label.
         */
        Numbering numbering(EntityNames names) {
            Map<String, Integer> totals = new HashMap<>();
            counts.forEach((spoken, n) -> totals.merge(names.label(spoken.speaker()) + spoken.setting(), n, Integer::sum));
            return new Numbering(iris, names, totals);
        }

        private record Spoken(EntityRef speaker, String setting) {}
    }

    /**
     * Labels the statements of the documents given to {@link Collector#add} again, one document at a time and in
     * the same order, numbering on from the documents before.
     */
    static final class Numbering {
        private final IriScheme iris;
        private final EntityNames names;
        /** Statements of each label not yet numbered; a label is dropped once its last statement is. */
        private final Map<String, Integer> totals;
        private final Map<String, Integer> numbered = new HashMap<>();

        private Numbering(IriScheme iris, EntityNames names, Map<String, Integer> totals) {
            this.iris = iris;
            this.names = names;
            this.totals = totals;
        }

        /** The labels of the next document's statements. */
        StatementLabels next(DocumentFacts facts) {
            String setting = setting(facts);
            Map<String, String> labels = new HashMap<>();
            Map<StatementFinding, String> statements = new IdentityHashMap<>();
            for (StatementFinding finding : inOrder(facts)) {
                String iri = iri(iris, finding);
                statements.put(finding, iri);
                if (labels.containsKey(iri)) {
                    continue;
                }
                String base = names.label(finding.speaker()) + setting;
                Integer total = totals.get(base);
                if (total == null) {
                    throw new IllegalStateException("The statement " + iri + " was not counted, or counted too few times");
                }
                int n = numbered.merge(base, 1, Integer::sum);
                if (n == total) {
                    totals.remove(base);
                    numbered.remove(base);
                }
                labels.put(iri, total == 1 ? base : base + " (" + n + " of " + total + ")");
            }
            return new StatementLabels(labels, statements);
        }
    }

    String label(String statementIri) {
        String label = labels.get(statementIri);
        if (label == null) {
            throw new IllegalArgumentException("No label was made for the statement " + statementIri);
        }
        return label;
    }

    /** The IRI of a statement labelled here (the same finding, not an equal one), else minted anew. */
    String iriOf(IriScheme scheme, StatementFinding finding) {
        String known = iris.get(finding);
        return known != null ? known : iri(scheme, finding);
    }

    static String iri(IriScheme iris, StatementFinding finding) {
        return iris.statement(finding.documentId(), finding.speaker(), finding.text());
    }

    /** An event's label: what it was and when, e.g. "Informal interactive dialogue …, 11 September 2013". */
    static String eventLabel(EventFinding event) {
        return event.label() + ", " + DATE.format(event.date());
    }

    /** A document whose heading gives no title is known by its file name. */
    static String documentTitle(DocumentFacts facts) {
        return facts.metadata().title() != null ? facts.metadata().title() : facts.document().fileName();
    }

    /**
     * The first words of a statement, whitespace folded, cut at a word before {@link #EXCERPT_LENGTH} characters
     * and ended with an ellipsis when cut.
     */
    static String excerpt(String text) {
        String words = foldedStart(text.strip());
        if (words.length() <= EXCERPT_LENGTH) {
            return words;
        }
        int cut = words.lastIndexOf(' ', EXCERPT_LENGTH);
        if (cut < EXCERPT_LENGTH / 2) {
            // One very long "word" (a URL, a list without spaces): cut inside it, never inside a surrogate pair.
            cut = Character.isLowSurrogate(words.charAt(EXCERPT_LENGTH)) ? EXCERPT_LENGTH - 1 : EXCERPT_LENGTH;
        }
        return TRAILING_PUNCTUATION.matcher(words.substring(0, cut)).replaceAll("") + ELLIPSIS;
    }

    /**
     * The text with its whitespace folded, or enough of its start to hold an excerpt and to tell that the whole is
     * longer: a statement can run to pages, and folding the start of a text gives the start of the folded text.
     * Folded as {@code replaceAll("\\s+", " ")} folds, without a copy and a matcher per statement.
     */
    private static String foldedStart(String text) {
        for (int end = 2 * EXCERPT_LENGTH; end < text.length(); end = (int) Math.min(2L * end, text.length())) {
            String folded = Tokens.collapseSpaces(text, 0, end);
            if (folded.length() > EXCERPT_LENGTH) {
                return folded;
            }
        }
        return Tokens.collapseSpaces(text, 0, text.length());
    }

    /** A document's statements in the order of the record. */
    private static List<StatementFinding> inOrder(DocumentFacts facts) {
        List<StatementFinding> inOrder = new ArrayList<>(facts.statements());
        inOrder.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return inOrder;
    }

    private static String setting(DocumentFacts facts) {
        EventFinding event = facts.metadata().event();
        if (event != null) {
            return " at " + eventLabel(event);
        }
        LocalDate date = facts.metadata().date();
        return " in " + documentTitle(facts) + (date == null ? "" : ", " + DATE.format(date));
    }
}
