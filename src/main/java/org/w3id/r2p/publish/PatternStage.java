package org.w3id.r2p.publish;

import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterPeek;
import org.apache.jena.sparql.engine.main.StageGenerator;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderLib;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformation;

/**
 * Basic graph patterns ordered as Jena's {@code StageGeneratorGeneric} orders them for a graph in memory (fixed
 * weights, with the first input row's values put in) and matched by {@link PatternRows}; a pattern with RDF-star
 * triple terms goes to the generator this one stands in for.
 * <pre>
 *   StageBuilder.setGenerator(context, new PatternStage(StageBuilder.chooseStageGenerator(context)));
 * </pre>
 */
final class PatternStage implements StageGenerator {
    private static final ReorderTransformation REORDER = ReorderLib.fixed();

    private final StageGenerator otherwise;

    PatternStage(StageGenerator otherwise) {
        this.otherwise = otherwise;
    }

    @Override
    public QueryIterator execute(BasicPattern pattern, QueryIterator input, ExecutionContext execCxt) {
        if (!PatternRows.fits(pattern)) {
            return otherwise.execute(pattern, input, execCxt);
        }
        if (!input.hasNext()) {
            return input;
        }
        QueryIterator rows = input;
        BasicPattern ordered = pattern;
        if (pattern.size() >= 2) {
            BasicPattern grounded = pattern;
            if (!input.isJoinIdentity()) {
                QueryIterPeek peek = QueryIterPeek.create(input, execCxt);
                rows = peek;
                Binding first = peek.peek();
                grounded = Substitute.substitute(pattern, first);
            }
            ordered = REORDER.reorderIndexes(grounded).reorder(pattern);
        }
        return new PatternRows(execCxt.getActiveGraph(), ordered, rows, execCxt);
    }
}
