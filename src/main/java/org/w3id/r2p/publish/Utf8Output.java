package org.w3id.r2p.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;

import org.apache.jena.atlas.io.AWriterBase;

/**
 * Text written to a byte stream as UTF-8 through one byte buffer, for Jena's writers, which print a term a
 * character at a time: Jena's own {@code IO.wrapUTF8} passes every character through two writers, each with its
 * checks and exception handling, and a JDK encoder copies the text once more and falls to its slow loop for the
 * rest of a buffer after the first character that is not ASCII. The bytes are those of the JDK's
 * {@link OutputStreamWriter}, as in Jena's: a surrogate pair is one four-byte character, even across two prints;
 * a lone surrogate becomes {@code ?}; a high surrogate waits for the next character (and is not written by
 * {@link #flush()}). {@link #flush()} writes what is buffered and flushes the stream; {@link #close()} only
 * flushes, since the caller owns the stream.
 * <pre>
 *   Utf8Output text = new Utf8Output(out);
 *   text.print("&lt;https://w3id.org/r2p/&gt; .\n");
 *   text.flush();
 * </pre>
 */
public final class Utf8Output extends AWriterBase {
    private static final int BUFFER = 1 << 15;
    /** The most bytes one character can add: a lone high surrogate's {@code ?} and three bytes. */
    private static final int WIDEST = 4;
    private static final byte REPLACEMENT = '?';

    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER];
    private int length;
    /** A high surrogate printed last, waiting for its low half; 0 when none. */
    private char high;

    public Utf8Output(OutputStream out) {
        this.out = out;
    }

    @Override
    public void print(char ch) {
        if (length >= BUFFER - WIDEST) {
            drain();
        }
        if (ch < 0x80 && high == 0) {
            buffer[length++] = (byte) ch;
        } else {
            encode(ch);
        }
    }

    @Override
    public void print(char[] chars) {
        print(new String(chars));
    }

    /** ASCII, most of a dump, is copied as it is, as far as the buffer has room; the rest is encoded. */
    @Override
    public void print(String text) {
        int size = text.length();
        int i = 0;
        while (i < size) {
            if (length >= BUFFER - WIDEST) {
                drain();
            }
            int end = Math.min(size, i + BUFFER - WIDEST - length);
            if (high == 0) {
                // In locals, so that the loop keeps them in registers.
                byte[] bytes = buffer;
                int at = length;
                while (i < end) {
                    char c = text.charAt(i);
                    if (c >= 0x80) {
                        break;
                    }
                    bytes[at++] = (byte) c;
                    i++;
                }
                length = at;
            }
            if (i < end) {
                encode(text.charAt(i++));
            }
        }
    }

    /**
     * Text its caller has found to be all ASCII, copied into the buffer at once: {@link String#getBytes(int, int,
     * byte[], int)} keeps each character's low byte, which is the whole character in ASCII, and copies a Latin-1
     * string's bytes as they are, several times faster than encoding them one by one.
     */
    @SuppressWarnings("deprecation")
    public void printAscii(String text) {
        int size = text.length();
        if (high != 0 || size > BUFFER - WIDEST) {
            print(text);
            return;
        }
        if (length + size > BUFFER - WIDEST) {
            drain();
        }
        text.getBytes(0, size, buffer, length);
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
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        flush();
    }

    /** One character, with room for {@link #WIDEST} bytes: as the JDK's encoder writes it. */
    private void encode(char c) {
        if (high != 0) {
            char pending = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int codePoint = Character.toCodePoint(pending, c);
                buffer[length++] = (byte) (0xF0 | codePoint >> 18);
                buffer[length++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                buffer[length++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                buffer[length++] = (byte) (0x80 | codePoint & 0x3F);
                return;
            }
            buffer[length++] = REPLACEMENT;
        }
        if (c < 0x80) {
            buffer[length++] = (byte) c;
        } else if (c < 0x800) {
            buffer[length++] = (byte) (0xC0 | c >> 6);
            buffer[length++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            buffer[length++] = REPLACEMENT;
        } else {
            buffer[length++] = (byte) (0xE0 | c >> 12);
            buffer[length++] = (byte) (0x80 | c >> 6 & 0x3F);
            buffer[length++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void drain() {
        try {
            out.write(buffer, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        length = 0;
    }
}
