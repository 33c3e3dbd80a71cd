package org.w3id.r2p.publish;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIter;
import org.apache.jena.sparql.engine.main.solver.SolverLib;
import org.apache.jena.system.G;

/**
 * A basic graph pattern matched against a graph as Jena's {@code PatternMatchData} matches it, triple by triple
 * in the order given, for each input row in turn, each triple looked up with the values found so far put in; so
 * the same rows come in the same order. Jena chains one iterator and one binding per triple; here one loop walks
 * the triples with the values in an array, and each row found is one {@link RowBinding} over its input row.
 * For patterns without RDF-star triple terms ({@link #fits}).
 * <pre>
 *   QueryIterator rows = new PatternRows(graph, orderedPattern, input, execCxt);
 * </pre>
 */
final class PatternRows extends QueryIter {
    private static final int CONSTANT = -1;

    private final Graph graph;
    private final QueryIterator input;
    private final Node[][] terms;
    /** For each triple and position, the index of its variable in {@link #vars}, or {@link #CONSTANT}. */
    private final int[][] slots;
    private final Var[] vars;
    private final AtomicBoolean cancelSignal;

    /** The row being matched, or null before the next one is taken from the input. */
    private Binding row;
    private final Node[] values;
    /** For each variable, the triple whose match gave it its value, or {@link #CONSTANT} if unset or the row's. */
    private final int[] setBy;
    private final MatchCursor[] cursors;
    /** The graph's subject index, if it has one that matches objects as the graph does; else null. */
    private final SubjectPredicateGraph index;
    /** The subject last looked up in the index, as the very node given, and its triples: see {@link #open}. */
    private Node lastSubject;
    private SubjectPredicateGraph.Groups lastGroups;
    private int level;
    private Binding next;

    PatternRows(Graph graph, BasicPattern pattern, QueryIterator input, ExecutionContext execCxt) {
        super(execCxt);
        this.graph = graph;
        this.input = input;
        this.cancelSignal = execCxt.getCancelSignal();
        List<Triple> triples = pattern.getList();
        List<Var> mentioned = new ArrayList<>();
        terms = new Node[triples.size()][];
        slots = new int[triples.size()][3];
        for (int t = 0; t < terms.length; t++) {
            Triple triple = triples.get(t);
            terms[t] = new Node[] {triple.getSubject(), triple.getPredicate(), triple.getObject()};
            for (int position = 0; position < 3; position++) {
                Node term = terms[t][position];
                if (Var.isVar(term)) {
                    Var var = Var.alloc(term);
                    if (!mentioned.contains(var)) {
                        mentioned.add(var);
                    }
                    slots[t][position] = mentioned.indexOf(var);
                } else {
                    slots[t][position] = CONSTANT;
                }
            }
        }
        vars = mentioned.toArray(Var[]::new);
        values = new Node[vars.length];
        setBy = new int[vars.length];
        cursors = new MatchCursor[terms.length];
        Arrays.setAll(cursors, t -> new MatchCursor());
        index = graph instanceof SubjectPredicateGraph indexed && indexed.matchesObjectsByTerm() ? indexed : null;
    }

    /** Whether the pattern can be matched here: it has no triple terms, which Jena matches with variables inside. */
    static boolean fits(BasicPattern pattern) {
        return pattern.getList().stream().noneMatch(SolverLib::tripleHasNodeTriple);
    }

    @Override
    protected boolean hasNextBinding() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    protected Binding moveToNextBinding() {
        Binding found = next;
        next = null;
        return found;
    }

    /** The next row of matches, or null when the input is done. */
    private Binding advance() {
        while (true) {
            if (row == null) {
                if (!input.hasNext()) {
                    return null;
                }
                start(input.next());
                if (terms.length == 0) {
                    Binding whole = row;
                    row = null;
                    return whole;
                }
            }
            if (matchNext(level)) {
                if (level == terms.length - 1) {
                    return found();
                }
                open(++level);
            } else {
                cursors[level].close();
                if (--level < 0) {
                    row = null;
                }
            }
        }
    }

    private void start(Binding input) {
        row = input;
        for (int i = 0; i < vars.length; i++) {
            values[i] = input.get(vars[i]);
            setBy[i] = CONSTANT;
        }
        level = 0;
        if (terms.length > 0) {
            open(0);
        }
    }

    /**
     * Starts the look-up of triple t with the values known so far put in. One with its subject and predicate known
     * goes to the index, if the graph has one: the triples of a pattern often share their subject (a statement's
     * speaker, then its event), always as the same node, so the last subject's triples are kept at hand. Any other
     * goes to the graph, where a language tag matches in any case, as in Jena.
     */
    private void open(int t) {
        Node subject = known(t, 0);
        Node predicate = known(t, 1);
        Node object = known(t, 2);
        MatchCursor cursor = cursors[t];
        if (index == null || !subject.isConcrete() || !predicate.isConcrete() || G.hasLang(object)) {
            cursor.over(G.findByLang(graph, subject, predicate, object));
            return;
        }
        if (subject != lastSubject) {
            lastGroups = index.subject(subject);
            lastSubject = subject;
        }
        int group = lastGroups == null ? -1 : lastGroups.group(predicate);
        if (group < 0) {
            cursor.overNothing();
        } else {
            cursor.over(lastGroups.triples(), lastGroups.starts()[group], lastGroups.starts()[group + 1],
                    object.isConcrete() ? object : null);
        }
    }

    private Node known(int t, int position) {
        int slot = slots[t][position];
        if (slot == CONSTANT) {
            return terms[t][position];
        }
        Node value = values[slot];
        return value == null ? Node.ANY : value;
    }

    /** Moves triple t on to its next match that agrees with itself (a variable twice in it), setting its variables. */
    private boolean matchNext(int t) {
        MatchCursor cursor = cursors[t];
        for (Triple match = cursor.next(); match != null; match = cursor.next()) {
            if (cancelSignal != null && cancelSignal.get()) {
                throw new QueryCancelledException();
            }
            unset(t);
            if (set(t, 0, match.getSubject()) && set(t, 1, match.getPredicate()) && set(t, 2, match.getObject())) {
                return true;
            }
        }
        unset(t);
        return false;
    }

    private void unset(int t) {
        for (int i = 0; i < vars.length; i++) {
            if (setBy[i] == t) {
                values[i] = null;
                setBy[i] = CONSTANT;
            }
        }
    }

    private boolean set(int t, int position, Node value) {
        int slot = slots[t][position];
        if (slot == CONSTANT) {
            return true;
        }
        if (values[slot] == null) {
            values[slot] = value;
            setBy[slot] = t;
            return true;
        }
        return setBy[slot] != t || SolverLib.sameTermAs(value, values[slot]);
    }

    private Binding found() {
        int count = 0;
        for (int setter : setBy) {
            if (setter != CONSTANT) {
                count++;
            }
        }
        Var[] foundVars = new Var[count];
        Node[] foundValues = new Node[count];
        for (int i = 0, j = 0; i < vars.length; i++) {
            if (setBy[i] != CONSTANT) {
                foundVars[j] = vars[i];
                foundValues[j++] = values[i];
            }
        }
        return count == 0 ? row : new RowBinding(row, foundVars, foundValues);
    }

    @Override
    protected void closeIterator() {
        Arrays.stream(cursors).forEach(MatchCursor::close);
        input.close();
    }

    @Override
    protected void requestCancel() {
        input.cancel();
    }
}
