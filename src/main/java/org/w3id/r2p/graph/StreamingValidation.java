package org.w3id.r2p.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.system.PrefixMap;

/**
 * Validates a build graph by graph, as a {@link GraphSink}, with the same shapes as
 * {@link GraphValidator#validate(KnowledgeGraph)} on the whole: in each document's graph (with the ontology, whose
 * class hierarchy the shapes' targets follow) only the document's own subjects are checked (the document and its
 * statements), and the triples about shared subjects (States, persons, organizations, mechanisms, events...) are
 * gathered from every graph into one shared graph, where each shared subject is checked once, at the end, with
 * everything every document says about it, so that two documents that disagree about an entity are still caught.
 * A document's own subjects appear in no other graph and are described whole in their document's, so each subject
 * is checked once with all its triples. The report lists each problem once.
 * <pre>
 *   StreamingValidation validation = new StreamingValidation(GraphValidator.standard(), IriScheme.standard());
 *   builder.build(corpus, validation);
 *   GraphValidator.Result result = validation.result();
 * </pre>
 */
public final class StreamingValidation implements GraphSink {
    private final GraphValidator validator;
    private final IriScheme iris;
    private final PrefixMap prefixes;
    private final Graph ontology;
    private final Set<Node> ontologySubjects;
    /** The triples about shared subjects: a set until the end, since every document repeats most of them. */
    private final Set<Triple> shared = new HashSet<>();
    private final TreeSet<String> lines = new TreeSet<>();
    private boolean conforms = true;
    private GraphValidator.Result result;

    public StreamingValidation(GraphValidator validator, IriScheme iris) {
        this.validator = validator;
        this.iris = iris;
        this.prefixes = Prefixes.of(iris);
        this.ontology = new Skolemizer(iris).skolemize(GraphAssembler.ontology());
        this.ontologySubjects = OntologyUnion.subjectsOf(ontology);
    }

    @Override
    public void graph(Node name, Graph graph) {
        boolean document = iris.isDocumentScoped(name);
        if (document) {
            add(validator.validate(new OntologyUnion(graph, ontology, ontologySubjects), prefixes, iris::isDocumentScoped));
        }
        iris.splitDocumentScoped(name, graph, own -> { }, shared::add);
    }

    @Override
    public void finish() {
        Graph sharedGraph = GraphMemFactory.createDefaultGraph();
        shared.forEach(sharedGraph::add);
        shared.clear();
        add(validator.validate(new Union(sharedGraph, ontology), prefixes));
        result = new GraphValidator.Result(conforms, List.copyOf(lines));
    }

    /** The report, once the build has finished. */
    public GraphValidator.Result result() {
        if (result == null) {
            throw new IllegalStateException("The build has not finished");
        }
        return result;
    }

    private void add(GraphValidator.Result part) {
        conforms &= part.conforms();
        lines.addAll(part.lines());
    }
}
