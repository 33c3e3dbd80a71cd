package org.w3id.r2p.extract.persons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.corpus.Tokens;
import org.w3id.r2p.extract.EntityKind;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.Mention;

/**
 * Which person each use of a name refers to. A document names a person in full once and then by surname
 * ("Elisabeth Bergström-Haddad ... Ms. Bergström-Haddad said ..."): every final part of a full name
 * ("Ferreira Rodó", "Rodó" of "Ana Lucía Ferreira Rodó") that belongs to that full name only is the same person,
 * and so is a titled word of it ("Mr. Ban" of "Ban Ki-moon", "Ms. Bachelet" of "Michelle Bachelet Jeria"). A surname
 * with no fuller name in the document is a person of its own, labelled as written.
 * <p>
 * Every use of a known name is a mention: the full name anywhere; a surname after a title, or standing alone
 * (not inside a longer run of capitalised words) unless the document also uses it as a common word in lower case.
 */
final class Surnames {
    private final PersonLexicon lexicon;

    Surnames(PersonLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The mentions of the persons named, each with the person's fullest name as its key.
     *
     * @param shapes the text's name-shaped pieces, where every use of a name stands
     * @param found  the names of persons, where the document makes plain that they are names
     */
    List<Mention> mentions(String text, String documentId, List<NameShapes.Shape> shapes, List<PersonNames.Name> found,
                           EarlierNames earlier) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (PersonNames.Name name : found) {
            labels.putIfAbsent(key(name.label()), Tokens.collapseSpaces(name.label(), 0, name.label().length()));
        }
        Map<String, String> fullByVariant = variants(labels, found);
        LowerCaseWords lowerCaseWords = new LowerCaseWords(text);
        List<Mention> mentions = new ArrayList<>();
        for (NameShapes.Shape shape : shapes) {
            addUses(text, documentId, shape, fullByVariant, earlier, lowerCaseWords, mentions);
        }
        return mentions;
    }

    /**
     * The uses of known names in one name-shaped piece, the longest first, none overlapping another. A method of its
     * own, with no stream or lambda inside its loops: the JIT compiles it once, instead of compiling the loop nest of
     * {@link #mentions} again at each of its loop heads.
     */
    private void addUses(String text, String documentId, NameShapes.Shape shape, Map<String, String> fullByVariant,
                         EarlierNames earlier, LowerCaseWords lowerCaseWords, List<Mention> mentions) {
        List<String> words = shape.words();
        int[] starts = wordStarts(shape);
        int firstOfShape = mentions.size();
        for (int length = words.size(); length > 0; length--) {
            for (int first = 0; first + length <= words.size(); first++) {
                int last = first + length - 1;
                Span span = new Span(starts[first], starts[last] + words.get(last).length());
                String variant = key(span.of(text));
                String full = fullByVariant.get(variant);
                if (full != null && !overlapsAny(mentions, firstOfShape, span) && !earlier.isTaken(span)
                        && isUse(text, span, variant, key(full), lowerCaseWords)) {
                    mentions.add(new Mention(new EntityRef(EntityKind.PERSON, full), span.of(text), span, documentId));
                }
            }
        }
    }

    private static boolean overlapsAny(List<Mention> mentions, int from, Span span) {
        for (int i = from; i < mentions.size(); i++) {
            if (mentions.get(i).span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A full name is always a use of it; a surname is after a title, or stands alone and is not a common word the
     * document also writes in lower case ("Young", "Price").
     */
    private boolean isUse(String text, Span span, String variant, String full, LowerCaseWords lowerCaseWords) {
        boolean surname = !variant.equals(full) || !variant.contains(" ");
        return !surname || lexicon.titlesStart(text, span.start()) < span.start()
                || standsAlone(text, span) && !lowerCaseWords.contains(variant);
    }

    /** Where each word of the shape starts: its words stand one space apart. */
    private static int[] wordStarts(NameShapes.Shape shape) {
        List<String> words = shape.words();
        int[] starts = new int[words.size()];
        int start = shape.span().start();
        for (int k = 0; k < starts.length; k++) {
            starts[k] = start;
            start += words.get(k).length() + 1;
        }
        return starts;
    }

    /**
     * Each name and each final part of a full name, mapped to the full name; a part shared by two full names
     * stays its own. A titled single word that is a word of exactly one full name is that name too: the family
     * name written first ("Mr. Ban" of "Ban Ki-moon") or before a second surname ("Ms. Bachelet" of "Michelle
     * Bachelet Jeria").
     */
    private static Map<String, String> variants(Map<String, String> labels, List<PersonNames.Name> found) {
        Map<String, List<String>> fullsByPart = new LinkedHashMap<>();
        for (String full : labels.values()) {
            String[] words = full.split(" ");
            for (int k = 1; k < words.length; k++) {
                String part = key(String.join(" ", List.of(words).subList(k, words.length)));
                fullsByPart.computeIfAbsent(part, p -> new ArrayList<>()).add(full);
            }
        }
        Map<String, String> byVariant = new LinkedHashMap<>();
        labels.forEach((key, label) -> byVariant.put(key, resolved(fullsByPart.get(key), label)));
        fullsByPart.forEach((part, fulls) -> byVariant.putIfAbsent(part, resolved(fulls, null)));
        byVariant.values().removeIf(v -> v == null);
        for (PersonNames.Name name : found) {
            String key = key(name.label());
            if (name.titled() && !key.contains(" ") && key.equals(key(byVariant.get(key)))) {
                List<String> holding = labels.values().stream()
                        .filter(l -> l.contains(" ") && List.of(key(l).split(" ")).contains(key)).toList();
                if (holding.size() == 1) {
                    byVariant.put(key, holding.get(0));
                }
            }
        }
        return byVariant;
    }

    /** The longest of the full names a part ends, if it ends all of them; else {@code otherwise}. */
    private static String resolved(List<String> fulls, String otherwise) {
        if (fulls == null) {
            return otherwise;
        }
        String longest = fulls.stream().max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
        boolean chain = fulls.stream().allMatch(f -> key(longest).endsWith(key(f)));
        return chain ? longest : otherwise;
    }

    /** Not right after or before another capitalised word: "Bergström-Haddad said", not "Haddad Foundation". */
    private static boolean standsAlone(String text, Span span) {
        int before = span.start() - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        boolean capitalBefore = before >= 0 && before < span.start() - 1 && Character.isLetter(text.charAt(before))
                && Character.isUpperCase(firstOfWord(text, before));
        boolean capitalAfter = span.end() + 1 < text.length() && text.charAt(span.end()) == ' '
                && Character.isUpperCase(text.charAt(span.end() + 1));
        return !capitalBefore && !capitalAfter;
    }

    private static char firstOfWord(String text, int last) {
        int i = last;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return text.charAt(i);
    }

    /**
     * Names compared in lower case, with one kind of hyphen (of {@link PersonLexicon#HYPHEN}) and single spaces;
     * read without a matcher, as this runs for every run of words in every name-shaped piece.
     */
    static String key(String name) {
        String stripped = name.strip();
        return Tokens.collapseSpaces(stripped, 0, stripped.length()).replace('\u2011', '-').replace('\u2010', '-')
                .toLowerCase(Locale.ROOT);
    }
}
