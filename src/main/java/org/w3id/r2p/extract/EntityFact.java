package org.w3id.r2p.extract;

/** What a document says about a named thing beyond naming it: a person's role, a mechanism's State, a network's secretariat. */
public sealed interface EntityFact permits PersonFact, MechanismFact, NetworkFact {
    EntityRef entity();
}
