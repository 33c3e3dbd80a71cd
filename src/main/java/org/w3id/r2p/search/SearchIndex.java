package org.w3id.r2p.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.w3id.r2p.vocab.R2P;

/**
 * The full-text index of the graph: jena-text's Lucene index over statements' and documents' {@code r2p:text},
 * documents' {@code dcterms:title}, and every {@code rdfs:label}, {@code skos:altLabel} and {@code foaf:name}.
 * It is built once from the union of the named graphs (so a label repeated in many documents is one entry),
 * and a dataset carrying it answers {@code text:query} in SPARQL.
 * <pre>
 *   DatasetGraph searchable = SearchIndex.inMemory(graph.forQuery(), graph.union());
 *   // PREFIX text: &lt;http://jena.apache.org/text#&gt;
 *   // SELECT ?s { ?s text:query (r2p:text "genocide") }
 * </pre>
 */
public final class SearchIndex {
    /** Where a store keeps its index: a folder inside the TDB2 store's own, so both are replaced together. */
    public static final String FOLDER = "text-index";
    static final String ENTITY_FIELD = "uri";
    static final String TEXT_FIELD = "text";
    static final String TITLE_FIELD = "title";
    static final String LABEL_FIELD = "label";
    static final String LANG_FIELD = "lang";
    /** The fields a search looks in, most telling first. */
    static final List<String> SEARCHED_FIELDS = List.of(LABEL_FIELD, TITLE_FIELD, TEXT_FIELD);

    private SearchIndex() {}

    /** jena-text's entity map: which predicate goes into which Lucene field. */
    static EntityDefinition entities() {
        EntityDefinition definition = new EntityDefinition(ENTITY_FIELD, TEXT_FIELD, R2P.text.asNode());
        definition.set(TITLE_FIELD, DCTerms.title.asNode());
        definition.set(LABEL_FIELD, RDFS.label.asNode());
        definition.set(LABEL_FIELD, SKOS.altLabel.asNode());
        definition.set(LABEL_FIELD, FOAF.name.asNode());
        definition.setLangField(LANG_FIELD);
        return definition;
    }

    /**
     * The dataset itself, with an index of {@code union} in memory in its context: for a graph built at start-up.
     * Not wrapped in jena-text's dataset, which answers every lookup through a view of quads (a third of some
     * queries' time); the property function finds the index in the context, and a read-only graph needs no
     * wrapper to index its changes.
     */
    public static DatasetGraph inMemory(DatasetGraph dataset, Graph union) {
        TextIndex index = create(new ByteBuffersDirectory());
        fill(index, union);
        dataset.getContext().set(TextQuery.textIndex, index);
        return dataset;
    }

    /** Writes the index of {@code union} into {@code folder}, replacing what was there. */
    public static void write(Graph union, Path folder) {
        try (Directory directory = FSDirectory.open(Files.createDirectories(folder))) {
            TextIndex index = create(directory);
            try {
                ((TextIndexLucene) index).getIndexWriter().deleteAll();
                fill(index, union);
            } finally {
                index.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the text index in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The dataset with the index written by {@link #write} in {@code folder}, or the dataset alone if there is none. */
    public static DatasetGraph open(DatasetGraph dataset, Path folder) {
        if (!Files.isDirectory(folder)) {
            return dataset;
        }
        try {
            return wrap(dataset, create(FSDirectory.open(folder)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the text index in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The search over a dataset's index, or null when the dataset has none. */
    public static Search searchOf(DatasetGraph dataset) {
        return dataset.getContext().get(TextQuery.textIndex) instanceof TextIndexLucene lucene ? new Search(lucene) : null;
    }

    /** Closes the index of a dataset made by {@link #open}, if it has one, and returns the dataset it wraps. */
    public static DatasetGraph unwrap(DatasetGraph dataset) {
        if (dataset instanceof DatasetGraphText text) {
            text.getTextIndex().close();
            return text.getWrapped();
        }
        return dataset;
    }

    private static TextIndex create(Directory directory) {
        TextIndexConfig config = new TextIndexConfig(entities());
        // Stored values give text:query its matched literal, and the search page its highlighted passage.
        config.setValueStored(true);
        return TextDatasetFactory.createLuceneIndex(directory, config);
    }

    /**
     * Adds one index entry per resource and distinct value of a field: a name that is both a resource's
     * {@code rdfs:label} and its {@code foaf:name} would otherwise be found twice. A value is skipped when the graph
     * holds it under a predicate of the same field read before, a lookup rather than a set of every value seen,
     * so that memory does not grow with the corpus (the field of documents' texts holds every text).
     */
    private static void fill(TextIndex index, Graph union) {
        EntityDefinition definition = index.getDocDef();
        // fields() names a field once per predicate mapped to it.
        for (String field : new LinkedHashSet<>(definition.fields())) {
            List<Node> predicates = List.copyOf(definition.getPredicates(field));
            for (int i = 0; i < predicates.size(); i++) {
                List<Node> readBefore = predicates.subList(0, i);
                union.find(Node.ANY, predicates.get(i), Node.ANY).forEachRemaining(t -> {
                    if (t.getObject().isLiteral() && readBefore.stream().noneMatch(p -> union.contains(t.getSubject(), p, t.getObject()))) {
                        index.addEntity(TextQueryFuncs.entityFromQuad(definition, null, t.getSubject(), t.getPredicate(), t.getObject()));
                    }
                });
            }
        }
        index.commit();
    }

    private static DatasetGraph wrap(DatasetGraph dataset, TextIndex index) {
        DatasetGraph text = TextDatasetFactory.create(dataset, index, true);
        // The property function finds the index through the context even when Fuseki wraps the dataset again.
        text.getContext().set(TextQuery.textIndex, index);
        return text;
    }
}
