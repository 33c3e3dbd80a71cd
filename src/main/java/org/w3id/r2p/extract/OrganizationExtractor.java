package org.w3id.r2p.extract;

import java.util.List;

import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.link.StateGazetteer;

/** Finds organizations and organs: known ones by name or acronym, others by the shape of their name. */
public final class OrganizationExtractor implements EntityExtractor {
    private final NamedBodies bodies;

    public OrganizationExtractor(StateGazetteer states) {
        this.bodies = NamedBodies.load(states);
    }

    @Override
    public Found extract(Document document, Found earlier) {
        List<Mention> mentions = bodies.find(document).stream()
                .filter(body -> body.kind() == EntityKind.ORGANIZATION)
                .map(body -> new Mention(new EntityRef(EntityKind.ORGANIZATION, body.name()),
                        body.span().of(document.text()), body.span(), document.id()))
                .toList();
        return Found.of(mentions);
    }
}
