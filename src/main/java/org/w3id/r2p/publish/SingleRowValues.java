package org.w3id.r2p.publish;

import java.util.Set;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpModifier;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * A query ending in a {@code VALUES} block of one row whose variables the pattern never binds (such as a
 * benchmark's nonce, {@code VALUES ?v {"x"}}) with each result row extended by those values, as {@code BIND} would.
 * Jena runs that join as a hash join, which holds every row of the pattern in memory before it gives the first;
 * an extension streams, row by row. (The timeout stops both: {@link TimeoutAlarm}.)
 * The rows and their order are the same: with no variable shared, the hash join keeps the pattern's order. Only
 * the trailing {@code VALUES} is rewritten (beneath the solution modifiers), never one inside a pattern.
 * <pre>
 *   Op streaming = SingleRowValues.rewrite(op);
 * </pre>
 */
final class SingleRowValues {
    private SingleRowValues() {}

    static Op rewrite(Op op) {
        if (op instanceof OpModifier modifier) {
            Op below = modifier.getSubOp();
            Op rewritten = rewrite(below);
            return rewritten == below ? op : modifier.copy(rewritten);
        }
        if (op instanceof OpJoin join && join.getRight() instanceof OpTable table) {
            return extension(join.getLeft(), table, op);
        }
        return op;
    }

    /** The pattern extended by the table's one row, or {@code join} unchanged if that would not be the same. */
    private static Op extension(Op pattern, OpTable table, Op join) {
        if (table.getTable().size() != 1 || table.isJoinIdentity()) {
            return join;
        }
        Binding row = table.getTable().rows().next();
        Set<Var> bound = OpVars.visibleVars(pattern);
        VarExprList values = new VarExprList();
        for (Var var : table.getTable().getVars()) {
            if (!row.contains(var) || bound.contains(var)) {
                return join;
            }
            values.add(var, NodeValue.makeNode(row.get(var)));
        }
        return OpExtend.create(pattern, values);
    }
}
