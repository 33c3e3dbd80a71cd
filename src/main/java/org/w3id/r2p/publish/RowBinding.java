package org.w3id.r2p.publish;

import java.util.Arrays;
import java.util.Iterator;
import java.util.function.BiConsumer;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBase;

/**
 * The values a basic graph pattern gave one row, on top of the row it was matched for, held in two arrays side by
 * side. Jena's matcher adds one binding per triple of the pattern, each pointing at the one before: every look-up
 * of a variable then walks that chain (a row of query 02 takes six steps to find its statement). Here a look-up
 * scans one short array and goes up at most once per pattern.
 * <pre>
 *   Binding row = new RowBinding(input, new Var[] {statement, speaker}, new Node[] {s, speaker});
 * </pre>
 */
final class RowBinding extends BindingBase {
    private final Var[] vars;
    private final Node[] values;

    /** The arrays are the binding's own from now on: the caller must not change them. */
    RowBinding(Binding parent, Var[] vars, Node[] values) {
        super(parent);
        this.vars = vars;
        this.values = values;
    }

    @Override
    protected Iterator<Var> vars1() {
        return Arrays.asList(vars).iterator();
    }

    @Override
    protected void forEach1(BiConsumer<Var, Node> action) {
        for (int i = 0; i < vars.length; i++) {
            action.accept(vars[i], values[i]);
        }
    }

    @Override
    protected int size1() {
        return vars.length;
    }

    @Override
    protected boolean isEmpty1() {
        return vars.length == 0;
    }

    @Override
    protected boolean contains1(Var var) {
        return get1(var) != null;
    }

    @Override
    protected Node get1(Var var) {
        for (int i = 0; i < vars.length; i++) {
            if (vars[i].equals(var)) {
                return values[i];
            }
        }
        return null;
    }

    @Override
    protected Binding detachWithNewParent(Binding newParent) {
        return new RowBinding(newParent, vars, values);
    }
}
