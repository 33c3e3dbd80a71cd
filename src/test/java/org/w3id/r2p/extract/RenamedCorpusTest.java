package org.w3id.r2p.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.r2p.corpus.Corpus;
import org.w3id.r2p.corpus.Document;

/** Nothing depends on a file's name or place in the corpus: renamed, reordered copies of the seeds give the same facts. */
class RenamedCorpusTest {
    @Test
    void renamedAndReorderedSeedsGiveTheSameFacts(@TempDir Path dir) throws Exception {
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            seeds = files.sorted().toList();
        }
        for (int i = 0; i < seeds.size(); i++) {
            // Reverse the order and give names that say nothing of the originals.
            Files.copy(seeds.get(i), dir.resolve("doc-" + (char) ('e' - i) + ".txt"));
        }
        Set<String> original = facts(Corpus.read(Path.of("seeds")).documents());
        Set<String> renamed = facts(Corpus.read(dir).documents());
        assertEquals(original, renamed);
    }

    /** Every fact of every document, without the document's id. */
    private static Set<String> facts(List<Document> documents) {
        DocumentExtractor extractor = DocumentExtractor.standard();
        Set<String> facts = new TreeSet<>();
        for (Document document : documents) {
            DocumentFacts f = extractor.extract(document);
            String doc = document.text().substring(0, Math.min(40, document.text().length())).strip();
            f.mentions().forEach(m -> facts.add(doc + " | mention " + m.entity() + " at " + m.span()));
            f.facts().forEach(x -> facts.add(doc + " | fact " + x));
            f.statements().forEach(s -> facts.add(doc + " | statement " + s.speaker() + " " + s.span() + " " + s.pillars()
                    + s.mechanisms() + s.onBehalfOf() + s.deliveredBy() + s.languages() + s.topics()));
            facts.add(doc + " | metadata " + f.metadata());
        }
        return facts;
    }
}
