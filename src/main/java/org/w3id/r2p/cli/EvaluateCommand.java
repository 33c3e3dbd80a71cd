package org.w3id.r2p.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.w3id.r2p.corpus.Corpus;
import org.w3id.r2p.evaluate.Evaluation;
import org.w3id.r2p.evaluate.Gold;
import org.w3id.r2p.extract.DocumentExtractor;
import org.w3id.r2p.extract.DocumentFacts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Measure extraction against gold annotations.", "Runs the extractors over a corpus and compares what they find with hand-made annotations "
                + "(one JSON file per document in the gold folder). Prints precision, recall and F1 per kind of "
                + "fact, how many documents have the right event and document dates, and every miss and false hit."})
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "seeds", description = "Folder of documents (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--gold", paramLabel = "DIR", required = true, description = "Folder of gold annotations, NAME.json per document.")
    Path gold;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DocumentExtractor extractor = DocumentExtractor.standard();
        List<DocumentFacts> facts = Corpus.read(corpus).documents().stream().map(extractor::extract).toList();
        Evaluation evaluation = Evaluation.of(facts, Gold.readFolder(gold));
        PrintWriter out = spec.commandLine().getOut();
        evaluation.report().forEach(out::println);
        out.flush();
        return ExitCodes.OK;
    }
}
