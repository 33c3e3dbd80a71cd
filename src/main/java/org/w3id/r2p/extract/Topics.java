package org.w3id.r2p.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
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
    /** A topic's keywords: the acronyms, matched as written, and the rest, matched in lower case. */
    private record Rule(Pattern acronyms, Pattern words) {
        boolean matches(String text, String lowerCase) {
            return acronyms != null && acronyms.matcher(text).find() || words != null && words.matcher(lowerCase).find();
        }
    }

    private final Map<String, Rule> rulesByTopic;

    private Topics(Map<String, Rule> rulesByTopic) {
        this.rulesByTopic = rulesByTopic;
    }

    private static Topics instance;

    public static synchronized Topics load() {
        if (instance == null) {
            Model scheme = RDFParser.source(R2P.TOPICS_RESOURCE).toModel();
            SortedMap<String, Rule> rules = new TreeMap<>();
            scheme.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEach(concept -> {
                List<String> keywords = new ArrayList<>();
                concept.listProperties(SKOS.hiddenLabel).forEach(st -> keywords.add(st.getString()));
                if (keywords.isEmpty()) {
                    throw new IllegalStateException("Topic " + concept + " has no keywords (skos:hiddenLabel)");
                }
                rules.put(concept.getURI(), new Rule(
                        alternatives(keywords.stream().filter(Topics::isAcronym).toList()),
                        alternatives(keywords.stream().filter(k -> !isAcronym(k)).map(k -> k.toLowerCase(Locale.ROOT)).toList())));
            });
            instance = new Topics(Collections.unmodifiableSortedMap(rules));
        }
        return instance;
    }

    /** The IRIs of the topics of the text, in IRI order (the rules are kept sorted). */
    public List<String> of(String text) {
        String lowerCase = text.toLowerCase(Locale.ROOT);
        return rulesByTopic.entrySet().stream()
                .filter(e -> e.getValue().matches(text, lowerCase))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static boolean isAcronym(String keyword) {
        return keyword.matches("\\p{Lu}{2,}");
    }

    /** Whole-word alternatives, any whitespace between words; null for none. */
    private static Pattern alternatives(List<String> keywords) {
        if (keywords.isEmpty()) {
            return null;
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + keywords.stream()
                .map(k -> Pattern.quote(k).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])");
    }
}
