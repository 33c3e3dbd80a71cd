package org.w3id.r2p.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.EntityKind;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.attribution.Inflection;
import org.w3id.r2p.extract.attribution.VerbForm;

/**
 * The records whose equals and hashCode are written out (to keep method handles out of every start) behave as the
 * generated ones did: equal by components, and hashed by the records' formula, so hash-ordered collections keep
 * their order.
 */
class RecordHashesTest {
    @Test
    void spanHashesAndComparesLikeARecord() {
        assertGenerated(new Span(3, 17), new Span(3, 17), new Span(3, 18));
        assertEquals(31 * 3 + 17, new Span(3, 17).hashCode());
    }

    @Test
    void verbFormHashesAndComparesLikeARecord() {
        Inflection past = Inflection.PAST;
        assertGenerated(new VerbForm("took note", "take note", past), new VerbForm("took note", "take note", past),
                new VerbForm("took notes", "take note", past));
    }

    @Test
    void spokenHashesAndComparesLikeARecord() throws Exception {
        EntityRef france = EntityRef.state("FRA");
        assertGenerated(make("StatementLabels$Collector$Spoken", france, "debate"),
                make("StatementLabels$Collector$Spoken", france, "debate"),
                make("StatementLabels$Collector$Spoken", france, null));
        assertGenerated(make("StatementLabels$Collector$Spoken", null, null),
                make("StatementLabels$Collector$Spoken", null, null),
                make("StatementLabels$Collector$Spoken", new EntityRef(EntityKind.PERSON, "A B"), null));
    }

    @Test
    void evidencedHashesAndComparesLikeARecord() throws Exception {
        Node a = NodeFactory.createURI("http://example.org/a");
        Node b = NodeFactory.createURI("http://example.org/b");
        assertGenerated(make("Evidence$Evidenced", a, b, "words"), make("Evidence$Evidenced", a, b, "words"),
                make("Evidence$Evidenced", b, a, "words"));
    }

    private static void assertGenerated(Record record, Record equal, Record other) {
        assertEquals(record, equal);
        assertEquals(record.hashCode(), equal.hashCode());
        assertNotEquals(record, other);
        assertNotEquals(record, null);
        assertNotEquals(record, "not a record");
        assertEquals(recordFormula(record), record.hashCode());
        assertEquals(recordFormula(other), other.hashCode());
    }

    /** What java.lang.runtime.ObjectMethods computes for a record: (0 * 31 + h(c1)) * 31 + h(c2)... */
    private static int recordFormula(Record record) {
        int hash = 0;
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                component.getAccessor().setAccessible(true);
                hash = hash * 31 + Objects.hashCode(component.getAccessor().invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return hash;
    }

    private static Record make(String nested, Object... components) throws Exception {
        Class<?> type = Class.forName("org.w3id.r2p.graph." + nested);
        Constructor<?> constructor = type.getDeclaredConstructors()[0];
        constructor.setAccessible(true);
        return (Record) constructor.newInstance(components);
    }
}
