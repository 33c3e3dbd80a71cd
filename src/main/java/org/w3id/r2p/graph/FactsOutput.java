package org.w3id.r2p.graph;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.DocumentFacts;
import org.w3id.r2p.extract.DocumentMetadata;
import org.w3id.r2p.extract.EntityFact;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.EventFinding;
import org.w3id.r2p.extract.MechanismFact;
import org.w3id.r2p.extract.Mention;
import org.w3id.r2p.extract.NetworkFact;
import org.w3id.r2p.extract.PersonFact;
import org.w3id.r2p.extract.RegionalOrganizationFact;
import org.w3id.r2p.extract.StatementFinding;

/**
 * Writes documents' facts field by field, in the order {@link FactsInput} reads them: the spill's own format, in
 * place of Java serialization, whose reflective machinery cost more CPU to compile at run time than a build spends
 * writing and reading the facts. Each record is its components in declaration order; a string is written once per
 * document and then referred to by number (an entity's key and the document's id recur in every mention).
 */
final class FactsOutput implements AutoCloseable {
    /** Tags of the kinds of {@link EntityFact}, and of a string that is absent or already written. */
    static final int PERSON = 0;
    static final int MECHANISM = 1;
    static final int NETWORK = 2;
    static final int REGIONAL_ORGANIZATION = 3;
    static final int NULL = -1;
    /**
     * Characters in one {@link DataOutputStream#writeUTF} chunk: a char takes at most three bytes there and a chunk
     * at most 65,535, and a document's text can be longer.
     */
    static final int CHUNK = 65_535 / 3;
    static final long NO_DATE = Long.MIN_VALUE;

    private final DataOutputStream out;
    private final Map<String, Integer> written = new HashMap<>();

    FactsOutput(OutputStream out) {
        this.out = new DataOutputStream(out);
    }

    void write(DocumentFacts facts) throws IOException {
        written.clear();
        document(facts.document());
        metadata(facts.metadata());
        out.writeInt(facts.mentions().size());
        for (Mention mention : facts.mentions()) {
            ref(mention.entity());
            string(mention.text());
            span(mention.span());
            string(mention.documentId());
        }
        out.writeInt(facts.facts().size());
        for (EntityFact fact : facts.facts()) {
            fact(fact);
        }
        out.writeInt(facts.statements().size());
        for (StatementFinding statement : facts.statements()) {
            statement(statement);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void document(Document document) throws IOException {
        string(document.id());
        string(document.fileName());
        string(document.text());
        spans(document.links());
        spans(document.bold());
    }

    private void metadata(DocumentMetadata metadata) throws IOException {
        string(metadata.title());
        date(metadata.date());
        string(metadata.place());
        enums(metadata.kinds());
        EventFinding event = metadata.event();
        out.writeBoolean(event != null);
        if (event != null) {
            string(event.kind());
            string(event.label());
            date(event.date());
            date(event.end());
            string(event.place());
        }
        strings(metadata.symbols());
        enums(metadata.pillars());
        ref(metadata.author());
    }

    private void fact(EntityFact fact) throws IOException {
        if (fact instanceof PersonFact person) {
            out.writeByte(PERSON);
            ref(person.entity());
            string(person.role());
            ref(person.affiliation());
        } else if (fact instanceof MechanismFact mechanism) {
            out.writeByte(MECHANISM);
            ref(mechanism.entity());
            out.writeBoolean(mechanism.national());
            ref(mechanism.state());
            out.writeByte(mechanism.type() == null ? NULL : mechanism.type().ordinal());
        } else if (fact instanceof NetworkFact network) {
            out.writeByte(NETWORK);
            ref(network.entity());
            ref(network.secretariat());
            refs(network.members());
        } else {
            out.writeByte(REGIONAL_ORGANIZATION);
            ref(((RegionalOrganizationFact) fact).entity());
        }
    }

    private void statement(StatementFinding statement) throws IOException {
        ref(statement.speaker());
        span(statement.span());
        string(statement.text());
        enums(statement.pillars());
        refs(statement.mechanisms());
        ref(statement.onBehalfOf());
        ref(statement.deliveredBy());
        strings(statement.languages());
        strings(statement.topics());
        string(statement.documentId());
    }

    private void ref(EntityRef ref) throws IOException {
        out.writeByte(ref == null ? NULL : ref.kind().ordinal());
        if (ref != null) {
            string(ref.key());
        }
    }

    private void refs(List<EntityRef> refs) throws IOException {
        out.writeInt(refs.size());
        for (EntityRef ref : refs) {
            ref(ref);
        }
    }

    private void span(Span span) throws IOException {
        out.writeInt(span.start());
        out.writeInt(span.end());
    }

    private void spans(List<Span> spans) throws IOException {
        out.writeInt(spans.size());
        for (Span span : spans) {
            span(span);
        }
    }

    private void date(LocalDate date) throws IOException {
        out.writeLong(date == null ? NO_DATE : date.toEpochDay());
    }

    private void enums(List<? extends Enum<?>> values) throws IOException {
        out.writeInt(values.size());
        for (Enum<?> value : values) {
            out.writeByte(value.ordinal());
        }
    }

    private void strings(List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            string(s);
        }
    }

    /**
     * A string as {@link #NULL}, as {@code NULL - 1 - n} for the n-th string of the document written before, or as
     * its length and its characters in chunks of modified UTF-8, which keeps any char sequence, unpaired surrogates
     * included.
     */
    private void string(String s) throws IOException {
        if (s == null) {
            out.writeInt(NULL);
            return;
        }
        Integer before = written.putIfAbsent(s, written.size());
        if (before != null) {
            out.writeInt(NULL - 1 - before);
            return;
        }
        out.writeInt(s.length());
        for (int start = 0; start < s.length(); start += CHUNK) {
            out.writeUTF(s.substring(start, Math.min(s.length(), start + CHUNK)));
        }
    }
}
