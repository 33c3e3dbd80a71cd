package org.w3id.r2p.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.r2p.vocab.R2P;

/**
 * Assigns topics from the concept scheme {@code ontology/topics.ttl}: a text has a topic when it contains one of
 * the concept's {@code skos:hiddenLabel} keywords as whole words. Keywords of two or more letters in capitals
 * ("ICC", "WPS") must match in capitals; others match in any case.
 */
public final class Topics {
    private final Map<String, Pattern> keywordsByTopic;

    private Topics(Map<String, Pattern> keywordsByTopic) {
        this.keywordsByTopic = keywordsByTopic;
    }

    private static Topics instance;

    public static synchronized Topics load() {
        if (instance == null) {
            Model scheme = RDFParser.source(R2P.TOPICS_RESOURCE).toModel();
            Map<String, Pattern> rules = new TreeMap<>();
            scheme.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEach(concept -> {
                List<String> keywords = new ArrayList<>();
                concept.listProperties(SKOS.hiddenLabel).forEach(st -> keywords.add(st.getString()));
                if (keywords.isEmpty()) {
                    throw new IllegalStateException("Topic " + concept + " has no keywords (skos:hiddenLabel)");
                }
                rules.put(concept.getURI(), Pattern.compile(keywords.stream().map(Topics::keywordPattern)
                        .collect(Collectors.joining("|"))));
            });
            instance = new Topics(Map.copyOf(rules));
        }
        return instance;
    }

    /** The IRIs of the topics of the text, in IRI order. */
    public List<String> of(String text) {
        return keywordsByTopic.entrySet().stream()
                .filter(e -> e.getValue().matcher(text).find())
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    private static String keywordPattern(String keyword) {
        boolean acronym = keyword.matches("\\p{Lu}{2,}");
        String words = Pattern.quote(keyword).replace(" ", "\\E\\s+\\Q");
        return "(?" + (acronym ? "" : "iu") + ":(?<![\\p{L}\\p{N}])" + words + "(?![\\p{L}\\p{N}]))";
    }
}
