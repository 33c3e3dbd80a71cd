package org.w3id.r2p.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.extract.DocumentFacts;
import org.w3id.r2p.extract.DocumentKind;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.EventFinding;
import org.w3id.r2p.extract.Mention;
import org.w3id.r2p.extract.Pillar;
import org.w3id.r2p.extract.StatementFinding;
import org.w3id.r2p.link.EntityTable;
import org.w3id.r2p.link.StateGazetteer;
import org.w3id.r2p.vocab.OA;
import org.w3id.r2p.vocab.R2P;

/**
 * The one place where findings become triples: it mints IRIs, names and links entities ({@link EntityNames}),
 * writes each document's facts into its own named graph (with the descriptions of everything the document refers
 * to, so that each graph stands alone) and records how the graphs were made (PROV-O).
 * <pre>
 *   KnowledgeGraph graph = new GraphAssembler(IriScheme.standard(), StateGazetteer.load()).assemble(facts);
 * </pre>
 */
public final class GraphAssembler {
    private static final Node END_DATE = NodeFactory.createURI(Prefixes.SCHEMA + "endDate");

    private final IriScheme iris;
    private final StateGazetteer states;
    private final EntityTable links;
    private final EntityTriples entities;
    private final StatementTriples statements;
    private final EvidenceLevel evidence;
    private final Provenance provenance;

    /** An assembler that links organizations, persons, mechanisms and networks through the shipped entity table. */
    public GraphAssembler(IriScheme iris, StateGazetteer states) {
        this(iris, states, EntityTable.standard());
    }

    /** @param links the checked Wikidata items of organizations, offices, persons, mechanisms and networks */
    public GraphAssembler(IriScheme iris, StateGazetteer states, EntityTable links) {
        this(iris, states, links, EvidenceLevel.COMPACT);
    }

    /** @param evidence how much evidence to keep for each mention and statement */
    public GraphAssembler(IriScheme iris, StateGazetteer states, EntityTable links, EvidenceLevel evidence) {
        this.iris = iris;
        this.states = states;
        this.links = links;
        this.entities = new EntityTriples(iris);
        this.statements = new StatementTriples(iris, entities);
        this.evidence = evidence;
        this.provenance = new Provenance(iris);
    }

    public KnowledgeGraph assemble(List<DocumentFacts> documents) {
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        assemble(documents, new GraphSink() {
            @Override
            public void graph(Node name, Graph graph) {
                dataset.addGraph(name, graph);
            }

            @Override
            public void finish() {
            }
        });
        PrefixMap prefixes = Prefixes.of(iris);
        dataset.prefixes().putAll(prefixes);
        return new KnowledgeGraph(dataset, prefixes, iris);
    }

    /** Gives the graph of every document, and the fixed graphs, to {@code sink} in IRI order. */
    public void assemble(List<DocumentFacts> documents, GraphSink sink) {
        EntityNames names = names(documents);
        StatementLabels labels = StatementLabels.of(documents, names, iris);
        GraphSink ordered = new GraphOrder(fixedGraphs(), sink);
        List<DocumentFacts> byGraph = new ArrayList<>(documents);
        byGraph.sort(Comparator.comparing(facts -> iris.graph(facts.document().id())));
        for (DocumentFacts facts : byGraph) {
            ordered.graph(NodeFactory.createURI(iris.graph(facts.document().id())), documentGraph(facts, names, labels));
        }
        ordered.finish();
    }

    EntityNames names(List<DocumentFacts> documents) {
        return EntityNames.of(documents, GraphAssembler::referenced, iris, states, links);
    }

    /** Counts names document by document, for a build that does not hold the documents. */
    EntityNames.Counter nameCounter() {
        return new EntityNames.Counter(GraphAssembler::referenced, iris, states, links);
    }

    /** The graphs every dataset holds besides the documents', by IRI: the ontology and the topics. */
    Map<String, Graph> fixedGraphs() {
        return Map.of(iris.ontologyGraph(), new Skolemizer(iris).skolemize(ontology()),
                iris.topicsGraph(), RDFParser.source(R2P.TOPICS_RESOURCE).toGraph());
    }

    /** Notes statements' speakers and settings document by document, for a build that does not hold the documents. */
    StatementLabels.Collector statementCollector() {
        return new StatementLabels.Collector(iris);
    }

    /** One document's named graph: its facts, with the descriptions of everything it refers to. */
    Graph documentGraph(DocumentFacts facts, EntityNames names, StatementLabels labels) {
        return documentTriples(facts, names, labels, GraphMemFactory.createDefaultGraphSameValue());
    }

    /**
     * The same triples in a graph kept by subject only ({@link SubjectGraph}), for sinks that do not depend on the
     * order a graph lists its triples in.
     */
    Graph documentGraphBySubject(DocumentFacts facts, EntityNames names, StatementLabels labels) {
        return documentTriples(facts, names, labels, new SubjectGraph());
    }

