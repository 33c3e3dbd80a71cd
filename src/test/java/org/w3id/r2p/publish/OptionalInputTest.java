package org.w3id.r2p.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which OPTIONAL patterns run with each row as input: only those whose every operator reads the row itself. */
class OptionalInputTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{ ?s :p ?o OPTIONAL { ?s :q ?x . ?x :r ?y FILTER(?y > 1) } }|true",
        "{ ?s :p ?o OPTIONAL { ?s :q+ ?x . ?x :r ?y } }|true",
        "{ ?s :p ?o OPTIONAL { ?s a ?k . ?k :sub+ :Top FILTER NOT EXISTS { ?s a ?n . ?n :sub+ ?k } } }|true",
        "{ ?s :p ?o OPTIONAL { ?s :q ?x FILTER NOT EXISTS { ?x :r ?y OPTIONAL { ?y :t ?z } } } }|false",
        "{ ?s :p ?o OPTIONAL { ?s :q ?x OPTIONAL { ?x :r ?y } FILTER(?y > 1) } }|false",
        "{ ?s :p ?o OPTIONAL { { ?s :q ?x } UNION { ?s :r ?x } } }|false",
        "{ ?s :p ?o OPTIONAL { SELECT ?s (COUNT(*) AS ?n) { ?s :q ?x } GROUP BY ?s } }|false",
        "{ ?s :p ?o OPTIONAL { ?s :q ?x BIND(?x AS ?y) } }|false",
    })
    void fitsOnlyPatternsThatReadTheirInputRow(String where, boolean fits) {
        Op op = Algebra.optimize(Algebra.compile(QueryFactory.create("PREFIX : <http://example.org/> SELECT * " + where)));
        Op[] right = {null};
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpConditional conditional) {
                right[0] = conditional.getRight();
            }
        });
        assertEquals(fits, right[0] != null && OptionalInput.fits(right[0]), String.valueOf(op));
    }
}
