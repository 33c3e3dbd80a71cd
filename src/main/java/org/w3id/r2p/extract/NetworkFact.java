package org.w3id.r2p.extract;

import java.util.List;
import java.util.Objects;

/**
 * A regional network's secretariat and members, where the text says.
 *
 * @param entity      the network
 * @param secretariat the organization serving as secretariat, or {@code null}
 * @param members     States or organizations said to be members
 */
public record NetworkFact(EntityRef entity, EntityRef secretariat, List<EntityRef> members) implements EntityFact {
    public NetworkFact {
        Objects.requireNonNull(entity, "entity");
        members = List.copyOf(members);
        if (entity.kind() != EntityKind.REGIONAL_NETWORK) {
            throw new IllegalArgumentException("Not a network: " + entity);
        }
    }
}