    /** The ontology as shipped in the jar. */
    public static Graph ontology() {
        return RDFParser.source(R2P.ONTOLOGY_RESOURCE).toGraph();
    }

    private Graph documentTriples(DocumentFacts facts, EntityNames names, StatementLabels labels, Graph g) {
        Document document = facts.document();
        Node doc = NodeFactory.createURI(iris.document(document.id()));
        g.add(doc, RDF.Nodes.type, R2P.Document.asNode());
        String title = StatementLabels.documentTitle(facts);
        g.add(doc, RDFS.Nodes.label, Literals.english(title));
        g.add(doc, DCTerms.title.asNode(), Literals.english(title));
        if (facts.metadata().date() != null) {
            g.add(doc, DCTerms.date.asNode(), Literals.date(facts.metadata().date().toString()));
        }
        if (facts.metadata().place() != null) {
            g.add(doc, R2P.place.asNode(), Literals.string(facts.metadata().place()));
        }
        for (DocumentKind kind : facts.metadata().kinds()) {
            g.add(doc, R2P.documentType.asNode(), documentType(kind).asNode());
        }
        for (Pillar pillar : facts.metadata().pillars()) {
            g.add(doc, R2P.pillar.asNode(), StatementTriples.pillar(pillar).asNode());
        }
        g.add(doc, R2P.text.asNode(), Literals.string(document.text()));
        Node event = facts.metadata().event() == null ? null : event(g, facts.metadata().event());
        if (event != null) {
            g.add(doc, R2P.event.asNode(), event);
        }
        for (String symbol : facts.metadata().symbols()) {
            Node cited = NodeFactory.createURI(iris.unDocument(symbol));
            g.add(cited, RDF.Nodes.type, R2P.Document.asNode());
            g.add(cited, DCTerms.identifier.asNode(), Literals.string(symbol));
            g.add(cited, RDFS.Nodes.label, Literals.english("UN document " + symbol));
            g.add(cited, RDFS.Nodes.seeAlso, NodeFactory.createURI("https://undocs.org/" + symbol));
            g.add(doc, DCTerms.references.asNode(), cited);
        }
        Evidence evidence = new Evidence(iris, document.id(), document.text(), this.evidence);
        if (facts.metadata().author() != null) {
            g.add(doc, DCTerms.creator.asNode(), entities.entity(facts.metadata().author()));
        }
        // In text order, so that compact evidence keeps a repeated fact's first place.
        for (Mention mention : facts.mentions().stream().sorted(Comparator.comparing(Mention::span)).toList()) {
            Node named = entities.entity(mention.entity());
            g.add(doc, R2P.mentions.asNode(), named);
            evidence.annotate(g, named, mention.span(), OA.identifying.asNode(), doc);
        }
        for (StatementFinding finding : facts.statements().stream().sorted(Comparator.comparing(StatementFinding::span)).toList()) {
            Node statement = statements.statement(g, finding, doc, event, labels);
            evidence.annotate(g, statement, finding.span(), OA.describing.asNode(), doc);
        }
        facts.facts().forEach(fact -> entities.fact(g, fact));
        for (EntityRef ref : referenced(facts)) {
            entities.describe(g, ref, names);
        }
        provenance.addTo(g, doc, document.id());
        return g;
    }

    /** Every entity the document's facts refer to: what it names, its author, speakers, and facts' objects. */
    static Set<EntityRef> referenced(DocumentFacts facts) {
        Set<EntityRef> referenced = new LinkedHashSet<>();
        EntityTriples.addIfPresent(referenced, facts.metadata().author());
        facts.mentions().forEach(mention -> referenced.add(mention.entity()));
        for (StatementFinding finding : facts.statements()) {
            referenced.add(finding.speaker());
            EntityTriples.addIfPresent(referenced, finding.onBehalfOf());
            EntityTriples.addIfPresent(referenced, finding.deliveredBy());
        }
        facts.facts().forEach(fact -> referenced.addAll(EntityTriples.referencedBy(fact)));
        return referenced;
    }

    private Node event(Graph g, EventFinding finding) {
        Node event = NodeFactory.createURI(iris.event(finding));
        g.add(event, RDF.Nodes.type, R2P.Event.asNode());
        g.add(event, RDFS.Nodes.label, Literals.english(StatementLabels.eventLabel(finding)));
        g.add(event, DCTerms.date.asNode(), Literals.date(finding.date().toString()));
        if (finding.end() != null) {
            g.add(event, END_DATE, Literals.date(finding.end().toString()));
        }
        if (finding.place() != null) {
            g.add(event, R2P.place.asNode(), Literals.string(finding.place()));
        }
        return event;
    }

    private static Resource documentType(DocumentKind kind) {
        return switch (kind) {
            case STATEMENT -> R2P.StatementDocument;
            case SUMMARY -> R2P.Summary;
            case MESSAGE -> R2P.Message;
            case INTERVIEW -> R2P.Interview;
            case LETTER -> R2P.Letter;
        };
    }
}
