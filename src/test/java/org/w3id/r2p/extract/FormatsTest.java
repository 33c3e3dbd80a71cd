package org.w3id.r2p.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.r2p.corpus.Corpus;
import org.w3id.r2p.corpus.Document;

/** The same record as text, HTML and PDF gives the same facts. */
class FormatsTest {
    private static final List<String> PARAGRAPHS = List.of(
            "Informal interactive dialogue on the responsibility to protect",
            "New York, 5 September 2019",
            "1. The representative of Ghana stressed that the prevention of atrocity crimes starts at home.",
            "2. The delegation of Peru noted the value of early warning and of the Universal Periodic Review.");

    @Test
    void textHtmlAndPdfGiveTheSameFacts(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("record-text.txt"), String.join("\n\n", PARAGRAPHS));
        Files.writeString(dir.resolve("record-html.html"), "<html><body>" + PARAGRAPHS.stream()
                .map(p -> "<p>" + p + "</p>").reduce("", String::concat) + "</body></html>");
        org.w3id.r2p.corpus.PdfSourceTestAccess.writeRecord(dir.resolve("record-pdf.pdf"));
        List<Document> documents = Corpus.read(dir).documents();
        DocumentExtractor extractor = DocumentExtractor.standard();
        Set<String> reference = null;
        for (Document document : documents) {
            DocumentFacts facts = extractor.extract(document);
            Set<String> summary = new TreeSet<>();
            facts.mentions().forEach(m -> summary.add("mentions " + m.entity().key()));
            facts.statements().forEach(s -> summary.add("speaker " + s.speaker().key() + " " + s.mechanisms()));
            summary.add("event " + facts.metadata().event());
            assertFalse(facts.statements().isEmpty(), document.fileName());
            if (reference == null) {
                reference = summary;
            } else {
                assertEquals(reference, summary, document.fileName());
            }
        }
    }
}
