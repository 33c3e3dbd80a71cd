package org.w3id.r2p.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
    @Test
    void projectSeedsAreTheSharedSeedsByteForByte() throws IOException {
        Path shared = Path.of("../shared/seeds");
        try (Stream<Path> files = Files.list(shared)) {
            for (Path file : files.toList()) {
                assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(Path.of("seeds").resolve(file.getFileName())),
                        file.getFileName().toString());
            }
        }
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            assertEquals(5, files.count());
        }
    }

    @Test
    void readsTextFilesInNameOrderWithIdsFromFileNames(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.txt"), "Second");
        Files.writeString(dir.resolve("a.txt"), "First");
        Files.writeString(dir.resolve("notes.md"), "not a document yet");
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
    void reportsAFileThatIsNotUtf8(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("latin1.txt"), new byte[] {'C', (byte) 0xF4, 't', 'e'});
        CorpusException e = assertThrows(CorpusException.class, () -> Corpus.read(dir));
        assertTrue(e.getMessage().contains("latin1.txt"));
    }
}
