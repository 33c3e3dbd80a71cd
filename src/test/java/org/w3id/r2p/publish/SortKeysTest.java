package org.w3id.r2p.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.expr.E_Str;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.function.FunctionEnvBase;
import org.junit.jupiter.api.Test;

/** Every pair of rows compares as under Jena's BindingComparator, ties broken by the other variables alike. */
class SortKeysTest {
    private static final Var A = Var.alloc("a");
    private static final Var B = Var.alloc("b");
    private static final Var C = Var.alloc("c");

    @Test
    void comparesEveryPairAsJenaDoes() {
        List<Binding> rows = rows();
        List<List<SortCondition>> orders = List.of(
                List.of(new SortCondition(A, Query.ORDER_ASCENDING)),
                List.of(new SortCondition(A, Query.ORDER_DESCENDING), new SortCondition(B, Query.ORDER_DEFAULT)),
                List.of(new SortCondition(new E_Str(new ExprVar(B)), Query.ORDER_DESCENDING)),
                List.of(new SortCondition(C, Query.ORDER_ASCENDING)));
        int compared = 0;
        for (List<SortCondition> order : orders) {
            BindingComparator jena = new BindingComparator(order);
            SortKeys keys = new SortKeys(order, new FunctionEnvBase());
            for (Binding row1 : rows) {
                for (Binding row2 : rows) {
                    assertEquals(Integer.signum(jena.compare(row1, row2)), Integer.signum(keys.compare(row1, row2)),
                            order + ": " + row1 + " against " + row2);
                    compared++;
                }
            }
        }
        assertEquals(orders.size() * rows.size() * rows.size(), compared);
    }

    /** Dates, numbers, strings, language strings and IRIs, some variables unbound, many ties on each one. */
    private static List<Binding> rows() {
        List<Node> values = List.of(
                NodeFactory.createLiteralDT("2024-03-01", XSDDatatype.XSDdate),
                NodeFactory.createLiteralDT("2023-12-31", XSDDatatype.XSDdate),
                NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger),
                NodeFactory.createLiteralDT("7.0", XSDDatatype.XSDdecimal),
                NodeFactory.createLiteralString("x"),
                NodeFactory.createLiteralLang("x", "en"),
                NodeFactory.createURI("http://example.org/x"));
        List<Binding> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            BindingBuilder row = Binding.builder();
            if (i % 6 != 0) {
                row.add(A, values.get(i % values.size()));
            }
            row.add(B, values.get(i / 3 % values.size()));
            if (i % 4 == 1) {
                row.add(C, values.get(i % 3));
            }
            rows.add(row.build());
        }
        return rows;
    }
}
