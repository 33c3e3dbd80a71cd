package org.w3id.r2p.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * What a document says about itself.
 *
 * @param title   its title, or {@code null}
 * @param date    the date it bears, or {@code null}
 * @param place   the city it was issued in, or {@code null}
 * @param kinds   what kind of document it is (a letter can enclose a summary)
 * @param event   the meeting it reports or was delivered at, or {@code null}
 * @param symbols UN document symbols it cites ({@code A/67/929}), in order of first citation
 * @param pillars the pillars it names
 * @param author  who wrote or delivered it: the speaker of a statement or message, the signatory of a letter;
 *                {@code null} where the text does not say
 */
public record DocumentMetadata(String title, LocalDate date, String place, List<DocumentKind> kinds,
                               EventFinding event, List<String> symbols, List<Pillar> pillars, EntityRef author) {
    public DocumentMetadata {
        kinds = List.copyOf(kinds);
        symbols = List.copyOf(symbols);
        pillars = List.copyOf(pillars);
    }
}
