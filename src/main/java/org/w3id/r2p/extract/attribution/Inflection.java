package org.w3id.r2p.extract.attribution;

/** The five forms of an English verb that a reporting cue can take. */
public enum Inflection {
    /** "say", "point out". */
    BASE,
    /** "says", "points out". */
    THIRD_PERSON,
    /** "said", "pointed out". */
    PAST,
    /** "said", "spoken", "pointed out". */
    PAST_PARTICIPLE,
    /** "saying", "pointing out". */
    PRESENT_PARTICIPLE
}
