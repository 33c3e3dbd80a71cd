package org.w3id.r2p.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Span;

/**
 * Shorter names that point back to a mechanism the document has named in full: a form without its complement
 * ("the Commission of Inquiry", "the Special Rapporteur") and a capitalised head noun after "the" ("the
 * Commission", "the Mission", "the Mechanism"). Each names the last body before it whose name has the same head,
 * if that body is a mechanism; "the Commission" after "the Peacebuilding Commission" names no mechanism.
 */
final class MechanismReferences {
    private static final Pattern THE_HEAD = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[Tt]he (Commission|Mission|Mechanism|Team|Panel|Court|Tribunal|Chambers)(?![\\p{L}\\p{N}-])"
                    + "(?!\\s+(?:of|on|for|to|in|into)\\s)(?!\\s+\\p{Lu})");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

    private MechanismReferences() {}

    /**
     * The bodies with the references added: each incomplete form that points back to a mechanism named before it
     * (or, for a commission of inquiry or fact-finding mission named nowhere in full, the form as a name of its
     * own), and each "the Commission" that does.
     */
    static List<NamedBodies.Body> resolve(String text, List<NamedBodies.Body> bodies, List<MechanismForms.Match> incomplete) {
        List<NamedBodies.Body> result = new ArrayList<>(bodies);
        for (MechanismForms.Match form : incomplete) {
            Optional<NamedBodies.Body> antecedent = antecedent(result, form.span().start(), folded(form.head()));
            if (antecedent.isPresent()) {
                result.add(antecedent.get().at(form.span()));
            } else if (standsAlone(form.type())) {
                result.add(new NamedBodies.Body(form.kind(), form.name(), form.span(), false, form.type()));
            }
        }
        Matcher m = THE_HEAD.matcher(text);
        while (m.find()) {
            Span span = new Span(m.start(1), m.end(1));
            if (result.stream().noneMatch(b -> b.span().overlaps(span))) {
                antecedent(result, span.start(), folded(m.group(1))).ifPresent(a -> result.add(a.at(span)));
            }
        }
        result.sort((a, b) -> a.span().compareTo(b.span()));
        return result;
    }

    /** A commission of inquiry or fact-finding mission is one body even where the document never names it in full. */
    private static boolean standsAlone(MechanismType type) {
        return type == MechanismType.COMMISSION_OF_INQUIRY || type == MechanismType.FACT_FINDING_MISSION;
    }

    /** The last body before {@code at} whose name holds {@code head}, if it is a mechanism. */
    private static Optional<NamedBodies.Body> antecedent(List<NamedBodies.Body> bodies, int at, String head) {
        NamedBodies.Body last = null;
        for (NamedBodies.Body body : bodies) {
            if (body.span().end() <= at && (last == null || body.span().start() > last.span().start())
                    && (" " + folded(body.name()) + " ").contains(" " + head + " ")) {
                last = body;
            }
        }
        return Optional.ofNullable(last).filter(b -> b.kind() == EntityKind.MECHANISM);
    }

    /** Lower case, words separated by single spaces: "Fact‑Finding Mission" and "fact finding mission" agree. */
    private static String folded(String words) {
        return NOT_LETTERS.matcher(words.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
