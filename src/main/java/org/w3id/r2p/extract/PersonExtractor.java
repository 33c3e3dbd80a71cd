package org.w3id.r2p.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.persons.Persons;
import org.w3id.r2p.extract.text.StartScan;
import org.w3id.r2p.extract.text.Starts;
import org.w3id.r2p.link.DataFiles;

/**
 * Finds persons and their roles (see {@link Persons}): a name after a title ("Mr. Adama Dieng", "H.E. Mr. Diederik
 * van Wessem-Arslan"), beside a role ("Tibi Galis, executive director of ...", "Switzerland’s Permanent
 * Representative, Pascale Brunner-Okeke"), in a list with one of those, or under a letter's closing formula; then
 * every later use of the name or of its surname ("Ms. Bergström-Haddad", "Bergström-Haddad said"), and the role
 * beside each use, with the State or organization it is held for.
 * <pre>
 *   Found persons = new PersonExtractor().extract(document, statesAndOrganizations);
 * </pre>
 */
public final class PersonExtractor implements EntityExtractor {
    private static final int SIGNATURE_WITHIN = 400;
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    /** The words that open {@link MetadataExtractor#LETTER_CLOSING}'s alternatives, in any case. */
    static final List<String> CLOSING_OPENINGS = List.of("assurances", "yours", "sincerely");
    private static final StartScan CLOSING = new StartScan(MetadataExtractor.LETTER_CLOSING,
            Starts.prefixes(true, CLOSING_OPENINGS));

    private final Persons persons = Persons.standard();
    private final Set<String> places = DataFiles.lines(PersonExtractor.class, "places.txt").stream()
            .map(place -> place.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    @Override
    public Found extract(Document document, Found earlier) {
        Persons.Result found = persons.find(document.id(), document.text(), earlier, this::isPlace, signature(document.text()));
        return new Found(found.mentions(), found.facts());
    }

    /** A dateline's or meeting's city ("Geneva", "ADDIS ABABA") is never a person's name. */
    private boolean isPlace(String name) {
        return places.contains(WHITE_SPACE.matcher(name).replaceAll(" ").toLowerCase(Locale.ROOT));
    }

    /**
     * Where a letter's signatory stands: the lines after its closing formula, or null if it has none. The formula
     * ("assurances of my ...", "yours ...", "sincerely,") is tried only where one of its opening words stands, in
     * any ASCII case, as {@code (?i)} compares: the first match is the one find gives.
     */
    static Span signature(String text) {
        StartScan.Scan closing = CLOSING.in(text, 0, text.length());
        return closing.find() ? new Span(closing.end(), Math.min(text.length(), closing.end() + SIGNATURE_WITHIN)) : null;
    }
}
