package org.w3id.r2p.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The States this project knows, with their Wikidata entities and the names and adjectives that refer to them.
 * Built from the checked reference table {@code states.csv} (193 Member States, 2 Observer States; the
 * European Union row is an organization) plus {@code state-aliases.tsv} and {@code state-adjectives.tsv}.
 * Resolution is offline.
 * <pre>
 *   StateGazetteer states = StateGazetteer.load();
 *   states.byIso3("CIV").map(StateRecord::wikidataIri);
 * </pre>
 */
public final class StateGazetteer {
    private static final String STATES = "states.csv";
    private static final String ALIASES = "state-aliases.tsv";
    private static final String ADJECTIVES = "state-adjectives.tsv";

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
    public static synchronized StateGazetteer load() {
        if (instance == null) {
            instance = build();
        }
        return instance;
    }

    private static StateGazetteer build() {
        Map<String, StateRecord> states = new TreeMap<>();
        List<StateRecord> organizations = new ArrayList<>();
        List<String[]> rows = DataFiles.csv(StateGazetteer.class, STATES);
        for (String[] row : rows.subList(1, rows.size())) {
            StateRecord record = new StateRecord(row[0], row[1], row[2], row[3], row[4]);
            if (record.isUnState()) {
                states.put(record.iso3(), record);
            } else if (record.isOrganization()) {
                organizations.add(record);
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        states.values().forEach(s -> names.put(s.name(), s.iso3()));
        for (String[] alias : DataFiles.tsv(StateGazetteer.class, ALIASES)) {
            requireKnown(states, alias[0], ALIASES);
            names.put(alias[1], alias[0]);
        }
        Map<String, String> adjectives = new LinkedHashMap<>();
        for (String[] adjective : DataFiles.tsv(StateGazetteer.class, ADJECTIVES)) {
            requireKnown(states, adjective[0], ADJECTIVES);
            adjectives.put(adjective[1], adjective[0]);
        }
        return new StateGazetteer(Map.copyOf(states), List.copyOf(organizations),
                NameMatcher.of(names), NameMatcher.of(adjectives));
    }

    private static void requireKnown(Map<String, StateRecord> states, String iso3, String file) {
        if (!states.containsKey(iso3)) {
            throw new IllegalStateException(file + " names an unknown ISO code: " + iso3);
        }
    }

    public Optional<StateRecord> byIso3(String iso3) {
        return Optional.ofNullable(statesByIso3.get(iso3));
    }

    /** All States, ordered by ISO code. */
    public Collection<StateRecord> states() {
        return new TreeMap<>(statesByIso3).values();
    }

    /** Rows of the reference table that are organizations with a Wikidata entity (the European Union). */
    public List<StateRecord> organizations() {
        return organizations;
    }

    /** Matches State names and aliases; keys are ISO 3166-1 alpha-3 codes. */
    public NameMatcher names() {
        return names;
    }

    /** Matches State adjectives ("Brazilian"); keys are ISO 3166-1 alpha-3 codes. */
    public NameMatcher adjectives() {
        return adjectives;
    }
}
