package org.w3id.r2p.extract.persons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.EntityFact;
import org.w3id.r2p.extract.EntityKind;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.Found;
import org.w3id.r2p.extract.Mention;
import org.w3id.r2p.extract.PersonFact;
import org.w3id.r2p.extract.TextUnits;

/**
 * Each person's roles, as the document words them, and the State or organization each role is held for.
 * <ul>
 *   <li>A role phrase beside a mention (see {@link RolePhrases}); a bare title ("Ambassador", "Professor") only
 *       for a person the document gives no fuller role.</li>
 *   <li>The affiliation is the State the role is "of" or that owns it ("Permanent Representative of Kenya",
 *       "Switzerland’s Permanent Representative"), not a State the role is about ("Special Envoy for Syria") nor
 *       one inside a body's name ("Chair of the Commission of Inquiry on Burundi"); else the organization the
 *       role is held in; else the body that "its" refers to ("Burundi, through its Permanent Representative, X");
 *       after a title, the State or organization the person is "of" ("Professor X of the University of Y").</li>
 * </ul>
 */
final class PersonRoles {
    private static final Pattern OF_AFTER = Pattern.compile("\\s+of\\s+(?:the\\s+)?");
    private static final Pattern OWNER_PRONOUN = Pattern.compile("(?i)(?<![\\p{L}])its\\s+$");
    private static final Pattern TOPIC_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:on|in|for|about|to|concerning|regarding|against|with)\\s+(?:the\\s+)?$");
    private static final Pattern DESTINATION_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])to\\s+(?:the\\s+)?$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s+\\p{Lu}|\\n\\s*\\n");
    private static final int OWNER_WITHIN = 200;

    private final PersonLexicon lexicon;

    PersonRoles(PersonLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The roles of the persons mentioned.
     *
     * @param names the names found before persons, for affiliations
     */
    List<EntityFact> facts(String text, List<Mention> persons, RolePhrases phrases, Found earlier, EarlierNames names) {
        Map<String, PersonFact> byPhrase = new LinkedHashMap<>();
        Map<EntityRef, PersonFact> byTitle = new LinkedHashMap<>();
        for (Mention mention : persons) {
            int titles = lexicon.titlesStart(text, mention.span().start());
            List<Span> roles = new ArrayList<>(phrases.after(mention.span()));
            Span before = phrases.rightBefore(titles);
            if (before == null) {
                before = phrases.commaBefore(titles);
            }
            if (before != null) {
                roles.add(before);
            }
            for (Span role : roles) {
                PersonFact fact = new PersonFact(mention.entity(), TextUnits.collapse(text, role), affiliation(text, role, earlier, names));
                if (fact.role().contains(" ")) {
                    byPhrase.putIfAbsent(mention.entity().key() + "\u0000" + fact.role().toLowerCase(Locale.ROOT), fact);
                } else {
                    byTitle.putIfAbsent(mention.entity(), fact);
                }
            }
            Span title = titleRole(text, titles, mention.span().start());
            if (title != null) {
                byTitle.putIfAbsent(mention.entity(), new PersonFact(mention.entity(), TextUnits.collapse(text, title),
                        ofAfter(text, mention.span(), earlier)));
            }
        }
        List<EntityFact> facts = new ArrayList<>(byPhrase.values());
        byTitle.values().stream()
                .filter(t -> byPhrase.values().stream().noneMatch(p -> p.entity().equals(t.entity())))
                .forEach(facts::add);
        return facts;
    }

    /** The last role among the titles before a name: "Ambassador" of "H.E. Ambassador". */
    private Span titleRole(String text, int titlesStart, int nameStart) {
        Matcher m = lexicon.role().matcher(text).region(titlesStart, nameStart);
        Span last = null;
        while (m.find()) {
            last = new Span(m.start(), m.end());
        }
        return last;
    }

    /** "X of the University of Y", "Ambassador X of the Netherlands": the State or organization right after "of". */
    private static EntityRef ofAfter(String text, Span name, Found earlier) {
        Matcher of = OF_AFTER.matcher(text).region(name.end(), text.length());
        if (!of.lookingAt()) {
            return null;
        }
        return earlier.mentions().stream()
                .filter(m -> m.span().start() == of.end() && (m.kind() == EntityKind.STATE || m.kind() == EntityKind.ORGANIZATION))
                .map(Mention::entity).findFirst().orElse(null);
    }

    private static EntityRef affiliation(String text, Span role, Found earlier, EarlierNames names) {
        List<Mention> inside = earlier.within(role).filter(m -> !names.isMisreadRole(m)).toList();
        List<Mention> bodies = inside.stream().filter(m -> m.kind() != EntityKind.STATE).toList();
        return inside.stream()
                .filter(m -> m.kind() == EntityKind.STATE && bodies.stream().noneMatch(b -> b.span().contains(m.span()))
                        && !before(TOPIC_BEFORE, text, role.start(), m.span().start()))
                .map(Mention::entity).findFirst()
                .or(() -> bodies.stream().filter(m -> m.kind() == EntityKind.ORGANIZATION
                        && !before(DESTINATION_BEFORE, text, role.start(), m.span().start())).map(Mention::entity).findFirst())
                .orElseGet(() -> owner(text, role, earlier));
    }

    /**
     * "Burundi, speaking through its Permanent Representative": the State or organization "its" refers to. Not
     * "their", which may share a role out ("Belgium and Botswana ... their Foreign Ministers, A and B").
     */
    private static EntityRef owner(String text, Span role, Found earlier) {
        int from = Math.max(0, role.start() - OWNER_WITHIN);
        if (!itsRightBefore(text, from, role.start())) {
            return null;
        }
        Matcher pronoun = OWNER_PRONOUN.matcher(text).region(from, role.start());
        if (!pronoun.find()) {
            return null;
        }
        Mention owner = null;
        for (Mention m : earlier.mentions()) {
            if (m.span().start() >= from && m.span().end() <= pronoun.start()
                    && (m.kind() == EntityKind.STATE || m.kind() == EntityKind.ORGANIZATION)
                    && !SENTENCE_END.matcher(text).region(m.span().end(), pronoun.start()).find()) {
                owner = m;
            }
        }
        return owner == null ? null : owner.entity();
    }

    /**
     * Whether "its" in any ASCII case ends where the blanks before {@code at} begin: what a match of
     * {@link #OWNER_PRONOUN} needs ({@code \\s+} and at most a final line terminator for {@code $} after it), and
     * what most roles lack, so that the pattern is not tried at every character of the stretch before them.
     */
    private static boolean itsRightBefore(String text, int from, int at) {
        int end = at;
        while (end > from && isBlankOrTerminator(text.charAt(end - 1))) {
            end--;
        }
        return end < at && end - 3 >= from && (text.charAt(end - 3) | 0x20) == 'i' && (text.charAt(end - 2) | 0x20) == 't'
                && (text.charAt(end - 1) | 0x20) == 's';
    }

    private static boolean isBlankOrTerminator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085'
                || c == '\u2028' || c == '\u2029';
    }

    private static boolean before(Pattern pattern, String text, int from, int at) {
        Matcher m = pattern.matcher(text).region(from, at);
        m.useTransparentBounds(true);
        return m.find();
    }
}
