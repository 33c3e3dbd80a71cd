package org.w3id.r2p.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.text.StartScan;
import org.w3id.r2p.extract.text.Starts;
import org.w3id.r2p.link.StateGazetteer;

/**
 * Finds regional networks, and what the text says of their secretariat and members. A sentence speaks of a
 * network when it names it or, after the document has named one, says "the network". The secretariat is the
 * organization that stands nearest before the word "secretariat" in such a sentence (else nearest after it);
 * members are the States named after the word "member(s)".
 */
public final class NetworkExtractor implements EntityExtractor {
    private static final String NETWORK = "network";
    private static final Pattern THE_NETWORK = Pattern.compile("(?i)\\b(?:the|this|that|its)\\s+network\\b");
    // Tried only where their words stand, in any ASCII case as (?i) compares.
    private static final StartScan SECRETARIAT = new StartScan(Pattern.compile("(?i)\\bsecretariat\\b"),
            Starts.prefixes(true, "secretariat"));
    private static final StartScan MEMBERS = new StartScan(Pattern.compile("(?i)\\bmembers?\\b(?!\\s+states)"),
            Starts.prefixes(true, "member"));

    private final NamedBodies bodies;

    public NetworkExtractor(StateGazetteer states) {
        this.bodies = NamedBodies.load(states);
    }

    @Override
    public Found extract(Document document, Found earlier) {
        String text = document.text();
        List<Mention> mentions = bodies.find(document).stream()
                .filter(body -> body.kind() == EntityKind.REGIONAL_NETWORK)
                .map(body -> new Mention(new EntityRef(EntityKind.REGIONAL_NETWORK, body.name()),
                        body.span().of(text), body.span(), document.id()))
                .toList();
        if (mentions.isEmpty()) {
            return Found.NOTHING;
        }
        Map<EntityRef, EntityRef> secretariats = new LinkedHashMap<>();
        Map<EntityRef, Set<EntityRef>> members = new LinkedHashMap<>();
        EntityRef lastNamed = null;
        for (Span sentence : TextUnits.sentences(text)) {
            List<Mention> named = mentions.stream().filter(m -> sentence.contains(m.span())).toList();
            if (!named.isEmpty()) {
                lastNamed = named.get(named.size() - 1).entity();
            } else if (lastNamed == null || !saysNetwork(text, sentence) || !THE_NETWORK.matcher(sentence.of(text)).find()) {
                continue;
            }
            EntityRef network = named.isEmpty() ? lastNamed : named.get(0).entity();
            secretariatIn(text, sentence, earlier).ifPresent(org -> secretariats.putIfAbsent(network, org));
            members.computeIfAbsent(network, n -> new LinkedHashSet<>()).addAll(membersIn(text, sentence, earlier));
        }
        List<EntityFact> facts = new ArrayList<>();
        for (EntityRef network : mentions.stream().map(Mention::entity).distinct().toList()) {
            EntityRef secretariat = secretariats.get(network);
            List<EntityRef> memberList = List.copyOf(members.getOrDefault(network, Set.of()));
            if (secretariat != null || !memberList.isEmpty()) {
                facts.add(new NetworkFact(network, secretariat, memberList));
            }
        }
        return new Found(mentions, facts);
    }

    /** Whether "network" stands in the sentence, in any case: most sentences lack it, and then no match is tried. */
    private static boolean saysNetwork(String text, Span sentence) {
        for (int i = sentence.start(); i + NETWORK.length() <= sentence.end(); i++) {
            char c = text.charAt(i);
            if ((c == 'n' || c == 'N') && text.regionMatches(true, i, NETWORK, 0, NETWORK.length())) {
                return true;
            }
        }
        return false;
    }

    private static Optional<EntityRef> secretariatIn(String text, Span sentence, Found earlier) {
        StartScan.Scan m = SECRETARIAT.in(text, sentence.start(), sentence.end());
        if (!m.find()) {
            return Optional.empty();
        }
        int at = m.start();
        List<Mention> organizations = earlier.within(sentence).filter(o -> o.kind() == EntityKind.ORGANIZATION).toList();
        return organizations.stream().filter(o -> o.span().end() <= at)
                .max(Comparator.comparingInt(o -> o.span().end()))
                .or(() -> organizations.stream().filter(o -> o.span().start() >= at)
                        .min(Comparator.comparingInt(o -> o.span().start())))
                .map(Mention::entity);
    }

    private static List<EntityRef> membersIn(String text, Span sentence, Found earlier) {
        StartScan.Scan m = MEMBERS.in(text, sentence.start(), sentence.end());
        if (!m.find()) {
            return List.of();
        }
        int at = m.end();
        return earlier.within(sentence).filter(s -> s.kind() == EntityKind.STATE && s.span().start() >= at)
                .map(Mention::entity).distinct().toList();
    }
}
