package org.w3id.r2p.extract;

import java.util.List;

import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.link.StateGazetteer;

/**
 * Says which of the organizations found before it are regional or subregional organizations, by the list of
 * {@code regional-organizations.tsv}; it names nothing itself.
 */
public final class RegionalOrganizationExtractor implements EntityExtractor {
    private final NamedBodies bodies;

    public RegionalOrganizationExtractor(StateGazetteer states) {
        this.bodies = NamedBodies.load(states);
    }

    @Override
    public Found extract(Document document, Found earlier) {
        List<EntityFact> facts = earlier.ofKind(EntityKind.ORGANIZATION).map(Mention::entity).distinct()
                .filter(organization -> bodies.isRegionalOrganization(organization.key()))
                .<EntityFact>map(RegionalOrganizationFact::new).toList();
        return new Found(List.of(), facts);
    }
}
