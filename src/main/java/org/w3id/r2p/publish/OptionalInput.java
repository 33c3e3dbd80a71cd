package org.w3id.r2p.publish;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterDefaulting;
import org.apache.jena.sparql.engine.iterator.QueryIterRepeatApply;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * {@code OPTIONAL} of a pattern built only of operators that take their input row into account (triple patterns,
 * property paths, sequences and filters, also inside {@code EXISTS}), run for each row on the left with the row as
 * its input. Jena's {@code QueryIterOptionalIndex} first copies the whole pattern with the row's values put in, for
 * every row, which for a {@code FILTER NOT EXISTS} turns its pattern back into query syntax and again into algebra;
 * these operators put in the row's values themselves as they read it (a triple pattern or path looks up its bound
 * variables in the row, a filter evaluates over a row that holds them, {@code EXISTS} runs with the row as input),
 * so they give the same rows in the same order. Operators that read their input apart from their own pattern, such
 * as a join, a nested {@code OPTIONAL}, a group or a sub-select, need the copy: such patterns are left to Jena.
 * <pre>
 *   if (OptionalInput.fits(right)) iterator = new OptionalInput(left, right, execCxt);
 * </pre>
 */
final class OptionalInput extends QueryIterRepeatApply {
    private final Op pattern;

    OptionalInput(QueryIterator left, Op pattern, ExecutionContext execCxt) {
        super(left, execCxt);
        this.pattern = pattern;
    }

    /** Whether every operator of {@code op} puts in its input row's values itself. */
    static boolean fits(Op op) {
        if (op instanceof OpBGP || op instanceof OpTriple || op instanceof OpPath) {
            return true;
        }
        if (op instanceof OpSequence sequence) {
            return sequence.getElements().stream().allMatch(OptionalInput::fits);
        }
        if (op instanceof OpFilter filter) {
            return fits(filter.getSubOp()) && filter.getExprs().getList().stream().allMatch(OptionalInput::fits);
        }
        return false;
    }

    /** Whether every {@code EXISTS} pattern inside {@code expr} fits. */
    private static boolean fits(Expr expr) {
        boolean[] fits = {true};
        Walker.walk(expr, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp function) {
                fits[0] &= fits(function.getGraphPattern());
            }
        });
        return fits[0];
    }

    @Override
    protected QueryIterator nextStage(Binding row) {
        QueryIterator matches = QC.execute(pattern, QueryIterSingleton.create(row, getExecContext()), getExecContext());
        return new QueryIterDefaulting(matches, row, getExecContext());
    }
}
