package org.w3id.r2p.graph;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.core.Prologue;

/**
 * Checks a knowledge graph against the SHACL shapes of {@code ontology/shapes.ttl} (shipped in the jar).
 * <pre>
 *   GraphValidator.Result result = GraphValidator.standard().validate(graph);
 *   if (!result.conforms()) result.lines().forEach(System.err::println);
 * </pre>
 */
public final class GraphValidator {
    public static final String SHAPES_RESOURCE = "org/w3id/r2p/ontology/shapes.ttl";

    private static final Result CONFORMS = new Result(true, List.of());

    private final Shapes shapes;

    public GraphValidator(Graph shapesGraph) {
        this.shapes = ClassOr.simplify(Shapes.parse(shapesGraph));
    }

    public static GraphValidator standard() {
        return new GraphValidator(RDFParser.source(SHAPES_RESOURCE).toGraph());
    }

    /** The outcome: whether the graph conforms, and one readable line per problem, in a stable order. */
    public record Result(boolean conforms, List<String> lines) {
        public Result {
            lines = List.copyOf(lines);
        }
    }

    public Result validate(KnowledgeGraph graph) {
        return validate(graph.union(), graph.prefixes());
    }

    public Result validate(Graph data, PrefixMap prefixes) {
        return validate(data, prefixes, node -> true);
    }

    /**
     * Checks only the focus nodes that {@code checked} accepts, against every shape that targets them, with the whole
     * of {@code data} to follow their values into: the steps of Jena's plain validation, restricted.
     */
    public Result validate(Graph data, PrefixMap prefixes, Predicate<Node> checked) {
        ValidationContext context = ValidationContext.create(shapes, data);
        for (Shape shape : shapes.getTargetShapes()) {
            for (Node focus : VLib.focusNodes(data, shape)) {
                if (checked.test(focus)) {
                    VLib.validateShape(context, data, shape, focus);
                }
            }
        }
        return result(context, prefixes);
    }

    /** The shapes that target each class of {@code ontology}, to tell focus nodes by their classes. */
    ClassTargets classTargets(Graph ontology) {
        return ClassTargets.of(shapes, ontology);
    }

    /**
     * Checks each node of {@code focus} against its shapes, with the whole of {@code data} to follow their values
     * into: given the focus nodes and shapes that {@link #validate(Graph, PrefixMap, Predicate)} would find and
     * accept, the same report, without looking for every shape's focus nodes first.
     */
    Result validate(Graph data, PrefixMap prefixes, Map<Node, Set<Shape>> focus) {
        ValidationContext context = ValidationContext.create(shapes, data);
        focus.forEach((node, targeting) -> targeting.forEach(shape -> VLib.validateShape(context, data, shape, node)));
        return result(context, prefixes);
    }

    /** The report is made only when there is something to report; a conforming graph's would be thrown away. */
    private static Result result(ValidationContext context, PrefixMap prefixes) {
        if (!context.hasViolation()) {
            return CONFORMS;
        }
        List<String> lines = context.generateReport().getEntries().stream()
                .map(entry -> line(entry, prefixes))
                .sorted(Comparator.naturalOrder())
                .toList();
        return new Result(lines.isEmpty(), lines);
    }

    private static String line(ReportEntry entry, PrefixMap prefixes) {
        String path = entry.resultPath() == null ? "" : " " + entry.resultPath().toString(new Prologue(org.apache.jena.riot.system.Prefixes.adapt(prefixes)));
        return entry.severity().level().getLocalName() + ": " + shortForm(entry.focusNode(), prefixes) + path
                + ": " + entry.message();
    }

    private static String shortForm(Node node, PrefixMap prefixes) {
        if (!node.isURI()) {
            return node.toString();
        }
        String abbreviated = prefixes.abbreviate(node.getURI());
        return abbreviated != null ? abbreviated : "<" + node.getURI() + ">";
    }
}
