package org.w3id.r2p.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.DocumentFacts;
import org.w3id.r2p.extract.DocumentMetadata;
import org.w3id.r2p.extract.EntityKind;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.Mention;

/** {@link FactsOutput} and {@link FactsInput}: the spill's format, read back equal or refused. */
class FactsCodecTest {
    @Test
    void everyKindOfFactComesBackEqual() throws IOException {
        DocumentFacts facts = FactsSpillTest.everyKindOfFact();
        assertEquals(List.of(facts, facts), readBack(List.of(facts, facts)));
    }

    @Test
    void theSeedsComeBackEqualAndInOrder() throws IOException {
        List<DocumentFacts> seeds = FactsSpillTest.seeds();
        assertEquals(seeds, readBack(seeds));
    }

    @Test
    void aLongTextComesBackCharForCharWithUnpairedSurrogatesAndNulls() throws IOException {
        StringBuilder text = new StringBuilder("Ghana ");
        while (text.length() < 3 * FactsOutput.CHUNK) {
            text.append("\u0000 é \uD83D\uDE00 \uD800 – ");
        }
        text.append('\uDC00'); // an unpaired low surrogate at the end of the last chunk
        Document document = new Document("long", "long.txt", text.toString(), List.of(), List.of());
        DocumentMetadata metadata = new DocumentMetadata(null, null, null, List.of(), null, List.of(), List.of(), null);
        DocumentFacts facts = new DocumentFacts(document, metadata,
                List.of(new Mention(EntityRef.state("GHA"), "Ghana", new Span(0, 5), "long")), List.of(), List.of());
        assertEquals(List.of(facts), readBack(List.of(facts)));
    }

    @Test
    void anEmptyTextComesBackEmpty() throws IOException {
        Document document = new Document("empty", "empty.txt", "", List.of(), List.of());
        DocumentMetadata metadata = new DocumentMetadata("", null, null, List.of(), null, List.of(""), List.of(), null);
        DocumentFacts facts = new DocumentFacts(document, metadata, List.of(), List.of(), List.of());
        assertEquals(List.of(facts, FactsSpillTest.everyKindOfFact()),
                readBack(List.of(facts, FactsSpillTest.everyKindOfFact())));
    }

    @Test
    void anUnknownKindOfEntityIsRefused() {
        StreamCorruptedException e = assertThrows(StreamCorruptedException.class,
                () -> read(documentWithAuthor(EntityKind.values().length, FactsOutput.NULL - 1 - 0)));
        assertEquals("No EntityKind numbered 6", e.getMessage());
    }

    @Test
    void aStringThatRefersForwardIsRefused() {
        StreamCorruptedException e = assertThrows(StreamCorruptedException.class,
                () -> read(documentWithAuthor(EntityKind.STATE.ordinal(), FactsOutput.NULL - 1 - 3)));
        assertEquals("No string numbered 3 precedes", e.getMessage());
    }

    @Test
    void aRecordRefusesWhatBreaksItsInvariants() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read(documentWithAuthor(EntityKind.STATE.ordinal(), FactsOutput.NULL - 1 - 1)));
        assertTrue(e.getMessage().startsWith("Blank key"), e.getMessage());
    }

    @Test
    void dataThatEndsEarlyIsRefused() throws IOException {
        byte[] whole = write(List.of(FactsSpillTest.everyKindOfFact()));
        byte[] cut = Arrays.copyOf(whole, whole.length - 3);
        assertThrows(EOFException.class, () -> read(cut));
    }

    private static List<DocumentFacts> readBack(List<DocumentFacts> written) throws IOException {
        byte[] bytes = write(written);
        List<DocumentFacts> read = new ArrayList<>();
        ByteArrayInputStream source = new ByteArrayInputStream(bytes);
        try (FactsInput in = new FactsInput(source)) {
            for (int i = 0; i < written.size(); i++) {
                read.add(in.read());
            }
            assertEquals(0, source.available(), "every byte written is read");
        }
        return read;
    }

    private static byte[] write(List<DocumentFacts> documents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (FactsOutput out = new FactsOutput(bytes)) {
            for (DocumentFacts facts : documents) {
                out.write(facts);
            }
        }
        return bytes.toByteArray();
    }

    private static DocumentFacts read(byte[] bytes) throws IOException {
        try (FactsInput in = new FactsInput(new ByteArrayInputStream(bytes))) {
            return in.read();
        }
    }

    /**
     * A document written by hand as far as its metadata's author: an entity of kind number {@code kind} whose key is
     * written as {@code key}. The document's strings are its id "d" (number 0) and its title " " (number 1).
     */
    private static byte[] documentWithAuthor(int kind, int key) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(1);
        out.writeUTF("d"); // id
        out.writeInt(FactsOutput.NULL - 1 - 0); // file name: the id again
        out.writeInt(FactsOutput.NULL - 1 - 0); // text: the id again
        out.writeInt(0); // links
        out.writeInt(0); // bold
        out.writeInt(1);
        out.writeUTF(" "); // title
        out.writeLong(FactsOutput.NO_DATE);
        out.writeInt(FactsOutput.NULL); // place
        out.writeInt(0); // kinds
        out.writeBoolean(false); // event
        out.writeInt(0); // symbols
        out.writeInt(0); // pillars
        out.writeByte(kind);
        out.writeInt(key);
        out.flush();
        return bytes.toByteArray();
    }
}
