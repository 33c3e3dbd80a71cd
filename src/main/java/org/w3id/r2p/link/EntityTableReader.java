package org.w3id.r2p.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an entity table: CSV with the columns {@code name,kind,wikidata,aliases} (aliases separated by
 * {@code |}), a header line, {@code #} comments and blank lines allowed, fields quoted as in RFC 4180 when they
 * hold a comma. A row that cannot be trusted is reported with its line number and left out: no QID, a malformed
 * QID, an unknown kind, or a name (or alias) that an earlier row of the same table gives another QID.
 * <pre>
 *   EntityTableReader.Result read = EntityTableReader.read(Files.readAllLines(file), file.toString());
 *   read.problems().forEach(System.err::println);
 * </pre>
 */
public final class EntityTableReader {
    static final String HEADER = "name,kind,wikidata,aliases";

    /** A row left out, and why. */
    public record Problem(String source, int line, String reason) {
        @Override
        public String toString() {
            return source + ":" + line + ": " + reason + "; row skipped";
        }
    }

    /** The rows that passed, in table order, and the problems of the others. */
    public record Result(List<EntityLink> rows, List<Problem> problems) {
        public Result {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }
    }

    private EntityTableReader() {}

    /** The rows of {@code lines}, a table read from {@code source} (named in problems). */
    public static Result read(List<String> lines, String source) {
        List<EntityLink> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Claim> claims = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 ? lines.get(i).replace("\uFEFF", "") : lines.get(i);
            int lineNumber = i + 1;
            if (line.isBlank() || line.strip().startsWith("#") || line.strip().equalsIgnoreCase(HEADER)) {
                continue;
            }
            try {
                EntityLink row = row(line);
                claimNames(row, lineNumber, claims);
                rows.add(row);
            } catch (BadRow bad) {
                problems.add(new Problem(source, lineNumber, bad.getMessage()));
            }
        }
        return new Result(rows, problems);
    }

    private static EntityLink row(String line) throws BadRow {
        List<String> fields = CsvFields.split(line);
        if (fields.size() < 3 || fields.size() > 4) {
            throw new BadRow("expected the columns " + HEADER + ", found " + fields.size() + " field(s)");
        }
        String name = fields.get(0).strip();
        if (name.isEmpty()) {
            throw new BadRow("no name");
        }
        EntityLink.Kind kind = kind(fields.get(1).strip())
                .orElseThrow(() -> new BadRow("unknown kind '" + fields.get(1).strip() + "' (expected one of "
                        + String.join(", ", Arrays.stream(EntityLink.Kind.values()).map(EntityLink.Kind::column).toList()) + ")"));
        String qid = fields.get(2).strip();
        if (qid.isEmpty()) {
            throw new BadRow("no Wikidata QID for '" + name + "'");
        }
        if (!Wikidata.isQid(qid)) {
            throw new BadRow("malformed QID '" + qid + "' for '" + name + "' (expected Q and digits, as in Q1065)");
        }
        List<String> aliases = fields.size() < 4 ? List.of()
                : Arrays.stream(fields.get(3).split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList();
        return new EntityLink(name, kind, qid, aliases);
    }

    private static Optional<EntityLink.Kind> kind(String column) {
        return Arrays.stream(EntityLink.Kind.values()).filter(k -> k.column().equals(column.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** A name or alias given to one QID on one line. */
    private record Claim(String qid, int line) {}

    private static void claimNames(EntityLink row, int line, Map<String, Claim> claims) throws BadRow {
        for (String name : row.names().toList()) {
            Claim earlier = claims.get(EntityTable.matchKey(name));
            if (earlier != null && !earlier.qid().equals(row.qid())) {
                throw new BadRow("'" + name + "' is already linked to " + earlier.qid() + " on line " + earlier.line()
                        + ", not " + row.qid());
            }
        }
        row.names().forEach(name -> claims.putIfAbsent(EntityTable.matchKey(name), new Claim(row.qid(), line)));
    }

    private static final class BadRow extends Exception {
        BadRow(String reason) {
            super(reason);
        }
    }
}
