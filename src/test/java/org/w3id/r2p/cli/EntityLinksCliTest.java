package org.w3id.r2p.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;

/** {@code --entities} and {@code unlinked}: the user's own Wikidata links, and what still needs one. */
class EntityLinksCliTest {
    private static final String CORPUS = "src/test/resources/cases/entity-links/corpus";
    private static final String GLOBAL_CENTRE = "https://w3id.org/r2p/id/organization/global-centre-for-the-responsibility-to-protect";

    private record Run(int exitCode, String out, String err, String stdout) {}

    /** A command that prints through picocli's writers, which do not reach the test while System.out is swapped. */
    private static Run run(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return new Run(cli.execute(args), out.toString(), err.toString(), "");
    }

    /** {@code query}, which prints its results on System.out. */
    private static Run runQuery(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        PrintStream original = System.out;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        try {
            return new Run(cli.execute(args), "", err.toString(), stdout.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    private static List<QuerySolution> csv(String text) {
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_CSV);
        List<QuerySolution> rows = new ArrayList<>();
        results.forEachRemaining(rows::add);
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "export", "query", "validate", "build", "push", "unlinked"})
    void everyCommandThatBuildsTheGraphTakesAnEntityTable(String command) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute(command, "--help"));
        assertTrue(out.toString().contains("--entities=FILE"), out.toString());
    }

    @Test
    void unlinkedPrintsWhatHasNoWikidataLinkAsCsv() {
        Run run = run("unlinked", "--corpus", CORPUS);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("name,kind,mentions,documents,iri"), run.out());
        List<QuerySolution> rows = csv(run.out());
        assertEquals(List.of("Global Centre for the Responsibility to Protect", "Stanley Center for Peace and Security"),
                rows.stream().map(r -> r.getLiteral("name").getLexicalForm()).toList());
        QuerySolution first = rows.get(0);
        assertEquals("organization", first.getLiteral("kind").getLexicalForm());
        assertEquals("1", first.getLiteral("mentions").getLexicalForm());
        assertEquals("briefing-regional-partners", first.getLiteral("documents").getLexicalForm());
        assertEquals(GLOBAL_CENTRE, first.get("iri").toString());
    }

    @Test
    void unlinkedPutsTheMostMentionedFirst() {
        Run run = run("unlinked");
        assertEquals(0, run.exitCode(), run.err());
        List<QuerySolution> rows = csv(run.out());
        List<Integer> mentions = rows.stream().map(r -> Integer.parseInt(r.getLiteral("mentions").getLexicalForm())).toList();
        assertTrue(mentions.size() > 10, run.out());
        for (int i = 1; i < mentions.size(); i++) {
            assertTrue(mentions.get(i - 1) >= mentions.get(i), run.out());
        }
        List<String> names = rows.stream().map(r -> r.getLiteral("name").getLexicalForm()).toList();
        assertTrue(names.contains("Adama Dieng") && names.contains("Latin American Network for Genocide and Mass Atrocity Prevention"), names.toString());
        assertFalse(names.contains("United Nations") || names.contains("Ban Ki-moon") || names.contains("International Criminal Court"), names.toString());
        assertTrue(rows.stream().map(r -> r.getLiteral("kind").getLexicalForm()).toList()
                .containsAll(List.of("person", "organization", "mechanism", "network")), run.out());
    }

    @Test
    void aUsersTableLinksMoreEntitiesAndNamesItsBadRows(@TempDir Path dir) throws IOException {
        Path table = dir.resolve("mine.csv");
        // Test data only: the QID is not a checked link and is never shipped.
        Files.writeString(table, """
                name,kind,wikidata,aliases
                Global Centre for the Responsibility to Protect,organization,Q999999999,GCR2P
                Stanley Center for Peace and Security,organization,,
                Stanley Center for Peace and Security,foundation,Q999999999,
                """, StandardCharsets.UTF_8);
        Run unlinked = run("unlinked", "--corpus", CORPUS, "--entities", table.toString());
        assertEquals(0, unlinked.exitCode(), unlinked.err());
        assertTrue(unlinked.err().contains("bad row: " + table + ":3: no Wikidata QID"), unlinked.err());
        assertTrue(unlinked.err().contains("bad row: " + table + ":4: unknown kind 'foundation'"), unlinked.err());
        assertEquals(List.of("Stanley Center for Peace and Security"),
                csv(unlinked.out()).stream().map(r -> r.getLiteral("name").getLexicalForm()).toList());

        Run query = runQuery("query", "--corpus", CORPUS, "--entities", table.toString(), "--results", "csv",
                "SELECT ?link WHERE { <" + GLOBAL_CENTRE + "> <http://www.w3.org/2002/07/owl#sameAs> ?link }");
        assertEquals(0, query.exitCode(), query.err());
        assertEquals(List.of("http://www.wikidata.org/entity/Q999999999"),
                csv(query.stdout()).stream().map(r -> r.get("link").toString()).toList());
    }

    @Test
    void aMissingEntityTableIsAUsageError(@TempDir Path dir) {
        Run run = run("validate", "--corpus", CORPUS, "--entities", dir.resolve("absent.csv").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Entity table not found"), run.err());
    }
}
