package org.w3id.r2p.publish;

import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.util.Context;

/**
 * Puts {@link StoppableRegex} and {@link StoppableReplace} in place of Jena's {@code REGEX} and {@code REPLACE}
 * in every query run over a dataset, before Jena's own optimizer, so that the query timeout stops a regular
 * expression too, and arms the query's {@link TimeoutAlarm}, which stops the work Jena does while it plans the
 * query. Jena chooses the optimizer from the dataset's context ({@code ARQConstants.sysOptimizerFactory}), which is
 * the supported way to change how a dataset's queries are rewritten, for an in-memory dataset and TDB2 alike.
 * <pre>
 *   StoppableRegexRewrite.install(dataset.getContext());
 * </pre>
 */
final class StoppableRegexRewrite extends ExprTransformCopy {
    private final StopSignal stop;

    private StoppableRegexRewrite(StopSignal stop) {
        this.stop = stop;
    }

    static void install(Context context) {
        RewriteFactory standard = Optimize.getFactory();
        // One-row VALUES (such as a benchmark's nonce) as BIND too: see SingleRowValues.
        RewriteFactory stoppable = query -> op -> {
            StopSignal stop = StopSignal.of(query);
            // Planning starts after this rewrite: see TimeoutAlarm.
            TimeoutAlarm.arm(stop);
            return standard.create(query).rewrite(SingleRowValues.rewrite(rewrite(op, stop)));
        };
        context.set(ARQConstants.sysOptimizerFactory, stoppable);
    }

    /** The query with every REGEX and REPLACE stopped by {@code stop}. */
    static Op rewrite(Op op, StopSignal stop) {
        return Transformer.transform(new TransformCopy(), new StoppableRegexRewrite(stop), op);
    }

    @Override
    public Expr transform(ExprFunctionN function, ExprList args) {
        if (function instanceof E_Regex && !(function instanceof StoppableRegex)) {
            return new StoppableRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null, stop);
        }
        if (function instanceof E_StrReplace && !(function instanceof StoppableReplace)) {
            return new StoppableReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null, stop);
        }
        return super.transform(function, args);
    }
}
