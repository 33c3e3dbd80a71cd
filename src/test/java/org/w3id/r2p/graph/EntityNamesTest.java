package org.w3id.r2p.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.DocumentFacts;
import org.w3id.r2p.extract.DocumentMetadata;
import org.w3id.r2p.extract.EntityKind;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.Mention;
import org.w3id.r2p.link.EntityTable;
import org.w3id.r2p.link.StateGazetteer;

class EntityNamesTest {
    private static final EntityRef BOARD = new EntityRef(EntityKind.MECHANISM, "Peace Board (GHA)");
    private static final EntityRef UNION = new EntityRef(EntityKind.ORGANIZATION, "African Union");

    @Test
    void theMostUsedSpellingWinsWithItsWhitespaceRunsMadeOneSpace() {
        EntityNames names = names(mentions(UNION, "AFRICAN\n UNION", "AFRICAN \tUNION", "AFRICAN UNION ", "African Union"));
        assertEquals("AFRICAN UNION", names.label(UNION));
    }

    @Test
    void wordsThatAreNotTheNameCountForTheName() {
        EntityNames names = names(mentions(UNION, "the AU", "the AU", "AFRICAN UNION"));
        assertEquals("African Union", names.label(UNION));
    }

    @Test
    void aNationalMechanismIsLabelledWithoutItsStateCode() {
        EntityNames names = names(mentions(BOARD, "peace board", "Peace  Board", "Peace Board (GHA)"));
        assertEquals("Peace Board", names.label(BOARD));
    }

    private static EntityNames names(DocumentFacts facts) {
        EntityNames.Counter counter = new EntityNames.Counter(
                f -> f.mentions().stream().map(Mention::entity).collect(Collectors.toSet()), IriScheme.standard(),
                StateGazetteer.load(), EntityTable.standard());
        counter.add(facts);
        return counter.names();
    }

    private static DocumentFacts mentions(EntityRef entity, String... texts) {
        String text = String.join(" ", texts);
        List<Mention> mentions = new ArrayList<>();
        int at = 0;
        for (String written : texts) {
            mentions.add(new Mention(entity, written, new Span(at, at + written.length()), "d"));
            at += written.length() + 1;
        }
        Document document = new Document("d", "d.txt", text, List.of(), List.of());
        DocumentMetadata metadata = new DocumentMetadata(null, null, null, List.of(), null, List.of(), List.of(), null);
        return new DocumentFacts(document, metadata, mentions, List.of(), List.of());
    }
}
