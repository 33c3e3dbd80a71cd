package org.w3id.r2p.corpus;

import java.io.IOException;
import java.util.function.Consumer;

/** Turns the bytes of one kind of file into the text of a document. */
interface TextSource {
    /**
     * @param bytes    the file's content
     * @param name     the file's name, for messages
     * @param warnings where to report what was read but not cleanly (an encoding guessed, say)
     */
    String text(byte[] bytes, String name, Consumer<String> warnings) throws IOException;
}
