package org.w3id.r2p.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class Utf8OutputTest {
    @Test
    void writesTheSameBytesAsAnOutputStreamWriter() throws IOException {
        String text = "plain, é, ß, 中文, \uD83D\uDE00, a lone \uD800 surrogate and a lone \uDC00 one\n";
        assertArrayEquals(viaWriter(text), viaUtf8Output(text));
    }

    @Test
    void keepsASurrogatePairWholeAcrossTheBuffersEdge() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            text.append(i % 7 == 0 ? "\uD83D\uDE00" : "x");
        }
        for (int shift = 0; shift < 3; shift++) {
            String shifted = "y".repeat(shift) + text;
            assertArrayEquals(viaWriter(shifted), viaUtf8Output(shifted), "shift " + shift);
            // One character at a time, as Jena's escapers write literals.
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Utf8Output out = new Utf8Output(bytes);
            shifted.chars().forEach(c -> out.print((char) c));
            out.flush();
            assertArrayEquals(viaWriter(shifted), bytes.toByteArray(), "shift " + shift + ", char by char");
        }
    }

    @Test
    void writesRandomTextAsAnOutputStreamWriterDoesWhateverThePrintsItIsCutInto() throws IOException {
        Random random = new Random(7);
        char[] alphabet = {'a', '<', '\n', 'é', 'ß', '中', '\uFFFD', '\uD83D', '\uDE00', '\uD800', '\uDC00', '\u07FF', '\u0800'};
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int size = random.nextInt(round < 100 ? 50 : 70_000);
            for (int i = 0; i < size; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            // Ended by an ASCII character, as every dump is, so that no high surrogate is left waiting.
            String whole = text.append('.').toString();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Utf8Output out = new Utf8Output(bytes);
            int at = 0;
            while (at < whole.length()) {
                int next = Math.min(whole.length(), at + random.nextInt(40));
                if (next == at + 1) {
                    out.print(whole.charAt(at));
                } else {
                    out.print(whole.substring(at, next));
                }
                at = next;
            }
            out.flush();
            assertArrayEquals(viaWriter(whole), bytes.toByteArray(), "round " + round);
        }
    }

    @Test
    void printsAsciiAsPrintDoesAfterAWaitingSurrogateAndPastTheBuffer() throws IOException {
        String iri = "<https://w3id.org/r2p/id/state/GHA>";
        String longIri = "https://w3id.org/r2p/" + "x".repeat(70_000);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Output out = new Utf8Output(bytes);
        for (int i = 0; i < 2_000; i++) {
            out.printAscii(iri);
        }
        out.print('\uD83D');
        out.printAscii(iri);
        out.printAscii(longIri);
        out.print('\n');
        out.flush();
        assertArrayEquals(viaWriter(iri.repeat(2_000) + "\uD83D" + iri + longIri + "\n"), bytes.toByteArray());
    }

    @Test
    void writesNothingUntilFlushedAndClosingLeavesTheStreamToItsOwner() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Output out = new Utf8Output(bytes);
        out.println("line");
        assertEquals(0, bytes.size());
        out.close();
        out.printf("%d%n", 2);
        out.flush();
        assertEquals("line\n2" + System.lineSeparator(), bytes.toString(StandardCharsets.UTF_8));
    }

    private static byte[] viaWriter(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write(text);
        }
        return bytes.toByteArray();
    }

    private static byte[] viaUtf8Output(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Output out = new Utf8Output(bytes);
        out.print(text);
        out.flush();
        return bytes.toByteArray();
    }
}
