package org.w3id.r2p.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
    /** The seeds are the five shared documents, unchanged: their SHA-256 sums were taken from the shared copies. */
    @Test
    void projectSeedsHaveTheRecordedChecksums() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/seeds.sha256"));
        for (String line : lines) {
            String[] sumAndName = line.split("\\s+", 2);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(Path.of("seeds", sumAndName[1])));
            assertEquals(sumAndName[0], HexFormat.of().formatHex(digest), sumAndName[1]);
        }
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            assertEquals(lines.size(), files.count());
        }
    }

    /** Where the shared folder is beside the project (a developer's checkout, not a user's clone), compare with it. */
    @Test
    void projectSeedsAreTheSharedSeedsByteForByte() throws IOException {
        Path shared = Path.of("../shared/seeds");
        assumeTrue(Files.isDirectory(shared), "no ../shared/seeds beside this clone");
        try (Stream<Path> files = Files.list(shared)) {
            for (Path file : files.toList()) {
                assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(Path.of("seeds").resolve(file.getFileName())),
                        file.getFileName().toString());
            }
        }
    }

    @Test
    void readsTextFilesInNameOrderWithIdsFromFileNames(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.txt"), "Second");
        Files.writeString(dir.resolve("a.txt"), "First");
        Files.writeString(dir.resolve("notes.csv"), "not a document");
        Corpus corpus = Corpus.read(dir);
        assertEquals(2, corpus.documents().size());
        assertEquals("a", corpus.documents().get(0).id());
        assertEquals("b.txt", corpus.documents().get(1).fileName());
    }

    @Test
    void reportsAMissingFolderByName(@TempDir Path dir) {
        CorpusException e = assertThrows(CorpusException.class, () -> Corpus.read(dir.resolve("nowhere")));
        assertTrue(e.getMessage().contains("nowhere"));
    }

    @Test
    void readsWindows1252WithAWarning(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("latin1.txt"), "C\u00F4te d'Ivoire".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Corpus corpus = Corpus.read(dir);
        assertEquals("C\u00F4te d'Ivoire", corpus.documents().get(0).text());
        assertEquals(1, corpus.warnings().size());
        assertTrue(corpus.warnings().get(0).contains("latin1.txt"));
    }

    @Test
    void readsUtf8WithByteOrderMarkAndCrlf(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("bom.txt"), "\uFEFFFirst line\r\nsecond".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Corpus corpus = Corpus.read(dir);
        assertEquals("First line\nsecond", corpus.documents().get(0).text());
        assertTrue(corpus.warnings().isEmpty());
    }

    @Test
    void refusesTwoFilesWithTheSameId(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("note.txt"), "A");
        Files.writeString(dir.resolve("note.html"), "<p>B</p>");
        CorpusException e = assertThrows(CorpusException.class, () -> Corpus.read(dir));
        assertTrue(e.getMessage().contains("'note'"), e.getMessage());
    }

    @Test
    void readsHtmlWithoutScriptsStylesOrNavigation(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("page.html"), "<html><head><title>T</title><style>p{}</style></head><body>"
                + "<nav>Menu</nav><h1>Heading</h1><p>First <b>bold</b> paragraph.</p><script>x()</script>"
                + "<p>Second<br>line.</p><footer>Foot</footer></body></html>");
        String text = Corpus.read(dir).documents().get(0).text();
        assertEquals("T\n\nHeading\n\nFirst bold paragraph.\n\nSecond\nline.\n", text);
    }
}
