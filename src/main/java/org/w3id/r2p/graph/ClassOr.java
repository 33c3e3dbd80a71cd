package org.w3id.r2p.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.ClassConstraint;
import org.apache.jena.shacl.engine.constraint.ConstraintOp1;
import org.apache.jena.shacl.engine.constraint.ConstraintOpN;
import org.apache.jena.shacl.engine.constraint.ShOr;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportItem;
import org.apache.jena.system.G;

/**
 * An {@code sh:or} whose alternatives are each a plain {@code [ sh:class C ]} ("a speaker is a State, a person or an
 * organization"), checked as Jena's {@link ShOr} checks it, with the same outcome and message, but by reading the
 * value's types once: Jena validates each alternative in a context of its own and builds a validation report (an
 * RDF model, with a random blank node for the report and one for each entry) to learn whether it conformed, several
 * times for every statement of a build.
 */
final class ClassOr extends ShOr {
    private final List<Node> classes;

    private ClassOr(List<Shape> alternatives, List<Node> classes) {
        super(alternatives);
        this.classes = List.copyOf(classes);
    }

    /**
     * Replaces, in the shapes as parsed, every {@code sh:or} of plain class alternatives by its {@code ClassOr}; other
     * constraints are left as they are. The shapes keep their constraints in lists of their own, made by the parser.
     */
    static Shapes simplify(Shapes shapes) {
        Set<Shape> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        shapes.getShapeMap().values().forEach(shape -> simplify(shape, seen));
        shapes.getTargetShapes().forEach(shape -> simplify(shape, seen));
        return shapes;
    }

    private static void simplify(Shape shape, Set<Shape> seen) {
        if (!seen.add(shape)) {
            return;
        }
        Collection<Constraint> constraints = shape.getConstraints();
        if (constraints instanceof List<Constraint> list) {
            list.replaceAll(ClassOr::of);
        }
        for (Constraint constraint : constraints) {
            if (constraint instanceof ConstraintOp1 one) {
                simplify(one.getOther(), seen);
            } else if (constraint instanceof ConstraintOpN many) {
                many.getOthers().forEach(other -> simplify(other, seen));
            }
        }
        shape.getPropertyShapes().forEach(property -> simplify(property, seen));
    }

    /** The constraint itself, or its {@code ClassOr} when it is an {@code sh:or} of plain class shapes. */
    static Constraint of(Constraint constraint) {
        if (!(constraint instanceof ShOr or) || constraint instanceof ClassOr) {
            return constraint;
        }
        List<Node> classes = new ArrayList<>();
        for (Shape alternative : or.getOthers()) {
            Node expected = plainClass(alternative);
            if (expected == null) {
                return constraint;
            }
            classes.add(expected);
        }
        return new ClassOr(or.getOthers(), classes);
    }

    /**
     * The class of a node shape that says only {@code sh:class C}, whose validation of a node is exactly
     * {@link ClassConstraint}'s; null for any other shape.
     */
    private static Node plainClass(Shape shape) {
        if (!shape.isNodeShape() || shape.deactivated() || !shape.getPropertyShapes().isEmpty()
                || shape.getConstraints().size() != 1
                || !(shape.getConstraints().iterator().next() instanceof ClassConstraint classConstraint)) {
            return null;
        }
        return classConstraint.getExpectedClass();
    }

    /** {@link ShOr#validate}'s outcome: a value conforms to a class alternative if it is a resource of that class. */
    @Override
    public ReportItem validate(ValidationContext vCxt, Graph data, Node node) {
        if (!node.isLiteral()) {
            Set<Node> types = G.allTypesOfNodeRDFS(data, node);
            for (Node expected : classes) {
                if (types.contains(expected)) {
                    return null;
                }
            }
        }
        return new ReportItem(this + " at focusNode " + ShLib.displayStr(node), node);
    }
}
