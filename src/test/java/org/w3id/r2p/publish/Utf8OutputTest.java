package org.w3id.r2p.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

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
