package org.w3id.r2p.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.link.StateGazetteer;

/**
 * Finds mechanisms ({@link NamedBodies}) and says of each what kind it is and whether it is national. Known ones
 * (the International Criminal Court, the Universal Periodic Review, national focal points) come from the gazetteer
 * with their kind and are international. A mechanism found by its form (a commission of inquiry, a court, an
 * early-warning system) has the kind of its form and is national only when "National" is its first or second word;
 * other mechanisms are national when it is, or when the sentence speaks of national mechanisms. A
 * national mechanism's State is, in this order: paired by "respectively" with the States of its sentence; the only
 * State of its sentence; the only State of the sentence before.
 */
public final class MechanismExtractor implements EntityExtractor {
    private static final Pattern NATIONAL_CONTEXT = Pattern.compile("(?i)\\bnational(?:-level)?\\s+(?:mechanism|prevention\\s+mechanism|committee|institution)");
    private static final Pattern RESPECTIVELY = Pattern.compile("\\brespectively\\b");
    /** "National Committee ...", "Independent National Human Rights Commission": National as first or second word. */
    private static final Pattern NATIONAL_NAME = Pattern.compile("^(?:\\p{Lu}\\p{L}+ )?National\\b");

    private final NamedBodies bodies;

    public MechanismExtractor(StateGazetteer states) {
        this.bodies = NamedBodies.load(states);
    }

    @Override
    public Found extract(Document document, Found earlier) {
        String text = document.text();
        List<Span> sentences = TextUnits.sentences(text);
        List<NamedBodies.Body> found = bodies.find(document).stream()
                .filter(body -> body.kind() == EntityKind.MECHANISM)
                .toList();
        List<Mention> mentions = new ArrayList<>();
        List<EntityFact> facts = new ArrayList<>();
        for (NamedBodies.Body body : found) {
            Span sentence = sentenceOf(sentences, body.span());
            boolean national = !body.known() && (NATIONAL_NAME.matcher(body.name()).find()
                    || body.type() == null && NATIONAL_CONTEXT.matcher(sentence.of(text)).find());
            EntityRef state = national ? stateOf(body, sentence, sentences, found, earlier, text) : null;
            String key = state == null ? body.name() : body.name() + " (" + state.key() + ")";
            EntityRef mechanism = new EntityRef(EntityKind.MECHANISM, key);
            mentions.add(new Mention(mechanism, body.span().of(text), body.span(), document.id()));
            facts.add(new MechanismFact(mechanism, national, state, body.type()));
        }
        return new Found(mentions, facts);
    }

    private static EntityRef stateOf(NamedBodies.Body body, Span sentence, List<Span> sentences,
                                     List<NamedBodies.Body> mechanisms, Found earlier, String text) {
        List<EntityRef> states = distinctStates(earlier, sentence);
        if (RESPECTIVELY.matcher(sentence.of(text)).find()) {
            List<NamedBodies.Body> inSentence = mechanisms.stream().filter(m -> sentence.contains(m.span())).toList();
            if (inSentence.size() == states.size()) {
                return states.get(inSentence.indexOf(body));
            }
        }
        if (states.size() == 1) {
            return states.get(0);
        }
        int index = sentences.indexOf(sentence);
        if (states.isEmpty() && index > 0) {
            List<EntityRef> before = distinctStates(earlier, sentences.get(index - 1));
            if (before.size() == 1) {
                return before.get(0);
            }
        }
        return null;
    }

    private static List<EntityRef> distinctStates(Found earlier, Span sentence) {
        return earlier.within(sentence).filter(m -> m.kind() == EntityKind.STATE)
                .map(Mention::entity).distinct().toList();
    }

    static Span sentenceOf(List<Span> sentences, Span span) {
        for (Span sentence : sentences) {
            if (sentence.start() <= span.start() && span.start() < sentence.end()) {
                return sentence;
            }
        }
        return span;
    }
}
