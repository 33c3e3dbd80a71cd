package org.w3id.r2p.extract;

/** The three pillars of the Responsibility to Protect. */
public enum Pillar {
    ONE, TWO, THREE
}
