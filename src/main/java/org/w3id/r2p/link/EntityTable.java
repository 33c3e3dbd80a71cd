package org.w3id.r2p.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The organizations, offices, persons, mechanisms and networks whose Wikidata items were checked: the table
 * {@code entities.csv} shipped with r2p-kg (sources in {@code ENTITIES-SOURCES.md}), optionally with a user's rows
 * on top. A resource is linked only when its name is a name or alias of a row: a QID is never guessed.
 * <pre>
 *   EntityTable table = EntityTable.standard().overriddenBy(EntityTableReader.read(lines, "mine.csv").rows());
 *   table.find("UNSC", false).map(EntityLink::wikidataIri);   // Q37470
 * </pre>
 */
public final class EntityTable {
    private static final String RESOURCE = "entities.csv";
    private static final Pattern HYPHEN = Pattern.compile("[\u2010\u2011\u2012\u2013]");
    private static EntityTable standard;

    private final List<EntityLink> rows;
    private final Map<String, EntityLink> persons;
    private final Map<String, EntityLink> others;

    private EntityTable(List<EntityLink> rows) {
        this.rows = List.copyOf(rows);
        Map<String, EntityLink> persons = new HashMap<>();
        Map<String, EntityLink> others = new HashMap<>();
        for (EntityLink row : this.rows) {
            Map<String, EntityLink> byName = row.kind() == EntityLink.Kind.PERSON ? persons : others;
            row.names().forEach(name -> byName.putIfAbsent(matchKey(name), row));
        }
        this.persons = Map.copyOf(persons);
        this.others = Map.copyOf(others);
    }

    /** The checked table shipped in the jar; a row that does not pass is a build error, not a warning. */
    public static synchronized EntityTable standard() {
        if (standard == null) {
            EntityTableReader.Result read = EntityTableReader.read(DataFiles.allLines(EntityTable.class, RESOURCE), RESOURCE);
            if (!read.problems().isEmpty()) {
                throw new IllegalStateException("Bad rows in " + RESOURCE + ": " + read.problems());
            }
            standard = new EntityTable(read.rows());
        }
        return standard;
    }

    /**
     * This table with {@code overrides} on top: an override replaces the row of the same name, and its names and
     * aliases win over any other row's.
     */
    public EntityTable overriddenBy(List<EntityLink> overrides) {
        Set<String> replaced = overrides.stream().map(row -> matchKey(row.name())).collect(Collectors.toSet());
        List<EntityLink> merged = new ArrayList<>(overrides);
        rows.stream().filter(row -> !replaced.contains(matchKey(row.name()))).forEach(merged::add);
        return new EntityTable(merged);
    }

    /** The row that {@code name} names, among persons' rows or among the others'. */
    public Optional<EntityLink> find(String name, boolean person) {
        return Optional.ofNullable((person ? persons : others).get(matchKey(name)));
    }

    public List<EntityLink> rows() {
        return rows;
    }

    /** Names compare without regard to case, runs of whitespace, the kind of apostrophe or of hyphen. */
    static String matchKey(String name) {
        return HYPHEN.matcher(NameMatcher.fold(name)).replaceAll("-").toLowerCase(Locale.ROOT);
    }
}
