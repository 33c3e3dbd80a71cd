package org.w3id.r2p.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.irix.IRIs;
import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.graph.GraphAssembler;
import org.w3id.r2p.graph.IriScheme;
import org.w3id.r2p.graph.KnowledgeGraph;
import org.w3id.r2p.link.StateGazetteer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random and mutated text through the extractors and assembly: no exception escapes, every span lies inside its
 * text, every minted IRI is valid.
 */
class ExtractionFuzzTest {
    private static final DocumentExtractor EXTRACTOR = DocumentExtractor.standard();
    private static final List<String> SEEDS = seeds();
    private static final String ODD = "[]()<>{}\"'\u2019\u201C\u201D*#:;,.-\u2013\u2014/\\\n\n\r\t\u0000\uFEFF\uD83D\uDE00";

    @Property(tries = 150)
    void randomTextIsHandled(@ForAll("randomText") String raw) {
        check(raw);
    }

    @Property(tries = 60)
    void mutatedSeedsAreHandled(@ForAll("mutatedSeed") String raw) {
        check(raw);
    }

    @Property(tries = 20)
    void floodsOfLinkFragmentsAreHandled(@ForAll("linkFlood") String raw) {
        check(raw);
    }

    private static void check(String raw) {
        Document document = Document.of("fuzz", raw);
        DocumentFacts facts = EXTRACTOR.extract(document);
        int length = document.text().length();
        facts.mentions().forEach(m -> assertTrue(m.span().end() <= length, "mention outside the text: " + m));
        facts.statements().forEach(s -> assertTrue(s.span().end() <= length, "statement outside the text: " + s.span()));
        KnowledgeGraph graph = new GraphAssembler(IriScheme.standard(), StateGazetteer.load()).assemble(List.of(facts));
        graph.union().find().forEachRemaining(t -> Stream.of(t.getSubject(), t.getPredicate(), t.getObject())
                .filter(n -> n.isURI())
                .forEach(n -> assertTrue(IRIs.check(n.getURI()), "invalid IRI " + n.getURI())));
    }

    @Provide
    Arbitrary<String> randomText() {
        Arbitrary<String> words = Arbitraries.of("Mr.", "Ms.", "Statement by", "Ghana", "Côte d'Ivoire", "the government of",
                "stated", "noted", "He", "It", "National Committee for the Prevention of", "Network", "(in French)",
                "6 September 2017", "A/67/929", "on behalf of the", "Q:", "Galis:", "**", "[Urugu](#)", "[ay](#)",
                "first pillar", "Secretary-General", "interactive dialogue", "\n\n", "\n", ",", ".", "respectively",
                "The Permanent Mission of Ghana", "Special Adviser on the Prevention of Genocide");
        Arbitrary<String> noise = Arbitraries.strings().withChars(ODD).withCharRange('a', 'z').withCharRange('A', 'Z').ofMaxLength(40);
        return Arbitraries.oneOf(words, noise).list().ofMaxSize(120).map(parts -> String.join(" ", parts));
    }

    @Provide
    Arbitrary<String> mutatedSeed() {
        Arbitrary<String> seed = Arbitraries.of(SEEDS);
        Arbitrary<Integer> cuts = Arbitraries.integers().between(0, 20);
        Arbitrary<String> insert = Arbitraries.strings().withChars(ODD).ofMinLength(1).ofMaxLength(8);
        return Combinators.combine(seed, cuts, insert, Arbitraries.randoms()).as((text, n, junk, random) -> {
            StringBuilder mutated = new StringBuilder(text);
            for (int i = 0; i < n && mutated.length() > 0; i++) {
                int at = random.nextInt(mutated.length());
                if (random.nextBoolean()) {
                    mutated.insert(at, junk);
                } else {
                    mutated.delete(at, Math.min(mutated.length(), at + random.nextInt(200)));
                }
            }
            return mutated.toString();
        });
    }

    @Provide
    Arbitrary<String> linkFlood() {
        return Arbitraries.integers().between(100, 3000).map(n -> "[Urugu](#)\n[ay](#) [".repeat(n) + "]");
    }

    private static List<String> seeds() {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            return files.sorted().map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
