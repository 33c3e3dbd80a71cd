package org.w3id.r2p.graph;

import java.util.List;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.system.PrefixMap;

/**
 * Validates a build graph by graph, as a {@link GraphSink}, with the same shapes and the same report as
 * {@link GraphValidator#validate(KnowledgeGraph)} on the whole: each document's graph is checked (with the ontology,
 * whose class hierarchy the shapes' targets follow), and the triples about shared subjects (States, persons,
 * organizations, mechanisms, events...) are gathered from every graph into one shared graph, checked at the end, so
 * that two documents that disagree about an entity are still caught. The report lists each problem once.
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
    private final Graph shared = GraphMemFactory.createDefaultGraph();
    private final TreeSet<String> lines = new TreeSet<>();
    private boolean conforms = true;
    private GraphValidator.Result result;

    public StreamingValidation(GraphValidator validator, IriScheme iris) {
        this.validator = validator;
        this.iris = iris;
        this.prefixes = Prefixes.of(iris);
        this.ontology = new Skolemizer(iris).skolemize(GraphAssembler.ontology());
    }

    @Override
    public void graph(Node name, Graph graph) {
        boolean document = iris.isDocumentScoped(name);
        if (document) {
            add(validator.validate(new Union(graph, ontology), prefixes));
        }
        graph.find().forEachRemaining(t -> {
            if (!document || !iris.isDocumentScoped(t.getSubject())) {
                shared.add(t);
            }
        });
    }

    @Override
    public void finish() {
        add(validator.validate(new Union(shared, ontology), prefixes));
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
