package org.w3id.r2p.graph;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.r2p.corpus.Tokens;
import org.w3id.r2p.extract.DocumentFacts;
import org.w3id.r2p.extract.EntityKind;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.Mention;
import org.w3id.r2p.link.EntityLink;
import org.w3id.r2p.link.EntityTable;
import org.w3id.r2p.link.StateGazetteer;
import org.w3id.r2p.link.StateRecord;
import org.w3id.r2p.vocab.R2P;

/**
 * What every entity is called and which Wikidata item it is, the same in every graph that describes it: a State's
 * label is its UN short name with its other names as {@code skos:altLabel}s and its checked QID; anything else is
 * labelled with the spelling the documents use most (ties broken alphabetically) and linked only when its name is
 * in the checked entity table.
 */
final class EntityNames {
    /** The State code a national mechanism's key ends with: "Peace Board (GHA)". */
    private static final Pattern STATE_CODE = Pattern.compile(" \\([A-Z]{3}\\)$");

    private final StateGazetteer states;
    private final EntityTable links;
    private final Map<EntityRef, String> labels;
    private final Map<EntityRef, Description> descriptions = new ConcurrentHashMap<>();

    private EntityNames(StateGazetteer states, EntityTable links, Map<EntityRef, String> labels) {
        this.states = states;
        this.links = links;
        this.labels = labels;
    }

    /**
     * Names for every entity the documents refer to.
     *
     * @param referenced every entity a document's facts refer to, named in its text or not
     */
    static EntityNames of(List<DocumentFacts> documents, Function<DocumentFacts, Set<EntityRef>> referenced,
                          IriScheme iris, StateGazetteer states, EntityTable links) {
        Counter counter = new Counter(referenced, iris, states, links);
        documents.forEach(counter::add);
        return counter.names();
    }

    /**
     * Counts the spellings of entities document by document, so that a streaming build can name them without
     * holding the documents: it keeps one entry per entity, not per document.
     */
    static final class Counter {
        private final Function<DocumentFacts, Set<EntityRef>> referenced;
        private final IriScheme iris;
        private final StateGazetteer states;
        private final EntityTable links;
        private final Map<String, Map<String, Integer>> spellings = new HashMap<>();
        private final Set<EntityRef> all = new LinkedHashSet<>();

        Counter(Function<DocumentFacts, Set<EntityRef>> referenced, IriScheme iris, StateGazetteer states,
                EntityTable links) {
            this.referenced = referenced;
            this.iris = iris;
            this.states = states;
            this.links = links;
        }

        void add(DocumentFacts facts) {
            for (Mention mention : facts.mentions()) {
                String surface = Tokens.collapseSpaces(mention.text(), 0, mention.text().length()).strip();
                String name = displayName(mention.entity());
                count(spellings, iris.entity(mention.entity()), surface.equalsIgnoreCase(name) ? surface : name);
            }
            all.addAll(referenced.apply(facts));
        }

        EntityNames names() {
            Map<String, Map<String, Integer>> counted = new HashMap<>();
            spellings.forEach((iri, counts) -> counted.put(iri, new TreeMap<>(counts)));
            all.forEach(ref -> count(counted, iris.entity(ref), displayName(ref)));
            Map<EntityRef, String> labels = new TreeMap<>();
            for (EntityRef ref : all) {
                labels.put(ref, ref.kind() == EntityKind.STATE
                        ? states.byIso3(ref.key()).map(StateRecord::label).orElse(ref.key())
                        : mostUsed(counted.get(iris.entity(ref))));
            }
            return new EntityNames(states, links, labels);
        }
    }

    String label(EntityRef ref) {
        return labels.get(ref);
    }

    /** A State's class: {@code r2p:State} for UN Member and Observer States, {@code r2p:NonUNState} otherwise. */
    Resource stateClass(EntityRef state) {
        return state(state).isUnState() ? R2P.State : R2P.NonUNState;
    }

    /** Adds the entity's labels, its Wikidata link where one is known, and a State's codes and UN status. */
    void describe(Resource r, EntityRef ref) {
        Description description = descriptions.computeIfAbsent(ref, this::description);
        r.addProperty(RDFS.label, r.getModel().createLiteral(description.label(), "en"));
        if (ref.kind() == EntityKind.STATE) {
            StateRecord state = description.state();
            state.altLabels().forEach(name -> r.addProperty(SKOS.altLabel, r.getModel().createLiteral(name, "en")));
            r.addProperty(OWL.sameAs, r.getModel().createResource(state.wikidataIri()))
                    .addProperty(R2P.isoCode, state.iso3())
                    .addProperty(R2P.isoAlpha2, state.iso2())
                    .addProperty(R2P.unStatus, state.unStatus());
            return;
        }
        if (ref.kind() == EntityKind.PERSON) {
            r.addProperty(FOAF.name, description.label());
        }
        if (description.wikidataIri() != null) {
            r.addProperty(OWL.sameAs, r.getModel().createResource(description.wikidataIri()));
        }
    }

    /**
     * What describes an entity, looked up once per naming: every document that refers to an entity describes it,
     * and finding its link folds and matches its names each time.
     */
    private record Description(String label, StateRecord state, String wikidataIri) {}

    private Description description(EntityRef ref) {
        if (ref.kind() == EntityKind.STATE) {
            return new Description(label(ref), state(ref), null);
        }
        return new Description(label(ref), null, link(ref).map(EntityLink::wikidataIri).orElse(null));
    }

    /** The checked row for an entity's name, else for its label; persons match only persons' rows. */
    private Optional<EntityLink> link(EntityRef ref) {
        boolean person = ref.kind() == EntityKind.PERSON;
        return links.find(displayName(ref), person).or(() -> links.find(label(ref), person));
    }

    private StateRecord state(EntityRef ref) {
        return states.byIso3(ref.key()).orElseThrow(() -> new IllegalStateException("No gazetteer entry for " + ref.key()));
    }

    /** A national mechanism's key carries its State's code to keep it apart from namesakes; the label does not. */
    private static String displayName(EntityRef ref) {
        return ref.kind() == EntityKind.MECHANISM ? STATE_CODE.matcher(ref.key()).replaceFirst("") : ref.key();
    }

    private static void count(Map<String, Map<String, Integer>> spellings, String iri, String spelling) {
        spellings.computeIfAbsent(iri, k -> new TreeMap<>()).merge(spelling, 1, Integer::sum);
    }

    private static String mostUsed(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }
}
