import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.w3id.r2p.corpus.Corpus;
import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.extract.DocumentExtractor;
import org.w3id.r2p.extract.DocumentFacts;

/**
 * Extraction alone, on one thread, in CPU seconds of that thread: reading the corpus and building the graph are
 * left out, so that the figure is the extractors' own. Later rounds show the cost once the JIT has warmed up.
 * <pre>
 *   java -cp target/r2p-kg.jar bench/ExtractBench.java CORPUS_DIR [ROUNDS]
 * </pre>
 */
public class ExtractBench {
    public static void main(String[] args) throws Exception {
        Corpus corpus = Corpus.read(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        DocumentExtractor extractor = DocumentExtractor.standard();
        long bytes = corpus.documents().stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            long before = threads.getCurrentThreadCpuTime();
            long findings = 0;
            for (Document document : corpus.documents()) {
                DocumentFacts facts = extractor.extract(document);
                findings += facts.mentions().size() + facts.statements().size();
            }
            double seconds = (threads.getCurrentThreadCpuTime() - before) / 1e9;
            System.out.printf("round %d: %d documents, %.2f MB of text, %.2f CPU-s, %.3f MB/s, %d mentions and statements%n",
                    round, corpus.documents().size(), bytes / 1e6, seconds, bytes / 1e6 / seconds, findings);
        }
    }
}
