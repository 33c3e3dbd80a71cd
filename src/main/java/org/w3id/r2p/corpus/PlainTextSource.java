package org.w3id.r2p.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Text files (.txt, .md): UTF-8, with or without a byte-order mark; a file that is not valid UTF-8 is read as
 * Windows-1252 (which also covers Latin-1), with a warning.
 */
final class PlainTextSource implements TextSource {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Override
    public String text(byte[] bytes, String name, Consumer<String> warnings) {
        return decode(bytes, name, warnings);
    }

    static String decode(byte[] bytes, String name, Consumer<String> warnings) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            warnings.accept(name + " is not valid UTF-8; read as Windows-1252");
            return new String(bytes, WINDOWS_1252);
        }
    }
}
