package org.w3id.r2p.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSetStream;
import org.w3id.r2p.graph.EvidenceLevel;
import org.w3id.r2p.graph.UnlinkedEntities;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "unlinked", mixinStandardHelpOptions = true,
        description = {"List the entities that have no Wikidata link, as CSV.",
                "Builds the graph and prints, as CSV, every organization, person, mechanism and network without an "
                        + "owl:sameAs link to Wikidata: name, kind, how many times the documents name it, the ids of "
                        + "the documents that refer to it (separated by spaces) and its IRI, most mentioned first. "
                        + "To link one, add a row with its checked QID to a table given with --entities."})
final class UnlinkedCommand implements Callable<Integer> {
    private static final Var NAME = Var.alloc("name");
    private static final Var KIND = Var.alloc("kind");
    private static final Var MENTIONS = Var.alloc("mentions");
    private static final Var DOCUMENTS = Var.alloc("documents");
    private static final Var IRI = Var.alloc("iri");

    @Mixin
    CorpusOptions corpus;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Binding> rows = UnlinkedEntities.of(corpus.build(EvidenceLevel.FULL)).stream().map(UnlinkedCommand::row).toList();
        ResultSet results = ResultSet.adapt(RowSetStream.create(List.of(NAME, KIND, MENTIONS, DOCUMENTS, IRI), rows.iterator()));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ResultSetFormatter.output(csv, results, ResultSetLang.RS_CSV);
        PrintWriter out = spec.commandLine().getOut();
        out.print(csv.toString(StandardCharsets.UTF_8));
        out.flush();
        return corpus.exitCode();
    }

    private static Binding row(UnlinkedEntities.Entry entry) {
        return BindingFactory.builder()
                .add(NAME, NodeFactory.createLiteralString(entry.name()))
                .add(KIND, NodeFactory.createLiteralString(entry.kind()))
                .add(MENTIONS, NodeFactory.createLiteralDT(String.valueOf(entry.mentions()), XSDDatatype.XSDinteger))
                .add(DOCUMENTS, NodeFactory.createLiteralString(String.join(" ", entry.documents())))
                .add(IRI, NodeFactory.createURI(entry.iri()))
                .build();
    }
}
