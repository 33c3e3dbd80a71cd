package org.w3id.r2p.graph;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * A read-only union of a document's graph and the ontology, for validating the document. SHACL asks almost only
 * about one subject at a time (a statement's values, a value's types), and most subjects are the document's, about
 * which the ontology says nothing: those questions go to the document's graph alone, without a {@link Union}'s
 * second lookup and duplicate check. Questions about the ontology's subjects (classes, pillars), which documents
 * do not describe, go to the ontology alone; where the document does describe one, and for questions about any
 * subject, the union answers, so every answer is the union's.
 */
final class OntologyUnion extends GraphBase {
    private final Graph document;
    private final Graph ontology;
    private final Set<Node> ontologySubjects;
    private final Union union;

    OntologyUnion(Graph document, Graph ontology, Set<Node> ontologySubjects) {
        this.document = document;
        this.ontology = ontology;
        this.ontologySubjects = ontologySubjects;
        this.union = new Union(document, ontology);
    }

    /** The subjects of the ontology's triples, computed once for every document. */
    static Set<Node> subjectsOf(Graph ontology) {
        Set<Node> subjects = new HashSet<>();
        ontology.find().forEachRemaining(t -> subjects.add(t.getSubject()));
        return Set.copyOf(subjects);
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Node subject = pattern.getSubject();
        if (subject.isConcrete()) {
            if (!ontologySubjects.contains(subject)) {
                return document.find(pattern);
            }
            // A class's superclasses, a pillar's type: the document says nothing about it, the ontology all.
            if (!document.contains(subject, Node.ANY, Node.ANY)) {
                return ontology.find(pattern);
            }
        }
        return union.find(pattern);
    }
}
