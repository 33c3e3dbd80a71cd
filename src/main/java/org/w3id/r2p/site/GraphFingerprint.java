package org.w3id.r2p.site;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;

import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * A short hash naming the served data and the code that renders it, for {@code ETag}s. Each quad is hashed
 * alone and the hashes added, so the fingerprint does not depend on the order a store lists its quads in; the
 * time the code was built is mixed in, since new code may render the same graph differently.
 */
final class GraphFingerprint {
    private GraphFingerprint() {}

    /** Reads every quad: call inside a read transaction, once. */
    static String of(DatasetGraph dataset) {
        MessageDigest sha = sha256();
        long high = 0;
        long low = 0;
        long count = 0;
        for (Iterator<Quad> quads = dataset.find(); quads.hasNext(); count++) {
            ByteBuffer hash = ByteBuffer.wrap(sha.digest(NodeFmtLib.str(quads.next()).getBytes(StandardCharsets.UTF_8)));
            high += hash.getLong();
            low += hash.getLong();
        }
        String summary = high + ":" + low + ":" + count + ":" + codeBuildTime();
        return HexFormat.of().formatHex(sha.digest(summary.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }

    /** When the jar (or classes folder) this runs from was last written; 0 if that cannot be told. */
    private static long codeBuildTime() {
        CodeSource source = GraphFingerprint.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return 0;
        }
        try {
            return Files.getLastModifiedTime(Path.of(source.getLocation().toURI())).toMillis();
        } catch (URISyntaxException | IOException | FileSystemNotFoundException unknown) {
            return 0;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
