package org.w3id.r2p.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3id.r2p.vocab.R2P;

class TopicsTest {
    private static final String TOPIC = "https://w3id.org/r2p/topic/";
    private final Topics topics = Topics.load();

    @Test
    void schemeHasTheRecurringThemesEachWithLabelDefinitionAndKeywords() {
        Model scheme = RDFParser.source(R2P.TOPICS_RESOURCE).toModel();
        Set<String> concepts = new TreeSet<>();
        for (Resource concept : scheme.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()) {
            concepts.add(concept.getURI().substring(TOPIC.length()));
            assertTrue(concept.hasProperty(SKOS.prefLabel) && concept.hasProperty(SKOS.definition)
                    && concept.hasProperty(SKOS.hiddenLabel) && concept.hasProperty(SKOS.inScheme), concept.toString());
        }
        assertTrue(concepts.containsAll(List.of("prevention", "early-warning", "accountability",
                "international-criminal-court", "veto-restraint", "civil-society", "hate-speech", "women-peace-security",
                "development-root-causes", "national-focal-points", "regional-arrangements", "use-of-force",
                "capacity-building")), concepts.toString());
    }

    @Test
    void assignsTopicsByWholeWordKeywordsInAnyCase() {
        assertEquals(List.of(TOPIC + "hate-speech", TOPIC + "prevention"),
                topics.of("Hate Speech must be countered to PREVENT atrocities."));
        assertEquals(List.of(), topics.of("preventionists and the unpreventable"), "no partial words");
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertEquals(List.of(TOPIC + "international-criminal-court"), topics.of("the ICC"));
        assertEquals(List.of(), topics.of("an icc"));
        assertEquals(List.of(TOPIC + "veto-restraint"), topics.of("the ACT group"));
        assertEquals(List.of(), topics.of("they act together"));
    }
}
