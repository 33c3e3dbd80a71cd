package org.w3id.r2p.extract.persons;

import java.util.List;

import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.EntityKind;
import org.w3id.r2p.extract.Found;
import org.w3id.r2p.extract.Mention;

/**
 * The names found before persons in one text (States, organizations, mechanisms, networks), which no person's name
 * overlaps. An organization's name that starts with a role ("Professor X of the University of Y", "Chair of the
 * Z Mission") is a role misread as a body: a person's name inside it, after its start, is free.
 */
final class EarlierNames {
    private final List<Mention> mentions;
    private final int longest;
    private final RolePhrases roles;

    EarlierNames(Found earlier, RolePhrases roles) {
        this.mentions = earlier.mentions();
        this.longest = mentions.stream().mapToInt(m -> m.span().end() - m.span().start()).max().orElse(0);
        this.roles = roles;
    }

    /** A name found before overlaps the span, and is not a misread role that the span lies within. */
    boolean isTaken(Span span) {
        for (int i = firstStartingAtOrAfter(span.end()) - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.span().start() + longest < span.start()) {
                break;
            }
            boolean misreadRole = m.kind() == EntityKind.ORGANIZATION && m.span().start() < span.start()
                    && roles.isRoleLed(m.span());
            if (m.span().overlaps(span) && !misreadRole) {
                return true;
            }
        }
        return false;
    }

    /** An organization that is a misread role: not an affiliation. */
    boolean isMisreadRole(Mention mention) {
        return mention.kind() == EntityKind.ORGANIZATION && roles.isRoleLed(mention.span());
    }

    private int firstStartingAtOrAfter(int position) {
        int low = 0;
        int high = mentions.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (mentions.get(middle).span().start() < position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
