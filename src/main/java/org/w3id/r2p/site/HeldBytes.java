package org.w3id.r2p.site;

import java.util.ArrayList;
import java.util.List;

/**
 * The bytes of a held response ({@link BufferedResponse}), in chunks of a fixed size. A growing array (a
 * {@code ByteArrayOutputStream}) copies itself at each doubling, and past half a heap region each copy is a
 * "humongous" object, which G1 allocates apart and which can start a marking of the whole heap, graph and all: an
 * answer of a few megabytes made several.
 */
final class HeldBytes {
    private static final int CHUNK = 1 << 16;

    private final List<byte[]> full = new ArrayList<>();
    private byte[] current = new byte[CHUNK];
    private int used;

    long size() {
        return (long) full.size() * CHUNK + used;
    }

    void write(byte[] b, int off, int len) {
        while (len > 0) {
            if (used == CHUNK) {
                full.add(current);
                current = new byte[CHUNK];
                used = 0;
            }
            int n = Math.min(len, CHUNK - used);
            System.arraycopy(b, off, current, used, n);
            used += n;
            off += n;
            len -= n;
        }
    }

    void reset() {
        full.clear();
        used = 0;
    }

    byte[] toByteArray() {
        byte[] bytes = new byte[Math.toIntExact(size())];
        int at = 0;
        for (byte[] chunk : full) {
            System.arraycopy(chunk, 0, bytes, at, CHUNK);
            at += CHUNK;
        }
        System.arraycopy(current, 0, bytes, at, used);
        return bytes;
    }
}
