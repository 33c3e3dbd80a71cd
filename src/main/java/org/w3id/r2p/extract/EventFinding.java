package org.w3id.r2p.extract;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The meeting a document reports or was delivered at.
 *
 * @param kind  slug of the kind of meeting ({@code informal-interactive-dialogue}), with the meeting's number for a
 *              numbered meeting of an organ ({@code security-council-meeting-7512})
 * @param label label of the meeting, without its date
 * @param date  the day it was held, or its first day
 * @param end   the last day of a meeting held over several days, or {@code null}
 * @param place the city, or {@code null}
 */
public record EventFinding(String kind, String label, LocalDate date, LocalDate end, String place) {
    public EventFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(date, "date");
        if (end != null && !end.isAfter(date)) {
            throw new IllegalArgumentException("A meeting ends after it starts: " + date + " to " + end);
        }
    }

    /** A meeting held on one day. */
    public EventFinding(String kind, String label, LocalDate date, String place) {
        this(kind, label, date, null, place);
    }
}
