package org.w3id.r2p.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.r2p.graph.KnowledgeGraph;
import org.w3id.r2p.search.SearchIndex;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run one SPARQL query over the graph.", "Builds the graph and runs one SPARQL query over it (the default graph is the union of "
                + "the named graphs). SELECT and ASK results print as a table, JSON, CSV or TSV; CONSTRUCT "
                + "and DESCRIBE results print as Turtle."})
final class QueryCommand implements Callable<Integer> {
    enum Results { table, json, csv, tsv }

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--results", defaultValue = "table",
            description = "Result format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Results results;

    @Parameters(paramLabel = "QUERY", description = "A .rq file, or the text of a query.")
    String queryArgument;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Query query = parse(queryText());
        KnowledgeGraph graph = corpus.build();
        DatasetGraph dataset = SearchIndex.inMemory(graph.forQuery(), graph.union());
        PrintStream out = System.out;
        try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
            if (query.isSelectType()) {
                switch (results) {
                    case table -> ResultSetFormatter.out(out, execution.execSelect(), query.getPrefixMapping());
                    case json -> ResultSetFormatter.output(out, execution.execSelect(), ResultSetLang.RS_JSON);
                    case csv -> ResultSetFormatter.output(out, execution.execSelect(), ResultSetLang.RS_CSV);
                    case tsv -> ResultSetFormatter.output(out, execution.execSelect(), ResultSetLang.RS_TSV);
                }
            } else if (query.isAskType()) {
                boolean answer = execution.execAsk();
                switch (results) {
                    case table -> out.println(answer ? "yes" : "no");
                    case json -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_JSON);
                    case csv -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_CSV);
                    case tsv -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_TSV);
                }
            } else if (query.isConstructType() || query.isDescribeType()) {
                var model = query.isConstructType() ? execution.execConstruct() : execution.execDescribe();
                model.setNsPrefixes(graph.prefixes().getMapping());
                RDFDataMgr.write(out, model, Lang.TURTLE);
            } else {
                throw new ParameterException(spec.commandLine(), "Only SELECT, ASK, CONSTRUCT and DESCRIBE queries can be run");
            }
        }
        out.flush();
        return corpus.exitCode();
    }

    /** The argument is a query file when it names one (a ".rq" name must); otherwise it is the query itself. */
    private String queryText() throws IOException {
        boolean oneLine = !queryArgument.isBlank() && !queryArgument.contains("\n") && queryArgument.indexOf('\0') < 0;
        Path file = oneLine ? Path.of(queryArgument) : null;
        if (file != null && Files.isRegularFile(file)) {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        if (queryArgument.endsWith(".rq")) {
            throw new ParameterException(spec.commandLine(), "Query file not found: " + queryArgument);
        }
        return queryArgument;
    }

    private Query parse(String text) {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new ParameterException(spec.commandLine(), "Malformed SPARQL query: " + e.getMessage());
        }
    }
}
