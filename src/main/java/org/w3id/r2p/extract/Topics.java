package org.w3id.r2p.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.r2p.extract.text.PhraseMatcher;
import org.w3id.r2p.vocab.R2P;

/**
 * Assigns topics from the concept scheme {@code ontology/topics.ttl}: a text has a topic when it contains one of
 * the concept's {@code skos:hiddenLabel} keywords as whole words. Keywords of two or more letters in capitals
 * ("ICC", "WPS") must match in capitals; others match in any case.
 */
public final class Topics {
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}");

    /** Every keyword of every topic, standing for its topic's IRI. */
    private final PhraseMatcher<String> keywords;

    private Topics(PhraseMatcher<String> keywords) {
        this.keywords = keywords;
    }

    private static Topics instance;

    public static synchronized Topics load() {
        if (instance == null) {
            Model scheme = RDFParser.source(R2P.TOPICS_RESOURCE).toModel();
            PhraseMatcher.Builder<String> keywords = PhraseMatcher.builder();
            scheme.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEach(concept -> {
                List<String> labels = new ArrayList<>();
                concept.listProperties(SKOS.hiddenLabel).forEach(st -> labels.add(st.getString()));
                if (labels.isEmpty()) {
                    throw new IllegalStateException("Topic " + concept + " has no keywords (skos:hiddenLabel)");
                }
                labels.forEach(keyword -> keywords.add(keyword, concept.getURI(), isAcronym(keyword)));
            });
            instance = new Topics(keywords.build());
        }
        return instance;
    }

    /** The IRIs of the topics of the text, in IRI order. */
    public List<String> of(String text) {
        return List.copyOf(new TreeSet<>(keywords.valuesIn(text)));
    }

    private static boolean isAcronym(String keyword) {
        return ACRONYM.matcher(keyword).matches();
    }
}
