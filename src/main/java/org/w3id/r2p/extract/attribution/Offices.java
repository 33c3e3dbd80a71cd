package org.w3id.r2p.extract.attribution;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.EntityKind;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.PersonFact;
import org.w3id.r2p.link.DataFiles;

/**
 * Offices that documents name instead of their holder ("the Secretary-General stressed ...", "the President of
 * the General Assembly"). An office is resolved to the person the same document presents in that role, or,
 * for the Secretary-General, to the holder on the document's date ({@code office-holders.tsv}).
 */
final class Offices {
    enum Office { SECRETARY_GENERAL, PRESIDENT_OF_THE_GENERAL_ASSEMBLY }

    record Reference(Office office, Span span) {}

    private record Term(String office, String person, LocalDate from, LocalDate to) {}

    private static final Pattern UN_PREFIX = Pattern.compile("^(?:un|united nations) ");
    private static final Occurrences REFERENCE = Occurrences.of(Pattern.compile(
            "(?<![\\p{L}-])(?<!Deputy )(?<!Deputy-)(?<!Under-)(?<!Assistant )(?<!to the )"
                    + "(?:(?:UN|United Nations) )?(?:(Secretary[- ]General|UNSG)|(President of the (?:\\p{L}+ )*General Assembly|PGA))"
                    + "(?![\\p{L}-])"), Set.of("UN", "United", "Secretary", "UNSG", "President", "PGA"), false);

    private final List<Term> terms;

    Offices() {
        this.terms = DataFiles.tsv(Offices.class, "office-holders.tsv").stream()
                .map(row -> new Term(row[0], row[1], LocalDate.parse(row[2]),
                        row.length > 3 && !row[3].isBlank() ? LocalDate.parse(row[3]) : LocalDate.MAX))
                .toList();
    }

    List<Reference> references(String text, Span within) {
        return REFERENCE.in(text, within).stream().map(r -> new Reference(
                r.group(1) != null ? Office.SECRETARY_GENERAL : Office.PRESIDENT_OF_THE_GENERAL_ASSEMBLY,
                new Span(r.start(), r.end()))).toList();
    }

    /** The holder: a person of this document in the role, else the office-holder on {@code date}. */
    Optional<EntityRef> holder(Office office, List<PersonFact> persons, LocalDate date) {
        List<EntityRef> inDocument = persons.stream().filter(p -> holds(office, p.role()))
                .map(PersonFact::entity).distinct().toList();
        if (inDocument.size() == 1) {
            return Optional.of(inDocument.get(0));
        }
        if (!inDocument.isEmpty() || office != Office.SECRETARY_GENERAL || date == null) {
            return Optional.empty();
        }
        return terms.stream()
                .filter(t -> t.office().equals("Secretary-General") && !date.isBefore(t.from()) && !date.isAfter(t.to()))
                .map(t -> new EntityRef(EntityKind.PERSON, t.person()))
                .findFirst();
    }

    private static boolean holds(Office office, String role) {
        String r = UN_PREFIX.matcher(role.toLowerCase(Locale.ROOT)).replaceFirst("");
        return switch (office) {
            case SECRETARY_GENERAL -> r.startsWith("secretary-general") || r.startsWith("secretary general")
                    || r.equals("unsg");
            case PRESIDENT_OF_THE_GENERAL_ASSEMBLY -> r.startsWith("president of") && r.contains("general assembly");
        };
    }
}
