package org.w3id.r2p.extract.attribution;

import java.util.Objects;

import org.w3id.r2p.extract.EntityRef;

/**
 * Who a statement belongs to: the principal whose words they are (a State, person or organization) and, when
 * another person spoke them ("the Permanent Representative of Kenya, Wanjiru Kamau", "the message, read by
 * ..."), that deliverer.
 *
 * @param principal  whose statement it is
 * @param deliverer  who delivered it for the principal, or {@code null}
 * @param anaphor    whether the principal was found through an anaphor ("he", "the speaker")
 */
record Speaker(EntityRef principal, EntityRef deliverer, boolean anaphor) {
    Speaker {
        Objects.requireNonNull(principal, "principal");
        if (principal.equals(deliverer)) {
            deliverer = null;
        }
    }
}
