package org.w3id.r2p.extract.attribution;

import java.util.Collection;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3id.r2p.extract.EntityKind;
import org.w3id.r2p.extract.attribution.ReportingVerb.Ambiguity;

/**
 * The evidence an ambiguous reporting verb needs before its subject is read as making a statement:
 * <ul>
 *   <li>a form that is also a noun or an adjective ("views", "calls", "encouraging") is not a verb right after a
 *       possessive: "Mexico calls on all States", but not "Mexico's calls for restraint";</li>
 *   <li>a verb that commonly names an act ("supported", "concluded", "delivered") reports speech when a State or a
 *       person is its subject, as in a summary of a debate, or when what was said follows it ("that", a colon, a
 *       quotation mark); an organization's act ("the Assembly concluded its debate", "the Community supported
 *       them") is not a statement;</li>
 *   <li>a past participle that is not also a past ("written", "spoken") is a verb of its subject only after
 *       "has", "have" or "had" (and an adverb): "'Peter Thomson', written in ink" is not Peter Thomson writing.</li>
 * </ul>
 */
final class CueEvidence {
    private static final Pattern AFTER_POSSESSIVE = Pattern.compile("['\u2019]s\\s+\\z");
    private static final Pattern SPEECH_FOLLOWS = Pattern.compile("\\s*,?\\s*(?:that(?![\\p{L}])|:|[\"\u201C\u2018])");
    private static final Pattern AFTER_AUXILIARY = Pattern.compile(
            "(?<![\\p{L}])(?:has|have|had)\\s+(?:(?:also|\\p{L}+ly)\\s+)?\\z");
    private static final Set<EntityKind> SPEAKING_FOR_THEMSELVES = Set.of(EntityKind.STATE, EntityKind.PERSON);

    private final ReportingCues cues = ReportingCues.standard();

    /** Whether the reporting verb at {@code [start, end)} of the text, with subjects of these kinds, reports speech. */
    boolean reportsSpeech(String text, int start, int end, Collection<EntityKind> subjects) {
        String form = text.substring(start, end);
        ReportingVerb verb = cues.lemma(form).flatMap(cues::verb).orElseThrow(
                () -> new IllegalArgumentException("Not a reporting verb: " + form));
        Set<Ambiguity> ambiguities = verb.ambiguities();
        Set<Inflection> inflections = cues.inflections(form);
        String before = text.substring(Math.max(0, start - 30), start);
        if (inflections.equals(Set.of(Inflection.PAST_PARTICIPLE)) && !AFTER_AUXILIARY.matcher(before).find()) {
            return false;
        }
        boolean past = inflections.contains(Inflection.PAST) || inflections.contains(Inflection.PAST_PARTICIPLE);
        if (!past && (ambiguities.contains(Ambiguity.NOUN) || ambiguities.contains(Ambiguity.ADJECTIVE))
                && AFTER_POSSESSIVE.matcher(before).find()) {
            return false;
        }
        if (ambiguities.contains(Ambiguity.SENSE) && subjects.stream().noneMatch(SPEAKING_FOR_THEMSELVES::contains)) {
            return SPEECH_FOLLOWS.matcher(text).region(end, text.length()).lookingAt();
        }
        return true;
    }
}
