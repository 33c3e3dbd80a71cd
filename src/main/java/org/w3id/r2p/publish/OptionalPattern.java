package org.w3id.r2p.publish;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterDefaulting;
import org.apache.jena.sparql.engine.iterator.QueryIterRepeatApply;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.engine.main.solver.PatternMatchData;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderLib;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformation;
import org.apache.jena.vocabulary.RDF;

/**
 * {@code OPTIONAL} of a basic graph pattern, run for each row on the left as Jena's {@code QueryIterOptionalIndex}
 * runs it over an in-memory graph, without its per-row overhead. Jena copies the pattern with the row's values
 * put in, builds an executor for it and orders its triples anew (by how many terms each has fixed) for every row;
 * here the triples are ordered once for each way a row can fix them, and matched against the graph with the
 * row as input, which puts in the same values as they are matched. Same rows in the same order.
 * <pre>
 *   new OptionalPattern(left, opBGP.getPattern(), execCxt);
 * </pre>
 */
final class OptionalPattern extends QueryIterRepeatApply {
    /** Jena's choice for a graph that is not TDB ({@code StageGeneratorGeneric}). */
    private static final ReorderTransformation REORDER = ReorderLib.fixed();

    private final BasicPattern pattern;
    private final Var[] vars;
    private final boolean[] predicatePosition;
    private final boolean withoutTripleTerms;
    private final Map<Shape, BasicPattern> ordered = new HashMap<>();
    /** The last row's shape and plan: rows come mostly with the same shape, so the map is rarely asked. */
    private Shape lastShape;
    private BasicPattern lastPlan;

    OptionalPattern(QueryIterator left, BasicPattern pattern, ExecutionContext execCxt) {
        super(left, execCxt);
        this.pattern = pattern;
        List<Var> mentioned = pattern.getList().stream()
                .flatMap(t -> Stream.of(t.getSubject(), t.getPredicate(), t.getObject()))
                .filter(Var::isVar).map(Var::alloc).distinct().toList();
        this.vars = mentioned.toArray(Var[]::new);
        this.predicatePosition = new boolean[vars.length];
        this.withoutTripleTerms = PatternRows.fits(pattern);
        for (Triple triple : pattern.getList()) {
            if (triple.getPredicate().isVariable()) {
                predicatePosition[mentioned.indexOf(Var.alloc(triple.getPredicate()))] = true;
            }
        }
    }

    /** Whether a pattern has few enough variables for a {@link Shape}. */
    static boolean fits(BasicPattern pattern) {
        return pattern.size() * 3 <= Long.SIZE;
    }

    @Override
    protected QueryIterator nextStage(Binding row) {
        QueryIterator input = QueryIterSingleton.create(row, getExecContext());
        BasicPattern plan = pattern.size() < 2 ? pattern : plan(row);
        QueryIterator matches = withoutTripleTerms
                ? new PatternRows(getExecContext().getActiveGraph(), plan, input, getExecContext())
                : PatternMatchData.execute(getExecContext().getActiveGraph(), plan, input, null, getExecContext());
        return new QueryIterDefaulting(matches, row, getExecContext());
    }

    private BasicPattern plan(Binding row) {
        Shape shape = shape(row);
        if (lastShape == null || shape.bound != lastShape.bound || shape.type != lastShape.type) {
            lastPlan = ordered.computeIfAbsent(shape, s -> order(row));
            lastShape = shape;
        }
        return lastPlan;
    }

    /** As Jena orders the pattern with the row's values put in; the order depends only on the row's {@link Shape}. */
    private BasicPattern order(Binding row) {
        return REORDER.reorderIndexes(Substitute.substitute(pattern, row)).reorder(pattern);
    }

    /**
     * Which of the pattern's variables a row fixes, and whether one in a predicate position is fixed to
     * {@code rdf:type}: all that Jena's fixed weights ({@code ReorderFixed}) look at.
     */
    private Shape shape(Binding row) {
        long bound = 0;
        long type = 0;
        for (int i = 0; i < vars.length; i++) {
            Node value = row.get(vars[i]);
            if (value != null) {
                bound |= 1L << i;
                if (predicatePosition[i] && RDF.Nodes.type.equals(value)) {
                    type |= 1L << i;
                }
            }
        }
        return new Shape(bound, type);
    }

    private record Shape(long bound, long type) {}
}
