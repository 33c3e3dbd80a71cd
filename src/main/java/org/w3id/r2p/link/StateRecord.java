package org.w3id.r2p.link;

import java.util.List;
import java.util.Objects;

/**
 * A State of the reference table {@code states.csv}, with the names it goes by.
 *
 * @param name       the common English name of {@code states.csv} ("Ivory Coast")
 * @param iso2       ISO 3166-1 alpha-2
 * @param iso3       ISO 3166-1 alpha-3, the last segment of the State's IRI
 * @param qid        the Wikidata item, e.g. {@code Q414}
 * @param unStatus   {@code member}, {@code observer}, {@code non-member} or {@code organization}
 * @param unName     the UN short name of {@code states-un-names.csv} ("Côte d'Ivoire"), or null for a State that
 *                   is neither a Member nor an Observer State
 * @param altLabels  other names worth showing: the common name, aliases and formal names that are not mere
 *                   respellings of the label or of each other
 */
public record StateRecord(String name, String iso2, String iso3, String qid, String unStatus, String unName,
                          List<String> altLabels) {
    public StateRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(qid, "qid");
        Objects.requireNonNull(unStatus, "unStatus");
        Wikidata.entityIri(qid);
        altLabels = List.copyOf(altLabels);
    }

    /** A row of {@code states.csv} before its other names are known. */
    static StateRecord ofRow(String[] row) {
        return new StateRecord(row[0], row[1], row[2], row[3], row[4], null, List.of());
    }

    StateRecord withNames(String unName, List<String> altLabels) {
        return new StateRecord(name, iso2, iso3, qid, unStatus, unName, altLabels);
    }

    /** Member and Observer States of the United Nations: what {@code r2p:State} stands for. */
    public boolean isUnState() {
        return unStatus.equals("member") || unStatus.equals("observer");
    }

    /** Kosovo and Taiwan: States in the table that are neither Members nor Observers of the United Nations. */
    public boolean isNonUnState() {
        return unStatus.equals("non-member");
    }

    public boolean isOrganization() {
        return unStatus.equals("organization");
    }

    /** The State's label: its UN short name, or the common name where it has none. */
    public String label() {
        return unName != null ? unName : name;
    }

    public String wikidataIri() {
        return Wikidata.entityIri(qid);
    }
}
