package org.w3id.r2p.graph;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.shacl.parser.Shape;

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
    private final DocumentSplit split;
    private final IriScheme iris;
    private final PrefixMap prefixes;
    private final Graph ontology;
    private final Set<Node> ontologySubjects;
    private final ClassTargets targets;
    /** The ontology's own subjects that are document-scoped (none, unless a base puts them there): checked too. */
    private final List<Node> ontologyScoped;
    private final TreeSet<String> lines = new TreeSet<>();
    private boolean conforms = true;
    private GraphValidator.Result result;

    public StreamingValidation(GraphValidator validator, IriScheme iris) {
        this(validator, new DocumentSplit(iris));
    }

    /** A validation that splits the graphs with {@code split}, which other sinks of the same build may share. */
    public StreamingValidation(GraphValidator validator, DocumentSplit split) {
        this.validator = validator;
        this.split = split;
        this.iris = split.iris();
        this.prefixes = Prefixes.of(iris);
        this.ontology = new Skolemizer(iris).skolemize(GraphAssembler.ontology());
        this.ontologySubjects = OntologyUnion.subjectsOf(ontology);
        this.targets = validator.classTargets(ontology);
        this.ontologyScoped = ontologySubjects.stream().filter(iris::isDocumentScoped).toList();
    }

    @Override
    public void graph(Node name, Graph graph) {
        List<Triple> own = split.own(name, graph);
        if (iris.isDocumentScoped(name)) {
            Graph data = new OntologyUnion(graph, ontology, ontologySubjects);
            if (targets.appliesTo(graph)) {
                add(validator.validate(data, prefixes, focus(data, own)));
            } else {
                add(validator.validate(data, prefixes, iris::isDocumentScoped));
            }
        }
    }

    @Override
    public void finish() {
        Graph sharedGraph = GraphMemFactory.createDefaultGraph();
        split.shared().forEach(sharedGraph::add);
        add(validator.validate(new Union(sharedGraph, ontology), prefixes));
        result = new GraphValidator.Result(conforms, List.copyOf(lines));
    }

    /**
     * The document's own focus nodes and their shapes: its own triples hold every type of its own subjects, save
     * what the ontology may say about them (nothing, unless a base puts the ontology's subjects there).
     */
    private Map<Node, Set<Shape>> focus(Graph data, List<Triple> own) {
        Map<Node, Set<Shape>> focus = targets.byTypes(own);
        ontologyScoped.forEach(node -> focus.put(node, targets.shapesOf(data, node)));
        return focus;
    }

    /** The report's lines are sorted, and every triple is looked up by its subject. */
    @Override
    public boolean dependsOnTripleOrder() {
        return false;
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
