package org.w3id.r2p.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.r2p.support.TestGraphs;
import org.w3id.r2p.vocab.R2P;

class GraphValidatorTest {
    private final GraphValidator validator = GraphValidator.standard();

    @Test
    void seedGraphConforms() {
        GraphValidator.Result result = validator.validate(TestGraphs.seeds());
        assertTrue(result.conforms(), String.join("\n", result.lines()));
    }

    @Test
    void reportsTheFocusNodeOfEachViolation() {
        KnowledgeGraph seeds = TestGraphs.seeds();
        Graph broken = broken(seeds);

        GraphValidator.Result result = validator.validate(broken, seeds.prefixes());

        assertFalse(result.conforms());
        assertTrue(result.lines().stream().anyMatch(l -> l.startsWith("Violation: state:ARG owl:sameAs")), String.join("\n", result.lines()));
        assertTrue(result.lines().stream().anyMatch(l -> l.startsWith("Violation: statement:broken r2p:speaker")), String.join("\n", result.lines()));
        assertTrue(result.lines().stream().anyMatch(l -> l.startsWith("Violation: statement:broken r2p:source")));
    }

    @Test
    void wikidataLinksAreCheckedForCountAndFormAndNonMembersForTheirClass() {
        KnowledgeGraph seeds = TestGraphs.seeds();
        Graph broken = GraphMemFactory.createDefaultGraph();
        seeds.union().find().forEachRemaining(broken::add);
        Node un = NodeFactory.createURI("https://w3id.org/r2p/id/organization/united-nations");
        // A second link (made up for the test) and a link in the wrong form.
        broken.add(un, OWL.sameAs.asNode(), NodeFactory.createURI("http://www.wikidata.org/entity/Q7809"));
        Node person = NodeFactory.createURI("https://w3id.org/r2p/id/person/adama-dieng");
        broken.add(person, OWL.sameAs.asNode(), NodeFactory.createURI("https://www.wikidata.org/wiki/Q1"));
        Node kosovo = NodeFactory.createURI("https://w3id.org/r2p/id/state/XKX");
        broken.add(kosovo, RDF.type.asNode(), R2P.State.asNode());
        broken.add(kosovo, R2P.unStatus.asNode(), NodeFactory.createLiteralString("non-member"));

        GraphValidator.Result result = validator.validate(broken, seeds.prefixes());

        String report = String.join("\n", result.lines());
        assertTrue(result.lines().stream().anyMatch(l -> l.startsWith("Violation: organization:united-nations owl:sameAs")), report);
        assertTrue(result.lines().stream().anyMatch(l -> l.startsWith("Violation: person:adama-dieng owl:sameAs")), report);
        assertTrue(result.lines().stream().anyMatch(l -> l.startsWith("Violation: state:XKX r2p:unStatus")), report);
    }

    @Test
    void checksOnlyTheFocusNodesItIsAskedTo() {
        KnowledgeGraph seeds = TestGraphs.seeds();
        Graph broken = broken(seeds);

        GraphValidator.Result all = validator.validate(broken, seeds.prefixes());
        GraphValidator.Result statementOnly = validator.validate(broken, seeds.prefixes(), BROKEN_STATEMENT::equals);
        GraphValidator.Result neither = validator.validate(broken, seeds.prefixes(), node -> false);

        assertFalse(statementOnly.conforms());
        assertEquals(all.lines().stream().filter(l -> l.startsWith("Violation: statement:broken ")).toList(), statementOnly.lines());
        assertTrue(all.lines().stream().anyMatch(l -> l.startsWith("Violation: state:ARG ")), all.lines().toString());
        assertTrue(neither.conforms());
        assertEquals(List.of(), neither.lines());
    }

    @Test
    void checksTheSameNodesByTheirClassesAsByLookingForEveryShapesFocusNodes() {
        KnowledgeGraph seeds = TestGraphs.seeds();
        Graph broken = broken(seeds);
        ClassTargets targets = validator.classTargets(new Skolemizer(IriScheme.standard()).skolemize(GraphAssembler.ontology()));
        Map<Node, Set<Shape>> focus = new LinkedHashMap<>();
        broken.find().forEachRemaining(t -> focus.put(t.getSubject(), targets.shapesOf(broken, t.getSubject())));

        GraphValidator.Result all = validator.validate(broken, seeds.prefixes());
        GraphValidator.Result byClass = validator.validate(broken, seeds.prefixes(), focus);

        assertFalse(byClass.conforms());
        assertEquals(all, byClass);
        assertTrue(byClass.lines().stream().anyMatch(l -> l.startsWith("Violation: statement:broken ")), byClass.lines().toString());
    }

    private static final Node BROKEN_STATEMENT = NodeFactory.createURI("https://w3id.org/r2p/id/statement/broken");

    /** The seeds with Argentina's Wikidata link taken away and a statement that has nothing but its type. */
    private static Graph broken(KnowledgeGraph seeds) {
        Graph broken = GraphMemFactory.createDefaultGraph();
        seeds.union().find().forEachRemaining(broken::add);
        Node argentina = NodeFactory.createURI("https://w3id.org/r2p/id/state/ARG");
        broken.delete(argentina, OWL.sameAs.asNode(), NodeFactory.createURI("http://www.wikidata.org/entity/Q414"));
        broken.add(BROKEN_STATEMENT, RDF.type.asNode(), R2P.Statement.asNode());
        return broken;
    }
}
