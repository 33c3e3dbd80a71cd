package org.w3id.r2p.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.constraint.ShOr;
import org.apache.jena.shacl.parser.Shape;
import org.junit.jupiter.api.Test;

/** The shipped shapes with their class alternatives simplified report exactly what Jena reports with them as written. */
class ClassOrTest {
    private static final String SHAPES = "https://w3id.org/r2p/shapes#";
    private static final String DATA = """
            @prefix r2p: <https://w3id.org/r2p/ontology#> .
            @prefix ex:  <http://example.org/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            ex:byState a r2p:Statement ; r2p:speaker ex:france .
            ex:byPerson a r2p:Statement ; r2p:speaker ex:ann .
            ex:byDocument a r2p:Statement ; r2p:speaker ex:doc .
            ex:byLiteral a r2p:Statement ; r2p:speaker "France" .
            ex:byNobody a r2p:Statement ; r2p:speaker ex:untyped .
            ex:france a r2p:State ; rdfs:label "France"@en .
            ex:ann a r2p:Person ; rdfs:label "Ann"@en ; r2p:affiliation ex:france, ex:doc, "UN" .
            ex:doc a r2p:Document .
            ex:untitled a r2p:Document .
            """;

    @Test
    void reportsWhatJenaReportsWithTheShapesAsWritten() {
        Graph data = new Union(RDFParser.fromString(DATA, Lang.TURTLE).toGraph(), GraphAssembler.ontology());
        List<String> simplified = entries(ShaclValidator.get().validate(ClassOr.simplify(shapes()), data));
        List<String> written = entries(ShaclValidator.get().validate(shapes(), data));
        assertEquals(written, simplified);
        assertTrue(simplified.stream().anyMatch(e -> e.contains("example.org/byDocument") && e.contains("speaker")));
        assertTrue(simplified.stream().anyMatch(e -> e.contains("example.org/byLiteral")));
        assertTrue(simplified.stream().anyMatch(e -> e.contains("example.org/ann") && e.contains("affiliated")));
        assertFalse(simplified.stream().anyMatch(e -> e.contains("example.org/byPerson") && e.contains("speaker")));
    }

    @Test
    void replacesOnlyOrsOfPlainClasses() {
        Shapes shapes = ClassOr.simplify(shapes());
        Shape statement = shapes.getShape(NodeFactory.createURI(SHAPES + "StatementShape"));
        assertTrue(statement.getPropertyShapes().stream().flatMap(p -> p.getConstraints().stream())
                .anyMatch(ClassOr.class::isInstance));
        // A document's title-or-identifier alternatives are property shapes: left to Jena.
        Shape document = shapes.getShape(NodeFactory.createURI(SHAPES + "DocumentShape"));
        assertTrue(document.getConstraints().stream().anyMatch(c -> c instanceof ShOr && !(c instanceof ClassOr)));
    }

    private static Shapes shapes() {
        return Shapes.parse(RDFParser.source(GraphValidator.SHAPES_RESOURCE).toGraph());
    }

    private static List<String> entries(ValidationReport report) {
        return report.getEntries().stream()
                .map(e -> e.severity().level() + " " + e.focusNode() + " " + e.resultPath() + " " + e.value() + " "
                        + e.sourceConstraintComponent() + " " + e.message())
                .sorted(Comparator.naturalOrder()).toList();
    }
}
