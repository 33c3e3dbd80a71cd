package org.w3id.r2p.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResultStoreTest {
    /** A result whose cost in the store, with its one-letter key, is exactly 500 bytes. */
    private static ResultStore.Result costing500() {
        return new ResultStore.Result("t", new byte[296]);
    }

    /** Offers the result twice, as a store keeps a result at its second offer. */
    private static void keep(ResultStore store, String key, ResultStore.Result result) {
        store.put(key, result);
        store.put(key, result);
    }

    @Test
    void keepsAResultAtItsSecondOfferOnly() {
        ResultStore store = new ResultStore(100_000, 1000);
        store.put("a", costing500());
        assertNull(store.get("a"), "offered once");
        assertEquals(0, store.heldBytes());
        store.put("a", costing500());
        assertNotNull(store.get("a"));
        store.put("a", costing500());
        assertNotNull(store.get("a"), "a kept result stays kept when offered again");
        for (int i = 0; i < 150; i++) {
            store.put("once" + i, costing500());
        }
        assertEquals(1, store.size(), "keys offered once keep nothing");
        assertEquals(500, store.heldBytes());
    }

    @Test
    void evictsTheLeastRecentlyUsedWhenTheBytesPassTheBudget() {
        ResultStore store = new ResultStore(1000, 1000);
        keep(store, "a", costing500());
        keep(store, "b", costing500());
        assertEquals(1000, store.heldBytes());
        assertNotNull(store.get("a"), "a is now the most recently used");
        keep(store, "c", costing500());
        assertNull(store.get("b"));
        assertNotNull(store.get("a"));
        assertNotNull(store.get("c"));
        assertEquals(1000, store.heldBytes());
    }

    @Test
    void neverHoldsMoreThanItsBudgetWhateverIsPut() {
        ResultStore store = new ResultStore(10_000, 2_000);
        for (int i = 0; i < 500; i++) {
            keep(store, "key" + i, new ResultStore.Result("text/csv", new byte[i * 7 % 2500]));
            assertTrue(store.heldBytes() <= 10_000, "held " + store.heldBytes());
        }
        assertTrue(store.size() > 1);
    }

    @Test
    void aResultLargerThanAnEntryMayBeIsNotKept() {
        ResultStore store = new ResultStore(10_000, 400);
        keep(store, "a", costing500());
        assertNull(store.get("a"));
        assertEquals(0, store.heldBytes());
    }

    @Test
    void replacingAResultCountsItOnce() {
        ResultStore store = new ResultStore(1000, 1000);
        keep(store, "a", costing500());
        store.put("a", costing500());
        assertEquals(500, store.heldBytes());
        assertEquals(1, store.size());
    }

    @Test
    void aZeroBudgetKeepsNothingAndANegativeOneIsRefused() {
        ResultStore store = new ResultStore(0, 1000);
        keep(store, "a", new ResultStore.Result("t", new byte[0]));
        assertNull(store.get("a"));
        assertThrows(IllegalArgumentException.class, () -> new ResultStore(-1, 10));
    }
}
