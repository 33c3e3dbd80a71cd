package org.w3id.r2p.graph;

import static org.w3id.r2p.graph.FactsOutput.MECHANISM;
import static org.w3id.r2p.graph.FactsOutput.NETWORK;
import static org.w3id.r2p.graph.FactsOutput.NO_DATE;
import static org.w3id.r2p.graph.FactsOutput.NULL;
import static org.w3id.r2p.graph.FactsOutput.PERSON;
import static org.w3id.r2p.graph.FactsOutput.REGIONAL_ORGANIZATION;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StreamCorruptedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.DocumentFacts;
import org.w3id.r2p.extract.DocumentKind;
import org.w3id.r2p.extract.DocumentMetadata;
import org.w3id.r2p.extract.EntityFact;
import org.w3id.r2p.extract.EntityKind;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.EventFinding;
import org.w3id.r2p.extract.MechanismFact;
import org.w3id.r2p.extract.MechanismType;
import org.w3id.r2p.extract.Mention;
import org.w3id.r2p.extract.NetworkFact;
import org.w3id.r2p.extract.PersonFact;
import org.w3id.r2p.extract.Pillar;
import org.w3id.r2p.extract.RegionalOrganizationFact;
import org.w3id.r2p.extract.StatementFinding;

/**
 * Reads back what {@link FactsOutput} wrote. It makes nothing but the facts' own records, through their
 * constructors, which check their invariants: a damaged or tampered file can fail the build (a
 * {@link StreamCorruptedException} or the record's own exception) but cannot make other objects.
 */
final class FactsInput implements AutoCloseable {
    private static final DocumentKind[] KINDS = DocumentKind.values();
    private static final Pillar[] PILLARS = Pillar.values();
    private static final EntityKind[] ENTITY_KINDS = EntityKind.values();
    private static final MechanismType[] MECHANISM_TYPES = MechanismType.values();

    private final DataInputStream in;
    /** The strings of the document being read, in the order they were first written. */
    private final List<String> strings = new ArrayList<>();

    FactsInput(InputStream in) {
        this.in = new DataInputStream(in);
    }

    DocumentFacts read() throws IOException {
        strings.clear();
        Document document = new Document(string(), string(), string(), spans(), spans());
        DocumentMetadata metadata = metadata();
        int count = in.readInt();
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            mentions.add(new Mention(ref(), string(), span(), string()));
        }
        count = in.readInt();
        List<EntityFact> facts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            facts.add(fact());
        }
        count = in.readInt();
        List<StatementFinding> statements = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            statements.add(new StatementFinding(ref(), span(), string(), enums(PILLARS), refs(), ref(), ref(),
                    strings(), strings(), string()));
        }
        return new DocumentFacts(document, metadata, mentions, facts, statements);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private DocumentMetadata metadata() throws IOException {
        String title = string();
        LocalDate date = date();
        String place = string();
        List<DocumentKind> kinds = enums(KINDS);
        EventFinding event = in.readBoolean() ? new EventFinding(string(), string(), date(), date(), string()) : null;
        return new DocumentMetadata(title, date, place, kinds, event, strings(), enums(PILLARS), ref());
    }

    private EntityFact fact() throws IOException {
        int tag = in.readByte();
        return switch (tag) {
            case PERSON -> new PersonFact(ref(), string(), ref());
            case MECHANISM -> new MechanismFact(ref(), in.readBoolean(), ref(), orNull(MECHANISM_TYPES));
            case NETWORK -> new NetworkFact(ref(), ref(), refs());
            case REGIONAL_ORGANIZATION -> new RegionalOrganizationFact(ref());
            default -> throw new StreamCorruptedException("No kind of fact is numbered " + tag);
        };
    }

    private EntityRef ref() throws IOException {
        EntityKind kind = orNull(ENTITY_KINDS);
        return kind == null ? null : new EntityRef(kind, string());
    }

    private List<EntityRef> refs() throws IOException {
        int count = in.readInt();
        List<EntityRef> refs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            refs.add(ref());
        }
        return refs;
    }

    private Span span() throws IOException {
        return new Span(in.readInt(), in.readInt());
    }

    private List<Span> spans() throws IOException {
        int count = in.readInt();
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            spans.add(span());
        }
        return spans;
    }

    private LocalDate date() throws IOException {
        long day = in.readLong();
        return day == NO_DATE ? null : LocalDate.ofEpochDay(day);
    }

    private <E> List<E> enums(E[] values) throws IOException {
        int count = in.readInt();
        List<E> read = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            read.add(value(values, in.readByte()));
        }
        return read;
    }

    private <E> E orNull(E[] values) throws IOException {
        int ordinal = in.readByte();
        return ordinal == NULL ? null : value(values, ordinal);
    }

    private List<String> strings() throws IOException {
        int count = in.readInt();
        List<String> read = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            read.add(string());
        }
        return read;
    }

    private String string() throws IOException {
        int length = in.readInt();
        if (length == NULL) {
            return null;
        }
        if (length < NULL) {
            int before = NULL - 1 - length;
            if (before >= strings.size()) {
                throw new StreamCorruptedException("No string numbered " + before + " precedes");
            }
            return strings.get(before);
        }
        // As many chunks as were written: none for an empty string.
        String s = length == 0 ? "" : in.readUTF();
        if (s.length() < length) {
            // Not sized by the length read: a damaged length must not claim the heap before the data runs out.
            StringBuilder chunks = new StringBuilder(s);
            while (chunks.length() < length) {
                chunks.append(in.readUTF());
            }
            s = chunks.toString();
        }
        if (s.length() != length) {
            throw new StreamCorruptedException("A string of " + s.length() + " characters where " + length + " were written");
        }
        strings.add(s);
        return s;
    }

    private static <E> E value(E[] values, int ordinal) throws StreamCorruptedException {
        if (ordinal < 0 || ordinal >= values.length) {
            throw new StreamCorruptedException("No " + values.getClass().getComponentType().getSimpleName()
                    + " numbered " + ordinal);
        }
        return values[ordinal];
    }
}
