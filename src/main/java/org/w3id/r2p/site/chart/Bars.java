package org.w3id.r2p.site.chart;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/** Reading bars from query results, and saying them in words for a chart's description. */
final class Bars {
    private Bars() {}

    static long count(Binding row, String variable) {
        Node count = row.get(Var.alloc(variable));
        if (count == null || !(count.getLiteralValue() instanceof Number n)) {
            throw new IllegalStateException("A chart's query gave no count in ?" + variable + ": " + row);
        }
        return n.longValue();
    }

    /** "2013: 4; 2017: 1", or "none" when there are no bars. */
    static String summary(List<Bar> bars) {
        return bars.isEmpty() ? "none"
                : bars.stream().map(b -> b.label() + ": " + b.value()).collect(Collectors.joining("; "));
    }
}
