package org.w3id.r2p.extract;

import java.util.Arrays;

/**
 * The kinds of mechanism the ontology tells apart (see {@code ontology/r2p.ttl}), each with the code that names
 * it in the third column of {@code mechanisms.tsv} and, for the narrower ones, the kind it belongs to.
 */
public enum MechanismType {
    INVESTIGATIVE_MECHANISM("investigative"),
    COMMISSION_OF_INQUIRY("commission-of-inquiry"),
    FACT_FINDING_MISSION("fact-finding-mission"),
    COURT_OR_TRIBUNAL("court"),
    EARLY_WARNING_SYSTEM("early-warning"),
    SPECIAL_PROCEDURE("special-procedure");

    private final String code;

    MechanismType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The broader kind, or {@code null} for a kind directly under mechanism. */
    public MechanismType broader() {
        return switch (this) {
            case COMMISSION_OF_INQUIRY, FACT_FINDING_MISSION -> INVESTIGATIVE_MECHANISM;
            default -> null;
        };
    }

    /** The kind a lexicon names by its code; a blank code is no kind (null). */
    static MechanismType ofCode(String code) {
        if (code.isBlank()) {
            return null;
        }
        return Arrays.stream(values()).filter(t -> t.code.equals(code.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown mechanism type '" + code + "'"));
    }
}
