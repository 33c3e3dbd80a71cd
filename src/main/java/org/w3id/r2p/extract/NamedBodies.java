package org.w3id.r2p.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.link.DataFiles;
import org.w3id.r2p.link.NameMatcher;
import org.w3id.r2p.link.StateGazetteer;
import org.w3id.r2p.link.StateRecord;

/**
 * Names of organizations, mechanisms and regional networks in a text. Known names come from the gazetteers
 * {@code organizations.tsv}, {@code mechanisms.tsv} and {@code networks.tsv} (longest match wins across all
 * three); other names are found by their shape: a run of capitalised words around a head noun such as
 * "Institute", "Committee" or "Network", with an "of/for/on ..." complement ("National Committee for the
 * Prevention of Genocide"). An acronym in brackets after a name ("(ICRtoP)") names the same body elsewhere
 * in the document.
 */
final class NamedBodies {
    /** A body named at {@code span}: its kind, canonical name, and whether the name is in a gazetteer. */
    record Body(EntityKind kind, String name, Span span, boolean known) {}

    private static final Set<String> HEADS = Set.of(
            "Institute", "Centre", "Center", "Coalition", "Foundation", "Office", "Commission", "Council", "Committee",
            "Network", "Group", "Union", "Organization", "Organisation", "Association", "Society", "Programme",
            "Program", "Fund", "Agency", "Court", "Board", "Conference", "Alliance", "Movement", "Forum",
            "Federation", "League", "Mission", "University", "Watch", "Mechanism", "Bureau", "Tribunal", "Service",
            "Ministry", "Department");
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "on", "against");
    private static final int WRAPPED_LINE_MIN = 60;
    private static final Set<String> CONNECTORS = Set.of(
            "of", "for", "on", "against", "and", "the", "to", "in", "all", "other", "forms", "de", "la", "del", "des",
            "du", "y", "et");
    private static final Set<String> LEADING_WORDS = Set.of(
            "The", "A", "An", "In", "On", "Our", "Its", "His", "Her", "Their", "This", "That", "These", "With", "By");
    private static final Set<String> MECHANISM_MARKERS = Set.of("Prevention", "Preventing", "Atrocity", "Atrocities",
            "Genocide", "Early", "Warning");
    private static final Set<String> REGION_WORDS = Set.of(
            "Latin", "American", "Americas", "African", "Africa", "Asian", "Asia", "European", "Europe", "Arab",
            "Caribbean", "Pacific", "Regional", "Southeast", "Mediterranean", "Balkan", "Nordic", "Central",
            "Eastern", "Western", "Southern", "Northern", "Ibero-American", "Iberoamerican", "Great", "Lakes",
            "Sahel", "Andean", "Baltic");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Pattern ACRONYM_AFTER = Pattern.compile("\\A\\s*[(\\[]\\s*(\\p{Lu}[\\p{L}\\p{N}]{1,9})\\s*[)\\]]");

    private static NamedBodies instance;

    private final NameMatcher known;
    private final Map<String, EntityKind> kindByKey;
    private final LastComputed<Document, List<Body>> lastFound = new LastComputed<>(d -> List.copyOf(findIn(d)));

    private NamedBodies(NameMatcher known, Map<String, EntityKind> kindByKey) {
        this.known = known;
        this.kindByKey = kindByKey;
    }

    static synchronized NamedBodies load(StateGazetteer states) {
        if (instance == null) {
            Map<String, String> names = new LinkedHashMap<>();
            Map<String, EntityKind> kinds = new HashMap<>();
            addGazetteer(names, kinds, "organizations.tsv", EntityKind.ORGANIZATION);
            addGazetteer(names, kinds, "mechanisms.tsv", EntityKind.MECHANISM);
            addGazetteer(names, kinds, "networks.tsv", EntityKind.REGIONAL_NETWORK);
            for (StateRecord organization : states.organizations()) {
                names.put(organization.name(), organization.name());
                kinds.put(organization.name(), EntityKind.ORGANIZATION);
            }
            instance = new NamedBodies(NameMatcher.of(names), Map.copyOf(kinds));
        }
        return instance;
    }

    private static void addGazetteer(Map<String, String> names, Map<String, EntityKind> kinds, String file, EntityKind kind) {
        for (String[] row : DataFiles.tsv(NamedBodies.class, file)) {
            String canonical = row[0].strip();
            kinds.put(canonical, kind);
            names.put(canonical, canonical);
            if (row.length > 1) {
                for (String alias : row[1].split("\\|")) {
                    if (!alias.isBlank()) {
                        names.put(alias.strip(), canonical);
                    }
                }
            }
        }
    }

    /**
     * Every body named in the document, in text order, with no two overlapping. Three extractors ask for the same
     * document one after the other, so the last answer is kept.
     */
    List<Body> find(Document document) {
        return lastFound.get(document);
    }

    private List<Body> findIn(Document document) {
        String text = document.text();
        List<Body> bodies = new ArrayList<>();
        for (NameMatcher.Match match : known.find(text)) {
            bodies.add(new Body(kindByKey.get(match.key()), match.key(), match.span(), true));
        }
        for (Span candidate : candidates(text)) {
            if (bodies.stream().noneMatch(b -> b.span().overlaps(candidate))) {
                EntityKind kind = classify(candidate.of(text));
                if (kind != null) {
                    bodies.add(new Body(kind, TextUnits.collapse(text, candidate), candidate, false));
                }
            }
        }
        bodies.addAll(acronymMentions(text, bodies));
        bodies.sort((a, b) -> a.span().compareTo(b.span()));
        return bodies;
    }

    /** The kind of a body whose name has the right shape, or null if it is not a name of one. */
    static EntityKind classify(String name) {
        List<String> words = WORD.matcher(name).results().map(java.util.regex.MatchResult::group).toList();
        boolean headless = words.stream().noneMatch(HEADS::contains);
        if (headless) {
            return null;
        }
        if (words.contains("Network") && words.stream().anyMatch(REGION_WORDS::contains)) {
            return EntityKind.REGIONAL_NETWORK;
        }
        boolean mechanismHead = words.stream().anyMatch(w -> Set.of("Board", "Committee", "Commission", "Mechanism",
                "Council", "Office").contains(w));
        boolean unBody = words.get(0).equals("UN") || name.startsWith("United Nations");
        if (mechanismHead && !unBody
                && (words.get(0).equals("National") || words.stream().anyMatch(MECHANISM_MARKERS::contains))) {
            return EntityKind.MECHANISM;
        }
        return EntityKind.ORGANIZATION;
    }

    /**
     * Runs of capitalised words, joined by the small words that occur inside names, that contain a head noun and
     * either end in it or go on with an "of/for/on ..." complement.
     */
    static List<Span> candidates(String text) {
        List<Span> spans = new ArrayList<>();
        List<Word> words = WORD.matcher(text).results().map(r -> new Word(r.start(), r.end(), r.group())).toList();
        int i = 0;
        while (i < words.size()) {
            if (!isCapitalised(words.get(i).word)) {
                i++;
                continue;
            }
            int first = i;
            if (LEADING_WORDS.contains(words.get(first).word)) {
                first++;
            }
            int last = i;
            boolean complement = false;
            int j = i + 1;
            while (j < words.size()) {
                String gap = text.substring(words.get(j - 1).end, words.get(j).start);
                String word = words.get(j).word;
                boolean spaceGap = gap.isBlank() && gap.length() <= 3 && (gap.indexOf('\n') < 0
                        || gap.indexOf('\n') == gap.lastIndexOf('\n') && isWrappedLine(text, words.get(j - 1).end));
                boolean commaGap = gap.matches(",\\s{1,2}") && complement && isCapitalised(word);
                if (!spaceGap && !commaGap) {
                    break;
                }
                if (word.equals("and") && j + 1 < words.size() && words.get(j + 1).word.equals("the")) {
                    break;
                }
                if (isCapitalised(word)) {
                    last = j;
                } else if (!CONNECTORS.contains(word)) {
                    break;
                }
                if (PREPOSITIONS.contains(word)) {
                    complement = true;
                }
                j++;
            }
            last = cutUnfinishedList(text, words, first, last);
            if (first <= last) {
                Span span = new Span(words.get(first).start, words.get(last).end);
                if (hasHeadInPlace(words.subList(first, last + 1))) {
                    spans.add(span);
                }
            }
            i = Math.max(j, i + 1);
        }
        return spans;
    }

    /** A comma inside a name is only part of a list closed by "and" ("Genocide, War Crimes and Crimes ..."). */
    private static int cutUnfinishedList(String text, List<Word> words, int first, int last) {
        for (int k = last; k > first; k--) {
            String gap = text.substring(words.get(k - 1).end, words.get(k).start);
            if (gap.contains(",")) {
                boolean closed = false;
                for (int m = k; m <= last; m++) {
                    closed |= words.get(m).word.equals("and");
                }
                if (!closed) {
                    last = k - 1;
                    while (last > first && !isCapitalised(words.get(last).word)) {
                        last--;
                    }
                }
            }
        }
        return last;
    }

    private static boolean hasHeadInPlace(List<Word> words) {
        for (int k = 0; k < words.size(); k++) {
            if (HEADS.contains(words.get(k).word)) {
                boolean endsHere = k == words.size() - 1;
                boolean complementFollows = k + 1 < words.size() && PREPOSITIONS.contains(words.get(k + 1).word);
                boolean qualified = k > 0 || complementFollows;
                if ((endsHere || complementFollows) && qualified) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A line broken by wrapping prose, not a heading: a name may run on over its end. */
    private static boolean isWrappedLine(String text, int lineEnd) {
        int lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
        return lineEnd - lineStart > WRAPPED_LINE_MIN;
    }

    private static boolean isCapitalised(String word) {
        return Character.isUpperCase(word.charAt(0));
    }

    /** "(ICRtoP)" after a body's name: the acronym names that body wherever it stands alone in the document. */
    private static List<Body> acronymMentions(String text, List<Body> bodies) {
        Map<String, Body> byAcronym = new LinkedHashMap<>();
        for (Body body : bodies) {
            Matcher m = ACRONYM_AFTER.matcher(text.subSequence(body.span().end(), Math.min(text.length(), body.span().end() + 20)));
            if (m.find() && isAcronymOf(m.group(1), body.name())) {
                byAcronym.putIfAbsent(m.group(1), body);
            }
        }
        List<Body> more = new ArrayList<>();
        for (Map.Entry<String, Body> entry : byAcronym.entrySet()) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(entry.getKey()) + "(?![\\p{L}\\p{N}])").matcher(text);
            while (m.find()) {
                Span span = new Span(m.start(), m.end());
                if (bodies.stream().noneMatch(b -> b.span().overlaps(span))) {
                    more.add(new Body(entry.getValue().kind(), entry.getValue().name(), span, entry.getValue().known()));
                }
            }
        }
        return more;
    }

    /** "ICRtoP" for "International Coalition for the Responsibility to Protect": its capitals in order. */
    private static boolean isAcronymOf(String acronym, String name) {
        String capitals = acronym.replaceAll("[^\\p{Lu}]", "");
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return capitals.length() >= 2 && isSubsequence(capitals, initials.toString().toUpperCase(Locale.ROOT));
    }

    private static boolean isSubsequence(String needle, String haystack) {
        int at = 0;
        for (char c : haystack.toCharArray()) {
            if (at < needle.length() && needle.charAt(at) == c) {
                at++;
            }
        }
        return at == needle.length();
    }

    private record Word(int start, int end, String word) {}
}
