package org.w3id.r2p.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Span;

/**
 * Shorter names that point to a mechanism the document names in full: a form without its complement ("the
 * Commission of Inquiry", "the Special Rapporteur"), a capitalised head noun after "the" ("the Commission", "the
 * Mission", "the Mechanism"), and a short name found by its shape that repeats part of a full one ("the Regional
 * Committee", "the Global Network"). Each names the last body before it whose name holds the same words, if that
 * body is a mechanism (or, for a short name, a network): "the Commission" after "the Peacebuilding Commission"
 * names no mechanism. A form without complement and with no such body before it names the first one after it (a
 * headline before the text that names the body in full).
 */
final class MechanismReferences {
    private static final List<String> HEAD_NOUNS = List.of("Commission", "Mission", "Mechanism", "Team", "Panel",
            "Court", "Tribunal", "Chambers");
    /** After a head noun, what shows it is not the start of a longer name ("the Commission on the Status of Women"). */
    private static final Pattern ALONE = Pattern.compile("(?![\\p{L}\\p{N}-])(?!\\s+(?:of|on|for|to|in|into)\\s)(?!\\s+\\p{Lu})");
    private static final Pattern PREPOSITION = Pattern.compile("\\b(?:of|on|for|to|in|into|against)\\b");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Set<EntityKind> MECHANISMS = EnumSet.of(EntityKind.MECHANISM);
    private static final Set<EntityKind> MECHANISMS_AND_NETWORKS = EnumSet.of(EntityKind.MECHANISM, EntityKind.REGIONAL_NETWORK);

    /** Folded names by name: every reference compares its words with the name of every body before it. */
    private final Map<String, String> foldedNames = new HashMap<>();

    private MechanismReferences() {}

    /**
     * The bodies with the references resolved: short names found by shape turned to the body they repeat; each
     * form without complement added as the body it points to (or, for a commission of inquiry or fact-finding
     * mission named nowhere in full, as a name of its own); each "the Commission" that points to a mechanism.
     */
    static List<NamedBodies.Body> resolve(String text, List<NamedBodies.Body> bodies, List<MechanismForms.Match> incomplete) {
        return new MechanismReferences().resolveAll(text, bodies, incomplete);
    }

    private List<NamedBodies.Body> resolveAll(String text, List<NamedBodies.Body> bodies, List<MechanismForms.Match> incomplete) {
        List<NamedBodies.Body> result = new ArrayList<>();
        for (NamedBodies.Body body : bodies) {
            boolean shortName = !body.known() && body.kind() == EntityKind.ORGANIZATION
                    && !PREPOSITION.matcher(body.name()).find();
            Optional<NamedBodies.Body> repeated = shortName
                    ? before(result, body.span().start(), folded(body.name()), MECHANISMS_AND_NETWORKS) : Optional.empty();
            result.add(repeated.map(full -> full.at(body.span())).orElse(body));
        }
        for (MechanismForms.Match form : incomplete) {
            String head = folded(form.head().of(text));
            Optional<NamedBodies.Body> named = before(result, form.span().start(), head, MECHANISMS)
                    .or(() -> after(result, form.span().end(), head));
            if (named.isPresent()) {
                result.add(named.get().at(form.span()));
            } else if (standsAlone(form.type())) {
                result.add(new NamedBodies.Body(form.kind(), form.name(), form.span(), false, form.type()));
            }
        }
        for (Span span : headNounsAfterThe(text)) {
            if (result.stream().noneMatch(b -> b.span().overlaps(span))) {
                before(result, span.start(), folded(span.of(text)), MECHANISMS).ifPresent(a -> result.add(a.at(span)));
            }
        }
        result.sort((a, b) -> a.span().compareTo(b.span()));
        return result;
    }

    /** "the Commission", "The Mission": a head noun alone after "the", in text order. */
    private static List<Span> headNounsAfterThe(String text) {
        TreeSet<Span> spans = new TreeSet<>();
        Matcher alone = ALONE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (String noun : HEAD_NOUNS) {
            for (int at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + noun.length())) {
                boolean afterThe = at >= 4 && (text.startsWith("the ", at - 4) || text.startsWith("The ", at - 4))
                        && (at == 4 || !Character.isLetterOrDigit(text.charAt(at - 5)));
                if (afterThe && alone.region(at + noun.length(), text.length()).lookingAt()) {
                    spans.add(new Span(at, at + noun.length()));
                }
            }
        }
        return List.copyOf(spans);
    }

    /** A commission of inquiry or fact-finding mission is one body even where the document never names it in full. */
    private static boolean standsAlone(MechanismType type) {
        return type == MechanismType.COMMISSION_OF_INQUIRY || type == MechanismType.FACT_FINDING_MISSION;
    }

    /** The last body before {@code at} whose name holds {@code words}, if it is of one of {@code kinds}. */
    private Optional<NamedBodies.Body> before(List<NamedBodies.Body> bodies, int at, String words, Set<EntityKind> kinds) {
        NamedBodies.Body last = null;
        for (NamedBodies.Body body : bodies) {
            if (body.span().end() <= at && (last == null || body.span().start() > last.span().start()) && holds(body, words)) {
                last = body;
            }
        }
        return Optional.ofNullable(last).filter(b -> kinds.contains(b.kind()));
    }

    /** The first mechanism after {@code at} whose name holds {@code words}. */
    private Optional<NamedBodies.Body> after(List<NamedBodies.Body> bodies, int at, String words) {
        return bodies.stream().filter(b -> b.span().start() >= at && holds(b, words))
                .min((a, b) -> a.span().compareTo(b.span())).filter(b -> b.kind() == EntityKind.MECHANISM);
    }

    private boolean holds(NamedBodies.Body body, String words) {
        return foldedNames.computeIfAbsent(body.name(), name -> " " + folded(name) + " ").contains(" " + words + " ");
    }

    /** Lower case, words separated by single spaces: "Fact‑Finding Mission" and "fact finding mission" agree. */
    private static String folded(String words) {
        return NOT_LETTERS.matcher(words.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
