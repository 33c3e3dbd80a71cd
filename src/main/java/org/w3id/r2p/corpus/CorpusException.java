package org.w3id.r2p.corpus;

/** A corpus folder or one of its files could not be read; the message names the file and the reason. */
public class CorpusException extends Exception {
    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
