package org.w3id.r2p.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The States this project knows, with their Wikidata entities and the names and adjectives that refer to them.
 * Built from the checked reference table {@code states.csv} (193 Member States, 2 Observer States, Kosovo and
 * Taiwan as non-members; the European Union row is an organization), the UN short names of
 * {@code states-un-names.csv}, the aliases of {@code state-aliases.tsv}, the UNTERM formal names of
 * {@code state-formal-names.tsv} and the adjectives of {@code state-adjectives.tsv}. Resolution is offline.
 * <pre>
 *   StateGazetteer states = StateGazetteer.load();
 *   states.byIso3("CIV").map(StateRecord::label);   // "Côte d'Ivoire"
 * </pre>
 */
public final class StateGazetteer {
    private static final String STATES = "states.csv";
    private static final String UN_NAMES = "states-un-names.csv";
    private static final String ALIASES = "state-aliases.tsv";
    private static final String FORMAL_NAMES = "state-formal-names.tsv";
    private static final String ADJECTIVES = "state-adjectives.tsv";
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:[Tt]he)\\s+");
    private static final Pattern MARK = Pattern.compile("\\p{M}");

    private final Map<String, StateRecord> statesByIso3;
    private final List<StateRecord> organizations;
    private final NameMatcher names;
    private final NameMatcher adjectives;

    private StateGazetteer(Map<String, StateRecord> statesByIso3, List<StateRecord> organizations,
                           NameMatcher names, NameMatcher adjectives) {
        this.statesByIso3 = statesByIso3;
        this.organizations = organizations;
        this.names = names;
        this.adjectives = adjectives;
    }

    private static StateGazetteer instance;

    /** The gazetteer from the resources on the classpath; loaded once, immutable. */
    /** Shorter names in capitals are more often acronyms than States ("PER", "IRAN" is kept at four). */
    private static final int MIN_CAPITALS_NAME = 4;

    public static synchronized StateGazetteer load() {
        if (instance == null) {
            instance = build();
        }
        return instance;
    }

    private static StateGazetteer build() {
        Map<String, StateRecord> rows = new TreeMap<>();
        List<StateRecord> organizations = new ArrayList<>();
        List<String[]> table = DataFiles.csv(StateGazetteer.class, STATES);
        for (String[] row : table.subList(1, table.size())) {
            StateRecord record = StateRecord.ofRow(row);
            if (record.isUnState() || record.isNonUnState()) {
                rows.put(record.iso3(), record);
            } else if (record.isOrganization()) {
                organizations.add(record);
            }
        }
        Map<String, String> unNames = new HashMap<>();
        List<String[]> unTable = DataFiles.csv(StateGazetteer.class, UN_NAMES);
        for (String[] row : unTable.subList(1, unTable.size())) {
            requireKnown(rows, row[0], UN_NAMES);
            unNames.put(row[0], row[1]);
        }
        Map<String, List<String>> otherNames = new HashMap<>();
        rows.values().forEach(s -> otherNames.computeIfAbsent(s.iso3(), k -> new ArrayList<>()).add(s.name()));
        for (String file : List.of(ALIASES, FORMAL_NAMES)) {
            for (String[] alias : DataFiles.tsv(StateGazetteer.class, file)) {
                requireKnown(rows, alias[0], file);
                otherNames.get(alias[0]).add(alias[1]);
            }
        }
        Map<String, StateRecord> states = new TreeMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (StateRecord row : rows.values()) {
            String unName = unNames.get(row.iso3());
            StateRecord state = row.withNames(unName, altLabels(unName != null ? unName : row.name(), otherNames.get(row.iso3())));
            states.put(state.iso3(), state);
            addName(names, state.label(), state.iso3());
            otherNames.get(state.iso3()).forEach(name -> addName(names, name, state.iso3()));
            // Datelines and headings write names in capitals: "ADDIS ABABA, ETHIOPIA".
            for (String name : List.of(state.label(), row.name())) {
                if (name.length() >= MIN_CAPITALS_NAME) {
                    addName(names, name.toUpperCase(Locale.ROOT), state.iso3());
                }
            }
        }
        Map<String, String> adjectives = new LinkedHashMap<>();
        for (String[] adjective : DataFiles.tsv(StateGazetteer.class, ADJECTIVES)) {
            requireKnown(rows, adjective[0], ADJECTIVES);
            adjectives.put(adjective[1], adjective[0]);
        }
        return new StateGazetteer(Map.copyOf(states), List.copyOf(organizations),
                NameMatcher.of(names), NameMatcher.of(adjectives));
    }

    /** One name, one State: a name listed for two States would make matching depend on file order. */
    private static void addName(Map<String, String> names, String name, String iso3) {
        String before = names.putIfAbsent(name, iso3);
        if (before != null && !before.equals(iso3)) {
            throw new IllegalStateException("The name '" + name + "' is given to both " + before + " and " + iso3);
        }
    }

    /**
     * The names other than the label, in file order, leaving out respellings (case, accents, apostrophes, a
     * leading "the") of the label or of a name already kept: "Cote d'Ivoire" adds nothing to "Côte d'Ivoire".
     */
    private static List<String> altLabels(String label, List<String> names) {
        Set<String> seen = new LinkedHashSet<>();
        seen.add(spellingKey(label));
        return names.stream().filter(name -> seen.add(spellingKey(name))).toList();
    }

    private static String spellingKey(String name) {
        String unaccented = MARK.matcher(Normalizer.normalize(NameMatcher.fold(name), Normalizer.Form.NFD)).replaceAll("");
        return LEADING_ARTICLE.matcher(unaccented).replaceFirst("").toLowerCase(Locale.ROOT);
    }

    private static void requireKnown(Map<String, StateRecord> states, String iso3, String file) {
        if (!states.containsKey(iso3)) {
            throw new IllegalStateException(file + " names an unknown ISO code: " + iso3);
        }
    }

    /** A State recognised in text: a Member or Observer State, or Kosovo or Taiwan (see {@link StateRecord#isUnState()}). */
    public Optional<StateRecord> byIso3(String iso3) {
        return Optional.ofNullable(statesByIso3.get(iso3));
    }

    /** All States recognised in text, ordered by ISO code. */
    public Collection<StateRecord> states() {
        return new TreeMap<>(statesByIso3).values();
    }

    /** Rows of the reference table that are organizations with a Wikidata entity (the European Union). */
    public List<StateRecord> organizations() {
        return organizations;
    }

    /** Matches State names: UN short names, common names, aliases and formal names; keys are ISO 3166-1 alpha-3 codes. */
    public NameMatcher names() {
        return names;
    }

    /** Matches State adjectives ("Brazilian"); keys are ISO 3166-1 alpha-3 codes. */
    public NameMatcher adjectives() {
        return adjectives;
    }

    /**
     * The State that {@code text} names as a whole, give or take a leading "the" and surrounding space:
     * "the Kingdom of Saudi Arabia" is Saudi Arabia; "Permanent Mission of Saudi Arabia" is not a State's name.
     */
    public Optional<String> stateNamed(String text) {
        String name = LEADING_ARTICLE.matcher(text.strip()).replaceFirst("");
        List<NameMatcher.Match> found = names.find(name);
        return found.size() == 1 && found.get(0).span().start() == 0 && found.get(0).span().end() == name.length()
                ? Optional.of(found.get(0).key()) : Optional.empty();
    }
}
