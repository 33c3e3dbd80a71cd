package org.w3id.r2p.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.io.AWriterBase;

/**
 * Text written to a byte stream as UTF-8, through one unsynchronised buffer: Jena's own UTF-8 writer goes through a
 * {@code BufferingWriter} and an {@code OutputStreamWriter} with a lock and an exception check on every term, which
 * cost more than the terms. The bytes are the same: a character that is not valid UTF-16 (a lone surrogate) becomes
 * {@code ?} in both. {@link #flush()} writes what is buffered and flushes the stream; {@link #close()} does not close
 * it, since the caller owns it.
 * <pre>
 *   Utf8Output text = new Utf8Output(out);
 *   text.print("&lt;https://w3id.org/r2p/&gt; .\n");
 *   text.flush();
 * </pre>
 */
public final class Utf8Output extends AWriterBase {
    /** Characters held before they are encoded and written. */
    private static final int BUFFER = 1 << 15;

    private final OutputStream out;
    private final StringBuilder buffer = new StringBuilder(BUFFER + 1024);

    public Utf8Output(OutputStream out) {
        this.out = out;
    }

    @Override
    public void print(char ch) {
        buffer.append(ch);
        drainIfFull();
    }

    @Override
    public void print(char[] chars) {
        buffer.append(chars);
        drainIfFull();
    }

    @Override
    public void print(String text) {
        buffer.append(text);
        drainIfFull();
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
        drain(buffer.length());
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        flush();
    }

    private void drainIfFull() {
        if (buffer.length() >= BUFFER) {
            // A surrogate pair split across two writes would be encoded as two bad characters: keep its first half.
            int end = buffer.length();
            drain(Character.isHighSurrogate(buffer.charAt(end - 1)) ? end - 1 : end);
        }
    }

    private void drain(int end) {
        if (end == 0) {
            return;
        }
        try {
            out.write(buffer.substring(0, end).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buffer.delete(0, end);
    }
}
