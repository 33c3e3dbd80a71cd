package org.w3id.r2p.site;

import java.util.Objects;

/**
 * One column of an index page: the query variable it shows, its heading, the variable holding the label of a
 * resource value (null when the value is shown as it is), and whether the page may be sorted by it.
 */
record IndexColumn(String variable, String heading, String labelVariable, boolean sortable) {
    IndexColumn {
        Objects.requireNonNull(variable);
        Objects.requireNonNull(heading);
    }

    static IndexColumn linked(String variable, String heading) {
        return new IndexColumn(variable, heading, variable + "Label", true);
    }

    static IndexColumn plain(String variable, String heading) {
        return new IndexColumn(variable, heading, null, true);
    }

    /** A value not worth sorting by, such as an external identifier. */
    static IndexColumn unsorted(String variable, String heading) {
        return new IndexColumn(variable, heading, null, false);
    }
}
