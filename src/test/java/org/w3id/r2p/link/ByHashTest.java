package org.w3id.r2p.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ByHashTest {
    @Test
    void findsTheValuesOfAStringByItsHash() {
        ByHash<String> byHash = ByHash.of(Map.of("Guinea", List.of("GIN", "GNB"), "Papua", List.of("PNG")));
        assertEquals(List.of("GIN", "GNB"), byHash.get("Guinea".hashCode()));
        assertEquals(List.of("PNG"), byHash.get("Papua".hashCode()));
        assertNull(byHash.get("Niger".hashCode()));
    }

    @Test
    void joinsTheValuesOfStringsOfOneHashInTheMapsOrder() {
        assertEquals("Aa".hashCode(), "BB".hashCode());
        Map<String, List<Integer>> byString = new LinkedHashMap<>();
        byString.put("BB", List.of(1, 2));
        byString.put("Aa", List.of(3));
        assertEquals(List.of(1, 2, 3), ByHash.of(byString).get("Aa".hashCode()));
    }

    @Test
    void keepsThousandsOfStringsApart() {
        Map<String, List<Integer>> byString = new LinkedHashMap<>();
        for (int i = 0; i < 5000; i++) {
            byString.put("name" + i, List.of(i));
        }
        ByHash<Integer> byHash = ByHash.of(byString);
        for (int i = 0; i < 5000; i++) {
            assertEquals(List.of(i), byHash.get(("name" + i).hashCode()));
        }
        assertNull(byHash.get("name5000".hashCode()));
    }
}
