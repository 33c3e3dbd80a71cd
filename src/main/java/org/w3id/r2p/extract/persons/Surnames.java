package org.w3id.r2p.extract.persons;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.EntityKind;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.Found;
import org.w3id.r2p.extract.Mention;

/**
 * Which person each use of a name refers to. A document names a person in full once and then by surname
 * ("Elisabeth Bergström-Haddad ... Ms. Bergström-Haddad said ..."): every final part of a full name
 * ("Ferreira Rodó", "Rodó" of "Ana Lucía Ferreira Rodó") that belongs to that full name only is the same person,
 * and a titled first word is too, for names written family name first ("Mr. Ban" of "Ban Ki-moon"). A surname
 * with no fuller name in the document is a person of its own, labelled as written.
 * <p>
 * Every use of a known name is a mention: the full name anywhere; a surname after a title, or standing alone
 * (not inside a longer run of capitalised words) unless the document also uses it as a common word in lower case.
 */
final class Surnames {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final PersonLexicon lexicon;
    private final PersonNames names;

    Surnames(PersonLexicon lexicon, PersonNames names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /** The mentions of the persons named, each with the person's fullest name as its key. */
    List<Mention> mentions(String text, String documentId, List<PersonNames.Name> found, Found earlier) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (PersonNames.Name name : found) {
            labels.putIfAbsent(key(name.label()), name.label().replaceAll("\\s+", " "));
        }
        Map<String, String> fullByVariant = variants(labels, found);
        List<Mention> mentions = new ArrayList<>();
        String lowerText = text.toLowerCase(Locale.ROOT);
        List<Map.Entry<String, String>> longestFirst = fullByVariant.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().split(" ").length).reversed())
                .toList();
        for (Map.Entry<String, String> variant : longestFirst) {
            boolean partial = !variant.getKey().equals(key(variant.getValue()));
            boolean oneWord = !variant.getKey().contains(" ");
            boolean commonWord = oneWord && containsWord(lowerText, variant.getKey());
            Matcher m = occurrence(variant.getKey()).matcher(text);
            while (m.find()) {
                Span span = new Span(m.start(), m.end());
                if (!Character.isUpperCase(text.charAt(span.start())) && !lexicon.isParticle(m.group().split("\\s+")[0])) {
                    continue; // "green" is not Mr. Green
                }
                boolean titled = names.titlesStart(text, span.start()) < span.start();
                boolean accepted = !partial && !oneWord || titled || standsAlone(text, span) && !commonWord;
                if (accepted && !names.isTaken(text, span, earlier) && mentions.stream().noneMatch(x -> x.span().overlaps(span))) {
                    mentions.add(new Mention(new EntityRef(EntityKind.PERSON, variant.getValue()), span.of(text), span, documentId));
                }
            }
        }
        return mentions;
    }

    /**
     * Each name and each final part of a full name, mapped to the full name; a part shared by two full names
     * stays its own. A titled single word that opens exactly one full name is that name too.
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
                List<String> opened = labels.values().stream().filter(l -> key(l).startsWith(key + " ")).toList();
                if (opened.size() == 1) {
                    byVariant.put(key, opened.get(0));
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

    private static boolean containsWord(String lowerText, String word) {
        return Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(word) + "(?![\\p{L}\\p{M}])").matcher(lowerText).find();
    }

    /** The name in any case and with any hyphen, as a whole word. */
    private static Pattern occurrence(String key) {
        String words = Arrays.stream(key.split(" "))
                .map(w -> Arrays.stream(w.split("-", -1)).map(Pattern::quote).collect(Collectors.joining(PersonLexicon.HYPHEN)))
                .collect(Collectors.joining("\\s+"));
        return Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}'’\\-\\u2011\\u2010])" + words + "(?![\\p{L}\\p{M}\\p{N}]|"
                + PersonLexicon.HYPHEN + "\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Names compared in lower case, with one kind of hyphen and single spaces. */
    static String key(String name) {
        return SPACES.matcher(name.strip()).replaceAll(" ").replaceAll(PersonLexicon.HYPHEN, "-").toLowerCase(Locale.ROOT);
    }
}
