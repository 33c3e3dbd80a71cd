package org.w3id.r2p.reconcile;

import java.util.Objects;

/**
 * An entity proposed for a name.
 *
 * @param score from 0 to 100; 100 only when the folded name is the entity's label or one of its altLabels
 * @param match whether a client may accept it without asking: an exact name no other candidate shares
 */
public record Candidate(Entity entity, int score, boolean match) {
    public Candidate {
        Objects.requireNonNull(entity);
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("A score is from 0 to 100: " + score);
        }
    }
}
