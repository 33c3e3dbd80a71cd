package org.w3id.r2p.cli;

/**
 * Exit codes of every command: 0 success; 1 a failure (message on stderr); 2 bad arguments (picocli's usage code);
 * 3 done, but some input files could not be read and were skipped (each named on stderr).
 */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int SKIPPED_INPUT = 3;

    private ExitCodes() {}
}
