package org.w3id.r2p.extract;

import java.util.Objects;

/**
 * Whether a mechanism is national, and if so whose, and what kind of mechanism it is.
 *
 * @param entity   the mechanism
 * @param national true for a mechanism of one State
 * @param state    the State of a national mechanism, or {@code null} where the text does not say
 * @param type     its kind (a commission of inquiry, a court, ...), or {@code null} for none the taxonomy names
 */
public record MechanismFact(EntityRef entity, boolean national, EntityRef state, MechanismType type) implements EntityFact {
    public MechanismFact {
        Objects.requireNonNull(entity, "entity");
        if (entity.kind() != EntityKind.MECHANISM) {
            throw new IllegalArgumentException("Not a mechanism: " + entity);
        }
        if (state != null && (!national || state.kind() != EntityKind.STATE)) {
            throw new IllegalArgumentException("Only a national mechanism has a State: " + entity);
        }
    }
}
