package org.w3id.r2p.publish;

import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIteratorWrapper;
import org.apache.jena.sparql.engine.join.AbstractIterHashJoin;

/**
 * A hash join that can be closed before it has built its table. Jena's (5.6.0) then throws a
 * {@code NullPointerException} from {@code AbstractIterHashJoin.closeSubIterator}: when a query's timeout stopped
 * it while the table was being built, and an iterator above closes it on the way out, that exception takes the
 * place of the timeout's, and the client gets 500 instead of 503. Such a join holds nothing to release.
 * <pre>
 *   QueryIterator join = UnbuiltJoinClose.wrap(Join.join(left, right, execCxt));
 * </pre>
 */
final class UnbuiltJoinClose extends QueryIteratorWrapper {
    private UnbuiltJoinClose(QueryIterator join) {
        super(join);
    }

    /** {@code rows} made safe to close if it is a hash join, else {@code rows} itself. */
    static QueryIterator wrap(QueryIterator rows) {
        return rows instanceof AbstractIterHashJoin ? new UnbuiltJoinClose(rows) : rows;
    }

    @Override
    protected void closeIterator() {
        try {
            super.closeIterator();
        } catch (NullPointerException e) {
            if (!fromUnbuiltTable(e)) {
                throw e;
            }
        }
    }

    private static boolean fromUnbuiltTable(NullPointerException e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().equals(AbstractIterHashJoin.class.getName())
                && trace[0].getMethodName().equals("closeSubIterator");
    }
}
