package org.w3id.r2p.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A folder of documents that are read one at a time, when asked for, so that a build over it holds only the
 * documents in flight: the streaming counterpart of {@link Corpus#read}, with the same files, ids, warnings and
 * reasons for skipping a file.
 * <pre>
 *   CorpusFolder folder = CorpusFolder.open(Path.of("seeds"));
 *   Document first = folder.read(folder.files().get(0), System.err::println);
 * </pre>
 */
public record CorpusFolder(Path folder, List<Path> files) {
    public CorpusFolder {
        files = List.copyOf(files);
    }

    /** Lists the documents of a folder; two files that would give one id are refused here, before any is read. */
    public static CorpusFolder open(Path folder) throws CorpusException {
        if (!Files.isDirectory(folder)) {
            throw new CorpusException("Corpus folder not found: " + folder.toAbsolutePath());
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> Corpus.extension(p) != null).sorted().toList();
        } catch (IOException e) {
            throw new CorpusException("Cannot list " + folder + ": " + e.getMessage(), e);
        }
        Map<String, String> fileById = new HashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String other = fileById.putIfAbsent(id(file), name);
            if (other != null) {
                throw new CorpusException("Two documents would have the id '" + id(file) + "': " + other
                        + " and " + name + "; rename one");
            }
        }
        return new CorpusFolder(folder, files);
    }

    /** The id a file's document gets: its name without the extension. */
    public static String id(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - Corpus.extension(file).length());
    }

    /**
     * Reads one document; what was read but not cleanly goes to {@code warnings}.
     *
     * @throws CorpusException naming the file and why it cannot be a document
     */
    public Document read(Path file, Consumer<String> warnings) throws CorpusException {
        Document document = Corpus.readDocument(file, warnings);
        if (document.text().isBlank()) {
            warnings.accept(document.fileName() + " is empty");
        }
        return document;
    }
}
