package org.w3id.r2p.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of documents: each {@code .txt} file (UTF-8) is one document, read in file-name order.
 * <pre>
 *   Corpus corpus = Corpus.read(Path.of("seeds"));
 * </pre>
 */
public record Corpus(Path folder, List<Document> documents) {
    public static final String TEXT_EXTENSION = ".txt";

    public Corpus {
        documents = List.copyOf(documents);
    }

    public static Corpus read(Path folder) throws CorpusException {
        if (!Files.isDirectory(folder)) {
            throw new CorpusException("Corpus folder not found: " + folder.toAbsolutePath());
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(TEXT_EXTENSION))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new CorpusException("Cannot list " + folder + ": " + e.getMessage(), e);
        }
        List<Document> documents = new ArrayList<>(files.size());
        for (Path file : files) {
            documents.add(readDocument(file));
        }
        return new Corpus(folder, documents);
    }

    static Document readDocument(Path file) throws CorpusException {
        String fileName = file.getFileName().toString();
        String id = fileName.substring(0, fileName.length() - TEXT_EXTENSION.length());
        try {
            String raw = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            TextNormalizer.Result normalized = TextNormalizer.normalize(raw);
            return new Document(id, fileName, normalized.text(), normalized.links(), normalized.bold());
        } catch (CharacterCodingException e) {
            throw new CorpusException(file + " is not valid UTF-8 text", e);
        } catch (IOException e) {
            throw new CorpusException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
