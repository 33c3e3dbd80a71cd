package org.w3id.r2p.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.r2p.vocab.R2P;

class ClassTargetsTest {
    private static final String SHAPES = "https://w3id.org/r2p/shapes#";
    private final Graph ontology = GraphAssembler.ontology();
    private final ClassTargets targets = GraphValidator.standard().classTargets(ontology);

    @Test
    void aNodeIsCheckedAgainstTheShapesOfItsClassesAndTheirSuperclasses() {
        Graph document = GraphMemFactory.createDefaultGraph();
        Node commission = NodeFactory.createURI("https://w3id.org/r2p/id/mechanism/commission");
        document.add(commission, RDF.Nodes.type, R2P.CommissionOfInquiry.asNode());
        document.add(commission, RDF.Nodes.type, R2P.InvestigativeMechanism.asNode());

        Set<String> shapes = names(targets.shapesOf(new Union(document, ontology), commission));

        assertEquals(Set.of(SHAPES + "MechanismShape", SHAPES + "InvestigativeMechanismShape",
                SHAPES + "CommissionOfInquiryShape"), shapes);
        assertEquals(Set.of(), names(targets.shapesOf(new Union(document, ontology), NodeFactory.createURI("https://example.org/untyped"))));
    }

    @Test
    void theTypesAmongAGraphsTriplesGiveTheShapesTheGraphWouldGive() {
        Graph document = GraphMemFactory.createDefaultGraph();
        Node commission = NodeFactory.createURI("https://w3id.org/r2p/id/mechanism/commission");
        Node statement = NodeFactory.createURI("https://w3id.org/r2p/id/statement/s");
        document.add(commission, RDF.Nodes.type, R2P.CommissionOfInquiry.asNode());
        document.add(commission, RDFS.Nodes.label, NodeFactory.createLiteralLang("Commission", "en"));
        document.add(statement, RDF.Nodes.type, R2P.Statement.asNode());
        document.add(statement, R2P.mechanism.asNode(), commission);
        Graph data = new Union(document, ontology);

        Map<Node, Set<Shape>> focus = targets.byTypes(document.find().toList());

        assertEquals(Map.of(commission, targets.shapesOf(data, commission), statement, targets.shapesOf(data, statement)), focus);
        assertEquals(Set.of(SHAPES + "StatementShape"), names(focus.get(statement)));
    }

    @Test
    void aGraphThatAddsSubclassesOfItsOwnIsLeftToShaclsOwnWalk() {
        Graph document = GraphMemFactory.createDefaultGraph();
        assertTrue(targets.appliesTo(document));
        document.add(NodeFactory.createURI("https://example.org/Tribunal"), RDFS.Nodes.subClassOf, R2P.Mechanism.asNode());
        assertFalse(targets.appliesTo(document));
    }

    @Test
    void shapesWithTargetsOtherThanClassesAreLeftToShacl() {
        Graph shapes = RDFParser.fromString("""
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                <https://example.org/s> a sh:NodeShape ; sh:targetNode <https://example.org/n> ; sh:nodeKind sh:IRI .
                """, org.apache.jena.riot.Lang.TURTLE).toGraph();
        ClassTargets nodeTargets = new GraphValidator(shapes).classTargets(ontology);
        assertFalse(nodeTargets.appliesTo(GraphMemFactory.createDefaultGraph()));
    }

    private static Set<String> names(Set<Shape> shapes) {
        return shapes.stream().map(shape -> shape.getShapeNode().getURI()).collect(Collectors.toSet());
    }
}
