package org.w3id.r2p.extract;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The meeting a document reports or was delivered at.
 *
 * @param kind  slug of the kind of meeting ({@code informal-interactive-dialogue})
 * @param label label of events of that kind
 * @param date  the day it was held
 * @param place the city, or {@code null}
 */
public record EventFinding(String kind, String label, LocalDate date, String place) {
    public EventFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(date, "date");
    }
}
