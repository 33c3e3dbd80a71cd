package org.w3id.r2p.link;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One row of an entity table ({@code entities.csv}, or a user's {@code --entities} file): a named organization,
 * office, person, mechanism or network and the Wikidata item it was checked to be.
 *
 * @param name    the name as the documents' resources are named ("United Nations Security Council")
 * @param kind    what it is; a person's row links only persons, any other row links only what is not a person
 * @param qid     the checked Wikidata item, e.g. {@code Q37470}
 * @param aliases other names of the same thing ("UNSC", "Security Council")
 */
public record EntityLink(String name, Kind kind, String qid, List<String> aliases) {
    /** The values of the {@code kind} column. */
    public enum Kind {
        ORGANIZATION, OFFICE, PERSON, MECHANISM, NETWORK;

        /** The column's spelling: lower case. */
        public String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public EntityLink {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("An entity needs a name");
        }
        Wikidata.entityIri(qid);
        aliases = List.copyOf(aliases);
    }

    /** The name and every alias. */
    public Stream<String> names() {
        return Stream.concat(Stream.of(name), aliases.stream());
    }

    public String wikidataIri() {
        return Wikidata.entityIri(qid);
    }
}
