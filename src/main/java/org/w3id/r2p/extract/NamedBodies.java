package org.w3id.r2p.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.link.DataFiles;
import org.w3id.r2p.link.NameMatcher;
import org.w3id.r2p.link.StateGazetteer;
import org.w3id.r2p.link.StateRecord;

/**
 * Names of organizations, mechanisms and regional networks in a text, found in this order, each claiming its
 * words before the next:
 * <ol>
 *   <li>known names, from the gazetteers {@code organizations.tsv}, {@code regional-organizations.tsv},
 *       {@code mechanisms.tsv} (with each mechanism's kind) and {@code networks.tsv}, longest match first;</li>
 *   <li>mechanisms named by their form ({@link MechanismForms}: "Commission of Inquiry on ...", "... Early Warning
 *       System"), which take the place of known names they contain ("ECOWAS" in "ECOWAS Early Warning and
 *       Response Network");</li>
 *   <li>other names by their shape ({@link NameShapes}), cut short where a known name begins;</li>
 *   <li>shorter names that point back to a mechanism ({@link MechanismReferences}: "the Commission");</li>
 *   <li>acronyms a document defines in brackets ({@link Acronyms}).</li>
 * </ol>
 */
final class NamedBodies {
    /**
     * A body named at {@code span}: its kind, canonical name, whether the name is in a gazetteer, and for a
     * mechanism its kind where known (else null).
     */
    record Body(EntityKind kind, String name, Span span, boolean known, MechanismType type) {
        /** The same body named elsewhere. */
        Body at(Span elsewhere) {
            return new Body(kind, name, elsewhere, known, type);
        }
    }

    private static NamedBodies instance;

    private final NameMatcher known;
    private final Map<String, EntityKind> kindByKey;
    private final Map<String, MechanismType> typeByKey;
    private final Set<String> regionalOrganizations;
    private final MechanismForms forms = new MechanismForms();
    private final LastComputed<Document, List<Body>> lastFound = new LastComputed<>(d -> List.copyOf(findIn(d)));

    private NamedBodies(NameMatcher known, Map<String, EntityKind> kindByKey, Map<String, MechanismType> typeByKey,
                        Set<String> regionalOrganizations) {
        this.known = known;
        this.kindByKey = kindByKey;
        this.typeByKey = typeByKey;
        this.regionalOrganizations = regionalOrganizations;
    }

    static synchronized NamedBodies load(StateGazetteer states) {
        if (instance == null) {
            Map<String, String> names = new LinkedHashMap<>();
            Map<String, EntityKind> kinds = new HashMap<>();
            Map<String, MechanismType> types = new HashMap<>();
            addGazetteer(names, kinds, types, "organizations.tsv", EntityKind.ORGANIZATION);
            addGazetteer(names, kinds, types, "mechanisms.tsv", EntityKind.MECHANISM);
            addGazetteer(names, kinds, types, "networks.tsv", EntityKind.REGIONAL_NETWORK);
            for (StateRecord organization : states.organizations()) {
                names.put(organization.name(), organization.name());
                kinds.put(organization.name(), EntityKind.ORGANIZATION);
            }
            Set<String> regional = new HashSet<>();
            for (String[] row : DataFiles.tsv(NamedBodies.class, "regional-organizations.tsv")) {
                regional.add(row[0].strip());
                if (!kinds.containsKey(row[0].strip())) {
                    addRow(names, kinds, types, row, EntityKind.ORGANIZATION);
                }
            }
            instance = new NamedBodies(NameMatcher.of(names), Map.copyOf(kinds), Map.copyOf(types), Set.copyOf(regional));
        }
        return instance;
    }

    private static void addGazetteer(Map<String, String> names, Map<String, EntityKind> kinds,
                                     Map<String, MechanismType> types, String file, EntityKind kind) {
        for (String[] row : DataFiles.tsv(NamedBodies.class, file)) {
            addRow(names, kinds, types, row, kind);
        }
    }

