package org.w3id.r2p.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.io.AWriterBase;

/**
 * Text written to a byte stream as UTF-8 through one plain character buffer, for Jena's writers, which print a
 * term a character at a time: Jena's own {@code IO.wrapUTF8} passes every character through two writers, each with
 * its checks and exception handling. The encoding is the JDK's {@link OutputStreamWriter}'s, as in Jena's, so the
 * bytes are the same (a lone surrogate becomes {@code ?} in both). {@link #flush()} writes what is buffered and
 * flushes the stream; {@link #close()} only flushes, since the caller owns the stream.
 * <pre>
 *   Utf8Output text = new Utf8Output(out);
 *   text.print("&lt;https://w3id.org/r2p/&gt; .\n");
 *   text.flush();
 * </pre>
 */
public final class Utf8Output extends AWriterBase {
    private static final int BUFFER = 1 << 14;

    private final Writer encoder;
    private final char[] buffer = new char[BUFFER];
    private int length;

    public Utf8Output(OutputStream out) {
        this.encoder = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    @Override
    public void print(char ch) {
        if (length == BUFFER) {
            drain();
        }
        buffer[length++] = ch;
    }

    @Override
    public void print(char[] chars) {
        print(new String(chars));
    }

    @Override
    public void print(String text) {
        int size = text.length();
        if (length + size > BUFFER) {
            drain();
            if (size > BUFFER) {
                encode(text);
                return;
            }
        }
        text.getChars(0, size, buffer, length);
        length += size;
    }

    @Override
    public void printf(String format, Object... args) {
        print(String.format(format, args));
    }

    @Override
    public void println(String text) {
        print(text);
        print('\n');
    }

    @Override
    public void println() {
        print('\n');
    }

    @Override
    public void flush() {
        drain();
        try {
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        flush();
    }

    /** Hands the buffer to the encoder, which keeps the first half of a surrogate pair until its second comes. */
    private void drain() {
        try {
            encoder.write(buffer, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        length = 0;
    }

    private void encode(String text) {
        try {
            encoder.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
