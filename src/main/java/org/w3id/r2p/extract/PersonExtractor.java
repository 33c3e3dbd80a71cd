package org.w3id.r2p.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.link.DataFiles;

/**
 * Finds persons and their roles. A name is a run of capitalised words that
 * <ul>
 *   <li>follows a title ("Mr. Adama Dieng", "H.E. Mr. Peter Thomson", "Secretary-General Ban Ki-moon"), or</li>
 *   <li>stands in apposition to a role ("Tibi Galis, executive director of ...",
 *       "the UN special adviser on the prevention of genocide, Adama Dieng, ...").</li>
 * </ul>
 * Once a full name is known, the document's other uses of it, and of the surname after a title or as an
 * interview speaker ("Galis: ..."), are mentions of the same person. A role is the phrase in apposition, or the
 * title; the State or organization named in it is the person's affiliation.
 */
public final class PersonExtractor implements EntityExtractor {
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*[\\p{L}]";
    private static final String NAME = NAME_WORD + "(?: " + NAME_WORD + "){0,3}";
    private static final Pattern FULL_NAME_AFTER_ROLE = Pattern.compile(",\\s+(" + NAME_WORD + "(?: " + NAME_WORD + "){1,3}),");
    private static final Pattern NAME_BEFORE_ROLE = Pattern.compile(
            "(?<!\\p{Lu}[\\p{L}'’.-]{0,30} )(?<![\\p{L}])(" + NAME_WORD + "(?: " + NAME_WORD + "){1,3}),\\s+");
    private static final Pattern COMMA = Pattern.compile("\\A\\s*,\\s+");
    private static final Pattern SIGNATURE_LINE = Pattern.compile("(?m)^[ \\t]*(" + NAME_WORD + "(?: " + NAME_WORD + "){1,3})[ \\t]*$");
    private static final Set<String> SINGLE_NAME_TITLES = Set.of("Mr.", "Mr", "Ms.", "Ms", "Mrs.", "Mrs", "Dr.", "Dr",
            "Prof.", "Professor", "Ambassador", "Minister", "Judge", "President", "Senator", "H.E.");

    private final List<String> titles;
    private final Pattern titledName;
    private final Pattern roleWord;
    private final Set<String> notNames;
    /** Cities, which an untitled run of capitalised words may be ("ADDIS ABABA, Ethiopia, 12 June 2020 -"). */
    private final Places places;

