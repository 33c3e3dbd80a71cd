package org.w3id.r2p.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores the entities of an index against a name. A folded name equal to an entity's label or altLabel scores 100;
 * other names score by how many of their letter pairs and words they share, below 100, and those under
 * {@link #MIN_SCORE} are not proposed.
 * <pre>
 *   List&lt;Candidate&gt; candidates = new Reconciler(index).candidates(query);
 * </pre>
 */
public final class Reconciler {
    /** Below this a name shares too little with the query to be worth a reviewer's time. */
    static final int MIN_SCORE = 50;

    private final EntityIndex index;

    public Reconciler(EntityIndex index) {
        this.index = index;
    }

    /** The best candidates first (ties by label, then IRI), at most the query's limit. */
    public List<Candidate> candidates(ReconcileQuery query) {
        String key = NameKey.fold(query.text());
        List<Candidate> scored = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            if (query.types().contains(type)) {
                for (Entity entity : index.ofType(type)) {
                    int score = entity.names().stream().mapToInt(name -> score(key, NameKey.fold(name))).max().orElse(0);
                    if (score >= MIN_SCORE) {
                        scored.add(new Candidate(entity, score, false));
                    }
                }
            }
        }
        scored.sort(Comparator.comparingInt(Candidate::score).reversed()
                .thenComparing(c -> c.entity().label()).thenComparing(c -> c.entity().iri()));
        long exact = scored.stream().filter(c -> c.score() == 100).count();
        // An exact name two entities share (a person and an office of one name) is for the user to decide.
        return scored.stream().limit(query.limit())
                .map(c -> c.score() == 100 && exact == 1 ? new Candidate(c.entity(), 100, true) : c).toList();
    }

    static int score(String query, String name) {
        if (query.equals(name)) {
            return 100;
        }
        double similarity = Math.max(dice(bigrams(query), bigrams(name)), dice(words(query), words(name)));
        return Math.min(99, (int) Math.round(similarity * 100));
    }

    /** Twice the shared items over the items of both: 1 for the same sets, 0 for nothing in common. */
    private static double dice(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        List<String> rest = new ArrayList<>(b);
        int shared = 0;
        for (String item : a) {
            if (rest.remove(item)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }

    private static List<String> bigrams(String key) {
        List<String> pairs = new ArrayList<>();
        for (String word : key.split(" ")) {
            for (int i = 0; i + 1 < word.length(); i++) {
                pairs.add(word.substring(i, i + 2));
            }
        }
        return pairs;
    }

    private static List<String> words(String key) {
        Set<String> seen = new HashSet<>();
        return List.of(key.split(" ")).stream().filter(w -> !w.isEmpty() && seen.add(w)).toList();
    }
}
