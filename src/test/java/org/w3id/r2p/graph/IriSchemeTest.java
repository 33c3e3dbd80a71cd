package org.w3id.r2p.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.EntityKind;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.EventFinding;
import org.w3id.r2p.vocab.R2P;

class IriSchemeTest {
    private final IriScheme iris = IriScheme.standard();

    @Test
    void mintsReadableIrisUnderTheBase() {
        assertEquals("https://w3id.org/r2p/id/document/001_57eef71f67d5f51a", iris.document("001_57eef71f67d5f51a"));
        assertEquals("https://w3id.org/r2p/id/state/CIV", iris.entity(EntityRef.state("CIV")));
        assertEquals("https://w3id.org/r2p/id/person/antonio-guterres", iris.entity(new EntityRef(EntityKind.PERSON, "António Guterres")));
        assertEquals("https://w3id.org/r2p/id/network/latin-american-network",
                iris.entity(new EntityRef(EntityKind.REGIONAL_NETWORK, "Latin American Network")));
        assertEquals("https://w3id.org/r2p/id/event/2017-09-06-informal-interactive-dialogue",
                iris.event(new EventFinding("informal-interactive-dialogue", "Dialogue", LocalDate.of(2017, 9, 6), null)));
        assertEquals("https://w3id.org/r2p/id/un-document/A-RES-60-1", iris.unDocument("A/RES/60/1"));
        assertEquals("https://w3id.org/r2p/graph/004_b868a9c5cff6fdd6", iris.graph("004_b868a9c5cff6fdd6"));
    }

    @Test
    void statementIrisDependOnlyOnDocumentSpeakerAndWords() {
        EntityRef speaker = EntityRef.state("FRA");
        String first = iris.statement("doc", speaker, "France raised its proposal.");
        assertEquals(first, iris.statement("doc", speaker, "France raised its proposal."));
        assertEquals("https://w3id.org/r2p/id/statement/doc-fra-", first.substring(0, first.length() - 8));
    }

    @Test
    void baseCanBeChanged() {
        assertEquals("http://localhost:3030/kg/id/state/ARG", new IriScheme("http://localhost:3030/kg").entity(EntityRef.state("ARG")));
    }

    @Test
    void refusesARelativeBase() {
        assertThrows(IllegalArgumentException.class, () -> new IriScheme("r2p/"));
    }

    @Test
    void slugsAreAsciiAndStable() {
        assertEquals("cote-d-ivoire-s-national-committee", Slugs.slug("Côte d'Ivoire's National Committee"));
    }

    @Test
    void documentScopedSubjectsAreTheDocumentItsGraphStatementsAndEvidence() {
        IriScheme other = new IriScheme("http://localhost:3030/kg/");
        for (IriScheme scheme : new IriScheme[] {iris, other}) {
            EntityRef speaker = EntityRef.state("FRA");
            for (String own : new String[] {scheme.document("doc"), scheme.graph("doc"), scheme.statement("doc", speaker, "Words."),
                    scheme.annotation("doc", new Span(0, 4), scheme.entity(speaker)) + "#target"}) {
                assertTrue(scheme.isDocumentScoped(NodeFactory.createURI(own)), own);
            }
            for (String shared : new String[] {scheme.entity(speaker), scheme.unDocument("A/RES/60/1"), scheme.software(), scheme.base() + "id", scheme.idBase() + "documents", "https://example.org/id/document/doc"}) {
                assertFalse(scheme.isDocumentScoped(NodeFactory.createURI(shared)), shared);
            }
            assertFalse(scheme.isDocumentScoped(NodeFactory.createLiteralString(scheme.document("doc"))));
        }
    }

    @Test
    void aNameIsSluggedTheSameEachTimeAndANamelessOneIsRefusedEachTime() {
        EntityRef person = new EntityRef(EntityKind.PERSON, "António Guterres");
        assertEquals(iris.entity(person), iris.entity(new EntityRef(EntityKind.PERSON, "António Guterres")));
        EntityRef nameless = new EntityRef(EntityKind.ORGANIZATION, "–");
        assertThrows(IllegalArgumentException.class, () -> iris.entity(nameless));
        assertThrows(IllegalArgumentException.class, () -> iris.entity(nameless));
    }

    @Test
    void splitsADocumentsGraphIntoItsOwnTriplesAndTheSharedOnes() {
        IriScheme iris = IriScheme.standard();
        Graph graph = GraphMemFactory.createDefaultGraph();
        Node doc = NodeFactory.createURI(iris.document("d1"));
        Node state = NodeFactory.createURI(iris.entity(new EntityRef(EntityKind.STATE, "GHA")));
        Triple mentions = Triple.create(doc, R2P.mentions.asNode(), state);
        Triple typed = Triple.create(doc, RDF.Nodes.type, R2P.Document.asNode());
        Triple stateTyped = Triple.create(state, RDF.Nodes.type, R2P.State.asNode());
        List.of(mentions, typed, stateTyped).forEach(graph::add);

        Set<Triple> own = new HashSet<>();
        Set<Triple> shared = new HashSet<>();
        iris.splitDocumentScoped(NodeFactory.createURI(iris.graph("d1")), graph, own::add, shared::add);
        assertEquals(Set.of(mentions, typed), own);
        assertEquals(Set.of(stateTyped), shared);

        own.clear();
        shared.clear();
        iris.splitDocumentScoped(NodeFactory.createURI("https://example.org/elsewhere"), graph, own::add, shared::add);
        assertEquals(Set.of(), own, "only a graph of this dataset has triples of its own");
        assertEquals(Set.of(mentions, typed, stateTyped), shared);
    }
}