    public PersonExtractor() {
        this.titles = DataFiles.lines(PersonExtractor.class, "person-titles.txt");
        List<String> roles = DataFiles.lines(PersonExtractor.class, "role-words.txt");
        String titleAlternatives = titles.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(t -> Pattern.quote(t) + (t.endsWith(".") ? "" : "(?![\\p{L}.])"))
                .collect(Collectors.joining("|"));
        this.titledName = Pattern.compile("((?:(?:" + titleAlternatives + ")\\s+(?:\\(\\p{Lu}+\\)\\s+)?)+)(" + NAME + ")");
        this.roleWord = Pattern.compile("(?i)(?<![\\p{L}-])(?:" + roles.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}])");
        Set<String> words = new LinkedHashSet<>();
        titles.forEach(t -> words.addAll(List.of(t.split("\\s+"))));
        roles.forEach(r -> words.addAll(List.of(r.split("\\s+"))));
        words.addAll(List.of("The", "General", "Assembly", "United", "Nations", "Council", "Secretary", "Office",
                "State", "States", "Member", "Government", "Republic", "Excellency", "Thank", "Please", "Dear"));
        this.notNames = Set.copyOf(words);
        this.places = new Places();
    }

    @Override
    public Found extract(Document document, Found earlier) {
        String text = document.text();
        Map<String, Span> firstFullName = new LinkedHashMap<>();
        List<Mention> mentions = new ArrayList<>();
        Matcher m = titledName.matcher(text);
        while (m.find()) {
            Span nameSpan = trimName(text, m.start(2), m.end(2), earlier);
            if (nameSpan == null) {
                continue;
            }
            String name = TextUnits.collapse(text, nameSpan);
            boolean full = name.contains(" ");
            if (full || allowsSingleName(m.group(1))) {
                putName(firstFullName, name, nameSpan);
            }
        }
        collectAppositions(text, earlier, firstFullName);
        collectSignatory(text, earlier, firstFullName);
        Map<String, String> fullByVariant = variants(firstFullName.keySet());
        for (Map.Entry<String, String> variant : fullByVariant.entrySet()) {
            Matcher occurrence = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(variant.getKey())
                    .replace(" ", "\\E\\s+\\Q") + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
            while (occurrence.find()) {
                Span span = new Span(occurrence.start(), occurrence.end());
                boolean surnameOnly = !variant.getKey().equals(variant.getValue()) && !variant.getKey().contains(" ");
                if (surnameOnly && !isTitledOrTurn(text, span)) {
                    continue;
                }
                if (!earlier.overlapsAny(span) && mentions.stream().noneMatch(x -> x.span().overlaps(span))) {
                    mentions.add(new Mention(new EntityRef(EntityKind.PERSON, variant.getValue()), span.of(text), span, document.id()));
                }
            }
        }
        Found persons = Found.of(mentions);
        return new Found(persons.mentions(), roles(text, persons.mentions(), earlier));
    }

    private boolean allowsSingleName(String titleRun) {
        return List.of(titleRun.trim().split("\\s+")).stream().anyMatch(SINGLE_NAME_TITLES::contains);
    }

    /** Names standing next to a role, set off by commas. */
    private void collectAppositions(String text, Found earlier, Map<String, Span> names) {
        Matcher after = FULL_NAME_AFTER_ROLE.matcher(text);
        while (after.find()) {
            int clauseStart = clauseStart(text, after.start());
            if (roleWord.matcher(text.substring(clauseStart, after.start())).find()) {
                addName(text, after.start(1), after.end(1), earlier, names);
            }
        }
        Matcher before = NAME_BEFORE_ROLE.matcher(text);
        while (before.find()) {
            Matcher role = roleWord.matcher(text).region(before.end(), Math.min(text.length(), before.end() + 40));
            if (role.lookingAt()) {
                addName(text, before.start(1), before.end(1), earlier, names);
            }
        }
    }

    /**
     * Adds a name found without a title, unless it is a city: "ADDIS ABABA" on the line after a letter's closing,
     * "Buenos Aires, Chair of ..." in apposition. A titled name is a person's ("Mr. Lima").
     */
    private boolean addName(String text, int start, int end, Found earlier, Map<String, Span> names) {
        Span span = trimName(text, start, end, earlier);
        if (span != null && TextUnits.collapse(text, span).contains(" ")
                && places.lookup(TextUnits.collapse(text, span)).isEmpty()) {
            putName(names, TextUnits.collapse(text, span), span);
            return true;
        }
        return false;
    }

    /** Keeps the first spelling of a name: "Ban Ki-Moon" and "Ban Ki-moon" are one person. */
    private static void putName(Map<String, Span> names, String name, Span span) {
        if (names.keySet().stream().noneMatch(known -> known.equalsIgnoreCase(name))) {
            names.put(name, span);
        }
    }

    /** The first name alone on a line after a letter's closing formula is the signatory's; a place line is not. */
    private void collectSignatory(String text, Found earlier, Map<String, Span> names) {
        Matcher closing = MetadataExtractor.LETTER_CLOSING.matcher(text);
        if (!closing.find()) {
            return;
        }
        Matcher line = SIGNATURE_LINE.matcher(text).region(closing.end(), Math.min(text.length(), closing.end() + 400));
        while (line.find()) {
            if (addName(text, line.start(1), line.end(1), earlier, names)) {
                return;
            }
        }
    }

    /** Drops leading words that cannot be part of a name; null if nothing of a name is left or it is taken. */
    private Span trimName(String text, int start, int end, Found earlier) {
        String[] words = text.substring(start, end).split(" ");
        int first = 0;
        while (first < words.length && notNames.contains(words[first])) {
            start += words[first].length() + 1;
            first++;
        }
        for (int k = first; k < words.length; k++) {
            if (notNames.contains(words[k])) {
                return null;
            }
        }
        if (first >= words.length) {
            return null;
        }
        Span span = new Span(start, end);
        return earlier.overlapsAny(span) ? null : span;
    }

    /** Each full name, and each surname that belongs to one full name only, mapped to the full name. */
    private static Map<String, String> variants(Set<String> names) {
        Map<String, String> byVariant = new LinkedHashMap<>();
        Map<String, List<String>> bySurname = new LinkedHashMap<>();
        for (String name : names) {
            String canonical = names.stream()
                    .filter(other -> other.length() > name.length() && other.endsWith(" " + name))
                    .findFirst().orElse(name);
            byVariant.put(name, canonical);
            if (canonical.equals(name) && name.contains(" ")) {
                bySurname.computeIfAbsent(name.substring(name.lastIndexOf(' ') + 1), s -> new ArrayList<>()).add(name);
            }
        }
        bySurname.forEach((surname, full) -> {
            if (full.size() == 1) {
                byVariant.putIfAbsent(surname, full.get(0));
                if (!byVariant.get(surname).contains(" ")) {
                    byVariant.put(surname, full.get(0));
                }
            }
        });
        return byVariant;
    }

    private boolean isTitledOrTurn(String text, Span span) {
        String before = text.substring(Math.max(0, span.start() - 40), span.start());
        for (String title : titles) {
            if (before.endsWith(title + " ")) {
                return true;
            }
        }
        int lineStart = text.lastIndexOf('\n', span.start() - 1) + 1;
        return lineStart == span.start() && span.end() < text.length() && text.charAt(span.end()) == ':';
    }

    /**
     * Each person's roles: phrases in apposition or before the name; a bare title ("Minister", "Ambassador") only
     * for a person the document gives no fuller role.
     */
    private List<EntityFact> roles(String text, List<Mention> mentions, Found earlier) {
        Map<String, PersonFact> phrases = new LinkedHashMap<>();
        Map<EntityRef, PersonFact> titles = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            Span role = roleAfter(text, mention.span());
            if (role == null) {
                role = roleBefore(text, mention.span());
            }
            if (role != null) {
                String roleText = TextUnits.collapse(text, role);
                PersonFact fact = new PersonFact(mention.entity(), roleText, affiliation(earlier, role));
                if (titles.containsKey(mention.entity()) || !roleText.contains(" ")) {
                    titles.putIfAbsent(mention.entity(), fact);
                } else {
                    phrases.putIfAbsent(mention.entity().key() + "\u0000" + roleText.toLowerCase(Locale.ROOT), fact);
                }
            }
        }
        List<EntityFact> facts = new ArrayList<>(phrases.values());
        titles.values().stream()
                .filter(t -> phrases.values().stream().noneMatch(p -> p.entity().equals(t.entity())))
                .forEach(facts::add);
        return facts;
    }

    /** "NAME, Role of X[,;.]" */
    private Span roleAfter(String text, Span name) {
        Matcher comma = COMMA.matcher(text).region(name.end(), text.length());
        if (!comma.lookingAt()) {
            return null;
        }
        Matcher role = roleWord.matcher(text).region(comma.end(), text.length());
        if (!role.lookingAt()) {
            return null;
        }
        int end = comma.end();
        while (end < text.length() && ",;.\n()[]".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return new Span(comma.end(), end);
    }

    /** "the Role of X, Mr. NAME" or "Title NAME": the role is the phrase or title just before the name. */
    private Span roleBefore(String text, Span name) {
        int titlesStart = name.start();
        Matcher titleRun = titledName.matcher(text);
        int from = Math.max(0, name.start() - 120);
        titleRun.region(from, name.end());
        while (titleRun.find()) {
            if (titleRun.end(2) >= name.end() && titleRun.start(2) <= name.start()) {
                titlesStart = titleRun.start();
            }
        }
        String titleText = text.substring(titlesStart, name.start()).strip();
        Matcher titleRole = roleWord.matcher(titleText);
        if (titleRole.find()) {
            return new Span(titlesStart + titleRole.start(), titlesStart + titleRole.end());
        }
        int clauseStart = clauseStart(text, titlesStart);
        String window = text.substring(clauseStart, titlesStart);
        Matcher role = roleWord.matcher(window);
        if (role.find()) {
            int end = window.length();
            while (end > role.start() && (Character.isWhitespace(window.charAt(end - 1)) || window.charAt(end - 1) == ',')) {
                end--;
            }
            return new Span(clauseStart + role.start(), clauseStart + end);
        }
        return null;
    }

    /** Where the clause holding {@code at} starts: after the last ; : ( or newline, or the comma before the name's own. */
    private static int clauseStart(String text, int at) {
        int start = Math.max(0, at - 200);
        int boundary = start;
        int commaBeforeName = text.substring(start, at).stripTrailing().endsWith(",") ? text.lastIndexOf(',', at) : -1;
        for (int i = start; i < at; i++) {
            char c = text.charAt(i);
            boolean sentenceEnd = c == '.' && i + 1 < at && text.charAt(i + 1) == ' ' && i > 0 && Character.isLowerCase(text.charAt(i - 1));
            if (c == ';' || c == ':' || c == '(' || c == '\n' || sentenceEnd || c == ',' && i != commaBeforeName) {
                boundary = i + 1;
            }
        }
        return boundary;
    }

    private static EntityRef affiliation(Found earlier, Span role) {
        List<Mention> inside = earlier.within(role).toList();
        return inside.stream().filter(m -> m.kind() == EntityKind.STATE).map(Mention::entity).findFirst()
                .or(() -> inside.stream().filter(m -> m.kind() == EntityKind.ORGANIZATION)
                        .map(Mention::entity).reduce((a, b) -> b))
                .orElse(null);
    }
}