    /** A gazetteer row: canonical name, then other names separated by "|", then (for mechanisms) the kind's code. */
    private static void addRow(Map<String, String> names, Map<String, EntityKind> kinds,
                               Map<String, MechanismType> types, String[] row, EntityKind kind) {
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
        if (row.length > 2 && MechanismType.ofCode(row[2]) != null) {
            types.put(canonical, MechanismType.ofCode(row[2]));
        }
    }

    /** Whether the organization of this canonical name is a regional or subregional organization. */
    boolean isRegionalOrganization(String name) {
        return regionalOrganizations.contains(name);
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
            bodies.add(new Body(kindByKey.get(match.key()), match.key(), match.span(), true, typeByKey.get(match.key())));
        }
        TreeSet<Integer> knownStarts = new TreeSet<>();
        bodies.forEach(b -> knownStarts.add(b.span().start()));
        List<MechanismForms.Match> incomplete = new ArrayList<>();
        for (MechanismForms.Match form : forms.find(text, knownStarts)) {
            List<Body> inside = bodies.stream().filter(b -> b.span().overlaps(form.span())).toList();
            if (inside.stream().allMatch(b -> yieldsTo(b.span(), form))) {
                bodies.removeAll(inside);
                if (form.complete()) {
                    bodies.add(new Body(form.kind(), form.name(), form.span(), false, form.type()));
                } else {
                    incomplete.add(form);
                }
            }
        }
        List<Span> claimed = new ArrayList<>(bodies.stream().map(Body::span).toList());
        incomplete.forEach(form -> claimed.add(form.span()));
        for (Span candidate : NameCandidates.find(text)) {
            List<Body> organizationsInside = bodies.stream()
                    .filter(b -> b.known() && b.kind() == EntityKind.ORGANIZATION && candidate.contains(b.span())
                            && !b.span().equals(candidate) && NameShapes.holds(text, candidate, b.span()))
                    .toList();
            List<Span> others = organizationsInside.isEmpty() ? claimed : claimed.stream()
                    .filter(s -> organizationsInside.stream().noneMatch(b -> b.span().equals(s))).toList();
            Span name = unclaimedPart(text, candidate, others);
            EntityKind kind = name == null ? null : NameShapes.classify(name.of(text));
            if (kind != null) {
                organizationsInside.stream().filter(b -> name.contains(b.span())).forEach(bodies::remove);
                bodies.add(new Body(kind, TextUnits.collapse(text, name), name, false, null));
            }
        }
        bodies.sort((a, b) -> a.span().compareTo(b.span()));
        List<Body> withAcronyms = new ArrayList<>(Acronyms.resolve(text, bodies));
        withAcronyms.sort((a, b) -> a.span().compareTo(b.span()));
        return MechanismReferences.resolve(text, withAcronyms, incomplete);
    }

    /**
     * Whether a known name gives way to a name found by its form that contains it: it does where it stands
     * before the form's head ("ECOWAS" in "ECOWAS Early Warning and Response Network") or is the bare head ("Group
     * of Friends" in "Group of Friends of Mediation"), not where it is itself a whole name that the form only
     * runs on from ("International Residual Mechanism for Criminal Tribunals" before "in Arusha").
     */
    private static boolean yieldsTo(Span known, MechanismForms.Match form) {
        boolean runsPastHead = known.start() <= form.head().start() && known.end() > form.head().end();
        return form.span().contains(known) && !known.equals(form.span()) && !runsPastHead;
    }

    /** The candidate, or the part of it before the first name that another rule has claimed inside it. */
    private static Span unclaimedPart(String text, Span candidate, List<Span> claimed) {
        int firstClaimed = claimed.stream().filter(s -> s.overlaps(candidate)).mapToInt(Span::start).min()
                .orElse(Integer.MAX_VALUE);
        if (firstClaimed == Integer.MAX_VALUE) {
            return candidate;
        }
        return firstClaimed <= candidate.start() ? null : NameShapes.cutBefore(text, candidate, firstClaimed);
    }
}
