package org.w3id.r2p.extract;

/** The kinds of named thing an extractor finds; {@link #segment()} is the IRI path segment. */
public enum EntityKind {
    STATE("state"),
    PERSON("person"),
    ORGANIZATION("organization"),
    MECHANISM("mechanism"),
    REGIONAL_NETWORK("network"),
    /** A group of States a statement is made for ("the Nordic countries", "the African Group"). */
    STATE_GROUP("group");

    private final String segment;

    EntityKind(String segment) {
        this.segment = segment;
    }

    public String segment() {
        return segment;
    }

    /** States, persons and organizations can make statements. */
    public boolean canSpeak() {
        return this == STATE || this == PERSON || this == ORGANIZATION;
    }
}
