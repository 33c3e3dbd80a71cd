package org.w3id.r2p.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The shapes that target each class of an ontology, directly or through a superclass, worked out once: SHACL finds a
 * shape's focus nodes by walking its target class's subclasses in the data graph and asking for the instances of
 * each, once per shape and per graph. A graph that adds no subclass of its own (a document's, with the ontology)
 * has the ontology's hierarchy, so a node's shapes follow from its {@code rdf:type}s alone. Only for shapes whose
 * targets are all classes; with any other target, or a graph that states {@code rdfs:subClassOf}, ask SHACL.
 */
final class ClassTargets {
    private final Map<Node, List<Shape>> shapesByType;
    private final boolean allClassTargets;

    private ClassTargets(Map<Node, List<Shape>> shapesByType, boolean allClassTargets) {
        this.shapesByType = shapesByType;
        this.allClassTargets = allClassTargets;
    }

    /** The target shapes of {@code shapes} by the classes of {@code ontology} they apply to. */
    static ClassTargets of(Shapes shapes, Graph ontology) {
        Map<Node, List<Shape>> byType = new HashMap<>();
        boolean allClassTargets = true;
        for (Shape shape : shapes.getTargetShapes()) {
            for (Target target : shape.getTargets()) {
                TargetType type = target.getTargetType();
                if (type != TargetType.targetClass && type != TargetType.implicitClass) {
                    allClassTargets = false;
                    continue;
                }
                for (Node subclass : G.subClasses(ontology, target.getObject())) {
                    List<Shape> targeting = byType.computeIfAbsent(subclass, c -> new ArrayList<>());
                    if (!targeting.contains(shape)) {
                        targeting.add(shape);
                    }
                }
            }
        }
        return new ClassTargets(Map.copyOf(byType), allClassTargets);
    }

    /** Whether {@link #shapesOf} answers for a graph of the ontology's, this one added to it. */
    boolean appliesTo(Graph added) {
        return allClassTargets && !added.contains(Node.ANY, RDFS.Nodes.subClassOf, Node.ANY);
    }

    /**
     * The shapes each subject of {@code triples} is a focus node of, from the {@code rdf:type}s among the triples:
     * for triples that hold every type of their subjects (a document's own triples), without a lookup per subject.
     */
    Map<Node, Set<Shape>> byTypes(Iterable<Triple> triples) {
        Map<Node, Set<Shape>> focus = new LinkedHashMap<>();
        for (Triple t : triples) {
            if (RDF.Nodes.type.equals(t.getPredicate())) {
                List<Shape> targeting = shapesByType.get(t.getObject());
                if (targeting != null) {
                    focus.computeIfAbsent(t.getSubject(), subject -> new LinkedHashSet<>()).addAll(targeting);
                }
            }
        }
        return focus;
    }

    /** The shapes {@code node} is a focus node of in {@code data}, each once. */
    Set<Shape> shapesOf(Graph data, Node node) {
        Set<Shape> shapes = new LinkedHashSet<>();
        data.find(node, RDF.Nodes.type, Node.ANY).forEachRemaining(typed -> {
            List<Shape> targeting = shapesByType.get(typed.getObject());
            if (targeting != null) {
                shapes.addAll(targeting);
            }
        });
        return shapes;
    }
}
