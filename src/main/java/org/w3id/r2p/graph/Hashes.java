package org.w3id.r2p.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short content hashes for IRIs that must not change while the content does not. */
final class Hashes {
    /**
     * One digest per thread: looking SHA-256 up through the security providers on every call cost more than
     * hashing a statement's words, and a digest is not safe to share between the threads that assemble documents.
     */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(Hashes::sha256);

    private Hashes() {}

    /** The first {@code bytes} bytes of the SHA-256 of the text's UTF-8, in lower-case hex. */
    static String sha256Hex(String text, int bytes) {
        byte[] digest = SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
