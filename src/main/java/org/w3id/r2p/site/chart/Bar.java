package org.w3id.r2p.site.chart;

import java.util.Objects;

/** One bar of a chart: what it counts and how many. */
public record Bar(String label, long value) {
    public Bar {
        Objects.requireNonNull(label);
        if (value < 0) {
            throw new IllegalArgumentException("A bar cannot count fewer than nothing: " + label + " = " + value);
        }
    }
}
