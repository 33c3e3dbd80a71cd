package org.w3id.r2p.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.r2p.support.Tmpfs;
import org.w3id.r2p.corpus.Corpus;
import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.DocumentExtractor;
import org.w3id.r2p.extract.DocumentFacts;
import org.w3id.r2p.extract.DocumentKind;
import org.w3id.r2p.extract.DocumentMetadata;
import org.w3id.r2p.extract.EntityKind;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.EventFinding;
import org.w3id.r2p.extract.MechanismFact;
import org.w3id.r2p.extract.MechanismType;
import org.w3id.r2p.extract.Mention;
import org.w3id.r2p.extract.NetworkFact;
import org.w3id.r2p.extract.PersonFact;
import org.w3id.r2p.extract.Pillar;
import org.w3id.r2p.extract.RegionalOrganizationFact;
import org.w3id.r2p.extract.StatementFinding;
import org.w3id.r2p.support.TestGraphs;

class FactsSpillTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final Tmpfs tmpfs = new Tmpfs();

    @Test
    void factsComeBackEqualAndInOrder() {
        List<DocumentFacts> written = new ArrayList<>();
        List<DocumentFacts> seeds = seeds();
        for (int i = 0; i < 8; i++) {
            written.addAll(seeds);
        }
        written.add(everyKindOfFact());
        List<DocumentFacts> read;
        try (FactsSpill spill = FactsSpill.create(dir)) {
            written.forEach(spill::write);
            read = spill.read().toList();
        }
        assertEquals(written, read);
    }

    @Test
    void theFileIsPrivateAndDeletedOnClose() throws IOException {
        Path file;
        try (FactsSpill spill = FactsSpill.create(dir)) {
            file = spill.file();
            assertTrue(file.startsWith(dir), file.toString());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            spill.write(everyKindOfFact());
            assertEquals(List.of(everyKindOfFact()), spill.read().toList());
        }
        assertFalse(Files.exists(file), file + " is left behind");
    }

    @Test
    void theFileIsDeletedWhenTheBuildFailsBeforeReadingItBack() {
        Path file;
        try (FactsSpill spill = FactsSpill.create(dir)) {
            file = spill.file();
            spill.write(everyKindOfFact());
        }
        assertFalse(Files.exists(file), file + " is left behind");
    }

    @Test
    void aMissingFolderIsOneLineNamingTheFileAndTheReason() {
        Path missing = dir.resolve("no-such-folder");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> FactsSpill.create(missing));
        assertTrue(e.getMessage().startsWith("Cannot create " + missing.resolve("r2p-kg-facts-")), e.getMessage());
        assertTrue(e.getMessage().endsWith(": no such folder"), e.getMessage());
    }

    @Test
    void aFileForAFolderIsOneLineNamingTheFileAndTheReason() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> FactsSpill.create(notAFolder));
        assertTrue(e.getMessage().contains(notAFolder.resolve("r2p-kg-facts-").toString()), e.getMessage());
        assertTrue(e.getMessage().endsWith(": Not a directory"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void aFullDiskIsOneLineNamingTheFileAndTheReason() throws Exception {
        Path disk = tmpfs.mount(dir.resolve("disk"), "size=4k");
        List<DocumentFacts> seeds = seeds();
        try (FactsSpill spill = FactsSpill.create(disk)) {
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> {
                seeds.forEach(spill::write);
                spill.read();
            });
            assertEquals("Cannot write the extracted facts to " + spill.file() + ": No space left on device", e.getMessage());
        }
        try (Stream<Path> left = Files.list(disk)) {
            assertEquals(List.of(), left.toList(), "nothing left on the disk");
        }
    }

    @Test
    void aDamagedFileFailsTheReadNamingTheFile() throws IOException {
        try (FactsSpill spill = FactsSpill.create(dir)) {
            spill.write(everyKindOfFact());
            Stream<DocumentFacts> read = spill.read();
            Files.write(spill.file(), new byte[] {1, 2, 3}); // not even deflated
            IllegalStateException e = assertThrows(IllegalStateException.class, read::toList);
            assertTrue(e.getMessage().startsWith("Cannot read the extracted facts back from " + spill.file()), e.getMessage());
        }
    }

    static List<DocumentFacts> seeds() {
        try {
            DocumentExtractor extractor = DocumentExtractor.standard();
            return Corpus.read(TestGraphs.SEEDS).documents().stream().map(extractor::extract).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every record and enum a document's facts can reach, with every optional part filled in. */
    static DocumentFacts everyKindOfFact() {
        Document document = new Document("all", "all.md", "Ghana spoke. The Board met.", List.of(new Span(0, 5)),
                List.of(new Span(13, 26)));
        EntityRef ghana = EntityRef.state("GHA");
        EntityRef person = new EntityRef(EntityKind.PERSON, "Ama Mensah");
        EntityRef board = new EntityRef(EntityKind.MECHANISM, "Peace Board (GHA)");
        EntityRef union = new EntityRef(EntityKind.ORGANIZATION, "African Union");
        EntityRef network = new EntityRef(EntityKind.REGIONAL_NETWORK, "Latin American Network");
        EntityRef group = new EntityRef(EntityKind.STATE_GROUP, "African Group");
        EventFinding event = new EventFinding("informal-interactive-dialogue", "Dialogue", LocalDate.of(2013, 9, 11),
                LocalDate.of(2013, 9, 12), "New York");
        DocumentMetadata metadata = new DocumentMetadata("All", LocalDate.of(2013, 9, 11), "New York",
                List.of(DocumentKind.STATEMENT, DocumentKind.LETTER), event, List.of("A/67/929"),
                List.of(Pillar.ONE, Pillar.THREE), person);
        return new DocumentFacts(document, metadata,
                List.of(new Mention(ghana, "Ghana", new Span(0, 5), "all"), new Mention(board, "Board", new Span(17, 22), "all")),
                List.of(new PersonFact(person, "Ambassador", ghana), new MechanismFact(board, true, ghana,
                                MechanismType.COMMISSION_OF_INQUIRY), new NetworkFact(network, union, List.of(ghana)),
                        new RegionalOrganizationFact(union)),
                List.of(new StatementFinding(ghana, new Span(0, 12), "Ghana spoke.", List.of(Pillar.TWO), List.of(board),
                        group, person, List.of("en"), List.of("https://w3id.org/r2p/topic/prevention"), "all")));
    }
}
