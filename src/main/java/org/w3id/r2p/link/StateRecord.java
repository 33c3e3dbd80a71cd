package org.w3id.r2p.link;

import java.util.Objects;

/**
 * One row of the reference table {@code states.csv}.
 *
 * @param name     the common English name, used as the State's label
 * @param iso2     ISO 3166-1 alpha-2
 * @param iso3     ISO 3166-1 alpha-3, the last segment of the State's IRI
 * @param qid      the Wikidata item, e.g. {@code Q414}
 * @param unStatus {@code member}, {@code observer}, {@code non-member} or {@code organization}
 */
public record StateRecord(String name, String iso2, String iso3, String qid, String unStatus) {
    public StateRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(qid, "qid");
        Wikidata.entityIri(qid);
    }

    /** Member and observer States of the United Nations: the States this project publishes. */
    public boolean isUnState() {
        return unStatus.equals("member") || unStatus.equals("observer");
    }

    public boolean isOrganization() {
        return unStatus.equals("organization");
    }

    public String wikidataIri() {
        return Wikidata.entityIri(qid);
    }
}
