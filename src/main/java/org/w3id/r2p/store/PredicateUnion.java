package org.w3id.r2p.store;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * The union of a TDB2 store's named graphs, read-only, for lookups by predicate (the search index's), with a
 * triple in several graphs given once. Jena's own union graph removes such repeats with a set of every triple it has
 * given, which for {@code ?s rdfs:label ?o} over 100,000 documents is millions of triples and more than a 2 GB heap;
 * with the predicate known, TDB2 reads its POSG index, where the repeats of a triple are next to each other, so
 * only the last one is kept. Other patterns are answered too, but a repeat may then be given more than once.
 */
final class PredicateUnion extends GraphBase {
    private final DatasetGraph store;

    PredicateUnion(DatasetGraph store) {
        this.store = store;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        var quads = store.findNG(Node.ANY, pattern.getMatchSubject(), pattern.getMatchPredicate(), pattern.getMatchObject());
        return WrappedIterator.create(Iter.distinctAdjacent(Iter.map(quads, Quad::asTriple)));
    }

    @Override
    protected boolean graphBaseContains(Triple triple) {
        var quads = store.findNG(Node.ANY, triple.getSubject(), triple.getPredicate(), triple.getObject());
        try {
            return quads.hasNext();
        } finally {
            Iter.close(quads);
        }
    }
}
