package org.w3id.r2p.publish;

import org.apache.jena.query.QueryCancelledException;

/**
 * A string that a regular expression reads through, and that stops the match once the query is cancelled.
 * {@code java.util.regex} never checks the thread's state, so a pattern with catastrophic backtracking such as
 * {@code (.*a){50}} would run for hours after its query's timeout; every character it reads comes through
 * {@link #charAt}, which looks at the query's {@link StopSignal} every {@value #CHECK_EVERY} reads.
 */
final class InterruptibleText implements CharSequence {
    /** Often enough to stop within milliseconds, rarely enough that reading stays cheap. */
    static final int CHECK_EVERY = 1 << 14;

    private final String text;
    private final StopSignal stop;
    private int reads;

    InterruptibleText(String text, StopSignal stop) {
        this.text = text;
        this.stop = stop;
    }

    @Override
    public char charAt(int index) {
        if (++reads >= CHECK_EVERY) {
            reads = 0;
            if (stop.stopped()) {
                throw new QueryCancelledException();
            }
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new InterruptibleText(text.substring(start, end), stop);
    }

    @Override
    public String toString() {
        return text;
    }
}
