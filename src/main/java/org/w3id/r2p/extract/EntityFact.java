package org.w3id.r2p.extract;

/** What a document says about a named thing beyond naming it: a person's role, a mechanism's State and kind, a network's secretariat, an organization's being regional. */
public sealed interface EntityFact
        permits PersonFact, MechanismFact, NetworkFact, RegionalOrganizationFact {
    EntityRef entity();
}
