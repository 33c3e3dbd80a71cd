package org.w3id.r2p.publish;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.apache.jena.atlas.iterator.Iter;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.join.Join;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/** A hash join closed before it built its table (as when a timeout stops it) closes quietly, and joins as before. */
class UnbuiltJoinCloseTest {
    private static final Var X = Var.alloc("x");
    private static final Var Y = Var.alloc("y");

    @Test
    void jenasHashJoinClosedUnbuiltThrows() {
        assertThrows(NullPointerException.class, () -> join().close());
    }

    @Test
    void closesQuietlyWhenUnbuilt() {
        assertDoesNotThrow(() -> UnbuiltJoinClose.wrap(join()).close());
    }

    @Test
    void joinsAsJenaDoes() {
        QueryIterator joined = UnbuiltJoinClose.wrap(join());
        List<Binding> rows = Iter.toList(joined);
        joined.close();
        assertEquals(Iter.toList(join()), rows);
        assertEquals(2, rows.size());
    }

    private static QueryIterator join() {
        ExecutionContext execCxt = new ExecutionContext(DatasetGraphFactory.create());
        QueryIterator left = QueryIterPlainWrapper.create(List.of(row(X, "a"), row(X, "b")).iterator(), execCxt);
        QueryIterator right = QueryIterPlainWrapper.create(List.of(
                BindingFactory.binding(row(X, "a"), Y, NodeFactory.createLiteralString("1")),
                BindingFactory.binding(row(X, "b"), Y, NodeFactory.createLiteralString("2")),
                BindingFactory.binding(row(X, "c"), Y, NodeFactory.createLiteralString("3"))).iterator(), execCxt);
        return Join.join(left, right, execCxt);
    }

    private static Binding row(Var var, String value) {
        return BindingFactory.binding(var, NodeFactory.createLiteralString(value));
    }
}
