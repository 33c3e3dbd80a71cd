package org.w3id.r2p.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.logging.Log;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.VariableNotBoundException;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.NodeCmp;

/**
 * The order of Jena's {@link BindingComparator} (each {@code ORDER BY} condition in turn, then every variable by
 * name, so that rows are never tied) with each row's condition values and variables worked out once, not at every
 * comparison: Jena evaluates both rows' expressions anew for each of the n log n comparisons of a sort, turning
 * a date into a calendar value each time, and lists and sorts both rows' variables for every tie. The values
 * are the same, so the order is the same. One comparator serves one sort.
 * <pre>
 *   new QueryIterSort(rows, new SortKeys(opOrder.getConditions(), execCxt), execCxt);
 * </pre>
 */
final class SortKeys implements Comparator<Binding> {
    private static final Comparator<Var> BY_NAME = Comparator.comparing(Var::getName);

    private final Expr[] expressions;
    private final boolean[] descending;
    private final FunctionEnv env;
    private final Map<Binding, Key> keys = new IdentityHashMap<>();

    SortKeys(List<SortCondition> conditions, FunctionEnv env) {
        this.expressions = conditions.stream().map(SortCondition::getExpression).toArray(Expr[]::new);
        this.descending = new boolean[conditions.size()];
        for (int i = 0; i < descending.length; i++) {
            descending[i] = conditions.get(i).getDirection() == Query.ORDER_DESCENDING;
        }
        this.env = env;
    }

    @Override
    public int compare(Binding row1, Binding row2) {
        Key key1 = keys.computeIfAbsent(row1, this::key);
        Key key2 = keys.computeIfAbsent(row2, this::key);
        for (int i = 0; i < expressions.length; i++) {
            int x = BindingComparator.compareNodesRaw(key1.values[i], key2.values[i]);
            if (x != Expr.CMP_EQUAL) {
                return descending[i] ? -x : x;
            }
        }
        return bySyntax(row1, key1.vars, row2, key2.vars);
    }

    /** As {@code BindingComparator.compareBindingsSyntactic}: the variables of both rows by name, each compared as a term. */
    private static int bySyntax(Binding row1, Var[] vars1, Binding row2, Var[] vars2) {
        int i = 0;
        int j = 0;
        while (i < vars1.length || j < vars2.length) {
            Var var;
            if (j == vars2.length) {
                var = vars1[i++];
            } else if (i == vars1.length) {
                var = vars2[j++];
            } else {
                int order = BY_NAME.compare(vars1[i], vars2[j]);
                var = order <= 0 ? vars1[i++] : vars2[j++];
                if (order == 0) {
                    j++;
                }
            }
            Node node1 = row1.get(var);
            Node node2 = row2.get(var);
            int x = node1 == node2 ? Expr.CMP_EQUAL : NodeCmp.compareRDFTerms(node1, node2);
            if (x != Expr.CMP_EQUAL) {
                return x;
            }
        }
        return Expr.CMP_EQUAL;
    }

    private Key key(Binding row) {
        NodeValue[] values = new NodeValue[expressions.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(expressions[i], row);
        }
        List<Var> vars = new ArrayList<>(row.size());
        row.vars().forEachRemaining(vars::add);
        vars.sort(BY_NAME);
        return new Key(values, vars.toArray(Var[]::new));
    }

    /** Null, sorting first, where Jena's comparator has none: an unbound variable or an error (which it logs). */
    private NodeValue value(Expr expression, Binding row) {
        try {
            return expression.eval(row, env);
        } catch (VariableNotBoundException unbound) {
            return null;
        } catch (ExprEvalException e) {
            Log.warn(BindingComparator.class, e.getMessage());
            return null;
        }
    }

    /** A row's condition values and its variables by name. */
    private record Key(NodeValue[] values, Var[] vars) {}
}
