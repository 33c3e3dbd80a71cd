package org.w3id.r2p.extract.attribution;

import java.util.List;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.EntityKind;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.Found;
import org.w3id.r2p.extract.Mention;
import org.w3id.r2p.extract.StatementFinding;

/**
 * "Canada and Norway welcomed, respectively, the Fact-Finding Mission on X and the Commission of Inquiry on Y":
 * each subject named the mechanism in its place, not both.
 */
final class Respectively {
    private static final Pattern RESPECTIVELY = Pattern.compile("(?i)[\\s,]*respectively\\b");

    private Respectively() {}

    /**
     * The mechanisms of each of {@code subjects} subjects, in order, when "respectively" follows the cue and the
     * words after it name exactly one mechanism per subject; otherwise {@code null}.
     */
    static List<List<EntityRef>> mechanisms(String text, Found found, int subjects, Span afterCue) {
        if (subjects < 2 || !RESPECTIVELY.matcher(text).region(afterCue.start(), afterCue.end()).lookingAt()) {
            return null;
        }
        List<EntityRef> named = found.within(afterCue).filter(m -> m.kind() == EntityKind.MECHANISM)
                .map(Mention::entity).distinct().toList();
        return named.size() == subjects ? named.stream().map(List::of).toList() : null;
    }

    static StatementFinding withMechanisms(StatementFinding s, List<EntityRef> mechanisms) {
        return new StatementFinding(s.speaker(), s.span(), s.text(), s.pillars(), mechanisms, s.onBehalfOf(),
                s.deliveredBy(), s.languages(), s.topics(), s.documentId());
    }
}
