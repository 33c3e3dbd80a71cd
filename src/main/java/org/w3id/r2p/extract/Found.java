package org.w3id.r2p.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.w3id.r2p.corpus.Span;

/** What extractors have found in one document so far: mentions in text order, and facts about what they name. */
public record Found(List<Mention> mentions, List<EntityFact> facts) {
    public static final Found NOTHING = new Found(List.of(), List.of());

    public Found {
        mentions = mentions.stream().sorted((a, b) -> a.span().compareTo(b.span())).toList();
        facts = List.copyOf(facts);
    }

    public static Found of(List<Mention> mentions) {
        return new Found(mentions, List.of());
    }

    public Found plus(Found more) {
        List<Mention> allMentions = new ArrayList<>(mentions);
        allMentions.addAll(more.mentions);
        return new Found(allMentions, Stream.concat(facts.stream(), more.facts.stream()).toList());
    }

    public Stream<Mention> ofKind(EntityKind kind) {
        return mentions.stream().filter(m -> m.kind() == kind);
    }

    /** The mentions inside the span, in text order: found by binary search, as extractors ask this per sentence. */
    public Stream<Mention> within(Span span) {
        int low = 0;
        int high = mentions.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (mentions.get(middle).span().start() < span.start()) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return mentions.subList(low, mentions.size()).stream()
                .takeWhile(m -> m.span().start() <= span.end())
                .filter(m -> span.contains(m.span()));
    }

    public boolean overlapsAny(Span span) {
        return mentions.stream().anyMatch(m -> m.span().overlaps(span));
    }
}
