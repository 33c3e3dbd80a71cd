package org.w3id.r2p.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.r2p.corpus.Corpus;
import org.w3id.r2p.corpus.Document;

/**
 * Title, date, place and event of documents written in the genres of the R2P record (meetings coverage of the
 * General Assembly and the Security Council, a Human Rights Council dialogue, datelined press releases and
 * communiqués, a forum report, statements, a news page), against {@code dating/expected.tsv}.
 */
class DatingCasesTest {
    private static final Path DATING = Path.of("src/test/resources/dating");

    @TestFactory
    Stream<DynamicTest> eachDocumentHasTheTitleDatePlaceAndEventAReaderSees() throws Exception {
        Map<String, String[]> expected = new TreeMap<>();
        for (String line : Files.readAllLines(DATING.resolve("expected.tsv"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] fields = line.split("\t", -1);
                expected.put(fields[0], fields);
            }
        }
        List<Document> documents = Corpus.read(DATING.resolve("corpus")).documents();
        assertEquals(expected.keySet(), new TreeSet<>(documents.stream().map(Document::id).toList()));
        DocumentExtractor extractor = DocumentExtractor.standard();
        return documents.stream().map(document -> DynamicTest.dynamicTest(document.id(), () -> {
            DocumentMetadata metadata = extractor.extract(document).metadata();
            EventFinding event = metadata.event();
            String[] want = expected.get(document.id());
            String actual = String.join("\t", document.id(), orEmpty(metadata.title()), orEmpty(metadata.date()),
                    orEmpty(metadata.place()), event == null ? "" : event.date().toString(),
                    event == null ? "" : orEmpty(event.end()), event == null ? "" : event.kind());
            assertEquals(String.join("\t", want), actual);
        }));
    }

    private static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }
}
