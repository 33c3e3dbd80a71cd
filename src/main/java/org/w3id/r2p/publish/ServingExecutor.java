package org.w3id.r2p.publish;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterConvert;
import org.apache.jena.sparql.engine.iterator.QueryIterPath;
import org.apache.jena.sparql.engine.iterator.QueryIterRoot;
import org.apache.jena.sparql.engine.iterator.QueryIterSort;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.engine.main.StageBuilder;
import org.apache.jena.sparql.util.Context;

/**
 * Jena's executor for a dataset held in memory, with an {@code ORDER BY} that works out each row's sort values
 * once ({@link SortKeys}) and an {@code OPTIONAL} basic graph pattern planned once, not for every row
 * ({@link OptionalPattern}) or, for one with filters and paths, run with each row as its input instead of copied
 * with the row's values put in ({@link OptionalInput}), and property paths that the query timeout stops within a node's closure
 * ({@link StoppableGraph}), {@code GROUP BY} with one lookup of a row's group ({@link Grouping}), and projected rows
 * that hold their values ({@link #project}). Same rows in the same order. Jena takes the executor from the dataset's context.
 * Not for TDB2, which brings its own executor and orders patterns by its statistics.
 * <pre>
 *   ServingExecutor.install(dataset.getContext());
 * </pre>
 */
final class ServingExecutor extends OpExecutor {
    private ServingExecutor(ExecutionContext execCxt) {
        super(execCxt);
    }

    static void install(Context context) {
        QC.setFactory(context, ServingExecutor::new);
        StageBuilder.setGenerator(context, new PatternStage(StageBuilder.chooseStageGenerator(context)));
    }

    @Override
    protected QueryIterator execute(OpConditional conditional, QueryIterator input) {
        if (conditional.getRight() instanceof OpBGP bgp && OptionalPattern.fits(bgp.getPattern())
                && !execCxt.getContext().isTrue(ARQ.hideNonDistiguishedVariables)) {
            return new OptionalPattern(exec(conditional.getLeft(), input), bgp.getPattern(), execCxt);
        }
        if (OptionalInput.fits(conditional.getRight())) {
            return new OptionalInput(exec(conditional.getLeft(), input), conditional.getRight(), execCxt);
        }
        return super.execute(conditional, input);
    }

    @Override
    protected QueryIterator execute(OpOrder opOrder, QueryIterator input) {
        QueryIterator rows = exec(opOrder.getSubOp(), input);
        return new QueryIterSort(rows, new SortKeys(opOrder.getConditions(), execCxt), execCxt);
    }

    @Override
    protected QueryIterator execute(OpGroup opGroup, QueryIterator input) {
        return new Grouping(exec(opGroup.getSubOp(), input), opGroup.getGroupVars(), opGroup.getAggregators(), execCxt);
    }

    @Override
    protected QueryIterator execute(OpProject opProject, QueryIterator input) {
        if (!(input instanceof QueryIterRoot)) {
            return super.execute(opProject, input);
        }
        List<Var> vars = opProject.getVars();
        return new QueryIterConvert(exec(opProject.getSubOp(), input), row -> project(vars, row), execCxt);
    }

    /**
     * The row's values of the projected variables, copied: Jena's projected row is a view that finds a variable by
     * looking it up in the list of projected ones and then through every step that bound a value, so each
     * {@code DISTINCT} hash and comparison, sort key and written value pays for that search again.
     */
    static Binding project(List<Var> vars, Binding row) {
        BindingBuilder projected = Binding.builder();
        for (Var var : vars) {
            Node value = row.get(var);
            if (value != null) {
                projected.add(var, value);
            }
        }
        return projected.build();
    }

    @Override
    protected QueryIterator execute(OpPath opPath, QueryIterator input) {
        if (execCxt.getCancelSignal() == null) {
            return super.execute(opPath, input);
        }
        Graph stoppable = new StoppableGraph(execCxt.getActiveGraph(), execCxt.getCancelSignal());
        return new QueryIterPath(opPath.getTriplePath(), input, ExecutionContext.copyChangeActiveGraph(execCxt, stoppable));
    }
}
