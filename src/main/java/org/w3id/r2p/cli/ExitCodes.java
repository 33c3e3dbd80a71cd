package org.w3id.r2p.cli;

/** Exit codes of every command: 0 success, 1 a failure (message on stderr), 2 bad arguments (picocli's usage code). */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILURE = 1;

    private ExitCodes() {}
}
