package org.w3id.r2p.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/** The literals made directly are the terms the Model API makes, so the dumps do not change. */
class LiteralsTest {
    @Test
    void englishIsTheModelApisLanguageLiteral() {
        assertEquals(ModelFactory.createDefaultModel().createLiteral("Statement by Ghana", "en").asNode(),
                Literals.english("Statement by Ghana"));
    }

    @Test
    void dateAndStringAreTypedAsTheModelTypesThem() {
        assertEquals(ModelFactory.createDefaultModel().createTypedLiteral("2017-09-06", XSDDatatype.XSDdate).asNode(),
                Literals.date("2017-09-06"));
        assertEquals(ModelFactory.createDefaultModel().createLiteral("member").asNode(), Literals.string("member"));
    }

    @Test
    void positionsAreNonNegativeIntegersKeptOnceWhenSmall() {
        assertEquals(NodeFactory.createLiteral("12290", XSDDatatype.XSDnonNegativeInteger), Literals.position(12290));
        assertSame(Literals.position(12290), Literals.position(12290));
        assertEquals(NodeFactory.createLiteral("1000000", XSDDatatype.XSDnonNegativeInteger), Literals.position(1_000_000));
    }
}
