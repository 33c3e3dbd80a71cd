package org.w3id.r2p.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.atlas.io.StringWriterI;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.junit.jupiter.api.Test;

class RepeatedUrisTest {
    @Test
    void formatsAsJenaDoesWithItsEscapes() {
        RepeatedUris uris = new RepeatedUris();
        for (String uri : new String[] {"https://w3id.org/r2p/id/state/CIV", "http://example.org/a b<c>\"d{e}|f^g`h\\i",
                "http://example.org/côte\u0007\n", "http://example.org/\uD83D\uDE00"}) {
            StringWriterI expected = new StringWriterI();
            new NodeFormatterNT().formatURI(expected, uri);
            assertEquals(expected.toString(), uris.formatted(uri), uri);
        }
        assertEquals("<http://example.org/a\\u0020b\\u003Cc\\u003E\\u0022d\\u007Be\\u007D\\u007Cf\\u005Eg\\u0060h\\u005Ci>",
                uris.formatted("http://example.org/a b<c>\"d{e}|f^g`h\\i"));
    }

    @Test
    void formatsARepeatedIriOnce() {
        RepeatedUris uris = new RepeatedUris();
        String first = uris.formatted(new String("https://w3id.org/r2p/id/state/CIV"));
        assertSame(first, uris.formatted(new String("https://w3id.org/r2p/id/state/CIV")));
    }

    @Test
    void startsAgainPastItsBound() {
        RepeatedUris uris = new RepeatedUris();
        for (int i = 0; i < RepeatedUris.MAX_ENTRIES + 10; i++) {
            assertEquals("<http://example.org/" + i + ">", uris.formatted("http://example.org/" + i));
        }
        assertTrue(uris.size() <= RepeatedUris.MAX_ENTRIES);
        assertEquals(10, uris.size());
    }
}
