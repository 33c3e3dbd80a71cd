package org.w3id.r2p.extract;

import java.util.List;

import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.link.StateGazetteer;

/**
 * Finds organizations and organs: known ones by name or acronym, others by the shape of their name. A State's name
 * is never an organization, whatever its shape: "Russian Federation", "Union of the Comoros" and "Kingdom of Saudi
 * Arabia" look like organizations' names to the shape rules, so every candidate is checked against the State
 * gazetteer and against the States already found in the text.
 */
public final class OrganizationExtractor implements EntityExtractor {
    private final NamedBodies bodies;
    private final StateGazetteer states;

    public OrganizationExtractor(StateGazetteer states) {
        this.bodies = NamedBodies.load(states);
        this.states = states;
    }

    @Override
    public Found extract(Document document, Found earlier) {
        String text = document.text();
        List<Mention> mentions = bodies.find(document).stream()
                .filter(body -> body.kind() == EntityKind.ORGANIZATION)
                .filter(body -> !namesAState(body, text, earlier))
                .map(body -> new Mention(new EntityRef(EntityKind.ORGANIZATION, body.name()),
                        body.span().of(text), body.span(), document.id()))
                .toList();
        return Found.of(mentions);
    }

    /** The body's words, or its canonical name, are a State's name, or lie within a State's name found earlier. */
    private boolean namesAState(NamedBodies.Body body, String text, Found earlier) {
        return states.stateNamed(body.span().of(text)).isPresent()
                || states.stateNamed(body.name()).isPresent()
                || earlier.ofKind(EntityKind.STATE).anyMatch(state -> state.span().contains(body.span()));
    }
}
