package org.w3id.r2p.extract;

import java.util.Objects;

/**
 * A person's role as the document gives it, and the State or organization that role is held for.
 *
 * @param entity      the person
 * @param role        the role as written ("Permanent Representative of Argentina to the United Nations")
 * @param affiliation the State or organization named in the role, or {@code null}
 */
public record PersonFact(EntityRef entity, String role, EntityRef affiliation) implements EntityFact {
    public PersonFact {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(role, "role");
        if (entity.kind() != EntityKind.PERSON) {
            throw new IllegalArgumentException("Not a person: " + entity);
        }
        if (affiliation != null && affiliation.kind() != EntityKind.STATE && affiliation.kind() != EntityKind.ORGANIZATION) {
            throw new IllegalArgumentException("Affiliation must be a State or organization: " + affiliation);
        }
    }
}
