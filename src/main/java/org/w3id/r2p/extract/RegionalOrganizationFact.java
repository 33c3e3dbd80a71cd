package org.w3id.r2p.extract;

import java.util.Objects;

/**
 * That an organization is a regional or subregional organization (the African Union, ECOWAS, the European Union),
 * as distinct from a regional network of States.
 *
 * @param entity the organization
 */
public record RegionalOrganizationFact(EntityRef entity) implements EntityFact {
    public RegionalOrganizationFact {
        Objects.requireNonNull(entity, "entity");
        if (entity.kind() != EntityKind.ORGANIZATION) {
            throw new IllegalArgumentException("Not an organization: " + entity);
        }
    }
}
