package org.w3id.r2p.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The part of a matched value shown with a hit: runs of text, the ones that matched the query marked, so that a
 * page or a JSON client can highlight them without any markup inside the text itself.
 */
public record Passage(List<Run> runs) {
    /** One run of the passage's text; {@code match} when the query matched it. */
    public record Run(String text, boolean match) {
        public Run {
            Objects.requireNonNull(text, "text");
        }
    }

    public Passage {
        runs = List.copyOf(runs);
    }

    /** The passage as plain text. */
    public String text() {
        StringBuilder text = new StringBuilder();
        runs.forEach(run -> text.append(run.text()));
        return text.toString();
    }

    /** Splits text whose matches the highlighter wrapped in {@code start} and {@code end} marks. */
    static Passage fromMarked(String marked, char start, char end) {
        List<Run> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean inMatch = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == start || c == end) {
                if (!run.isEmpty()) {
                    runs.add(new Run(run.toString(), inMatch));
                    run.setLength(0);
                }
                inMatch = c == start;
            } else {
                run.append(c);
            }
        }
        if (!run.isEmpty()) {
            runs.add(new Run(run.toString(), inMatch));
        }
        return new Passage(runs);
    }
}
