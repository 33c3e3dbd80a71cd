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

    @Test
    void evictsTheLeastRecentlyUsedWhenTheBytesPassTheBudget() {
        ResultStore store = new ResultStore(1000, 1000);
        store.put("a", costing500());
        store.put("b", costing500());
        assertEquals(1000, store.heldBytes());
        assertNotNull(store.get("a"), "a is now the most recently used");
        store.put("c", costing500());
        assertNull(store.get("b"));
        assertNotNull(store.get("a"));
        assertNotNull(store.get("c"));
        assertEquals(1000, store.heldBytes());
    }

    @Test
    void neverHoldsMoreThanItsBudgetWhateverIsPut() {
        ResultStore store = new ResultStore(10_000, 2_000);
        for (int i = 0; i < 500; i++) {
            store.put("key" + i, new ResultStore.Result("text/csv", new byte[i * 7 % 2500]));
            assertTrue(store.heldBytes() <= 10_000, "held " + store.heldBytes());
        }
        assertTrue(store.size() > 1);
    }

    @Test
    void aResultLargerThanAnEntryMayBeIsNotKept() {
        ResultStore store = new ResultStore(10_000, 400);
        store.put("a", costing500());
        assertNull(store.get("a"));
        assertEquals(0, store.heldBytes());
    }

    @Test
    void replacingAResultCountsItOnce() {
        ResultStore store = new ResultStore(1000, 1000);
        store.put("a", costing500());
        store.put("a", costing500());
        assertEquals(500, store.heldBytes());
        assertEquals(1, store.size());
    }

    @Test
    void aZeroBudgetKeepsNothingAndANegativeOneIsRefused() {
        ResultStore store = new ResultStore(0, 1000);
        store.put("a", new ResultStore.Result("t", new byte[0]));
        assertNull(store.get("a"));
        assertThrows(IllegalArgumentException.class, () -> new ResultStore(-1, 10));
    }
}
