package org.w3id.r2p.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A folder of documents, read in file-name order: text ({@code .txt}, {@code .md}), HTML ({@code .html},
 * {@code .htm}) and PDF ({@code .pdf}). Other files are ignored. What was read but not cleanly (an encoding
 * guessed, a PDF without text, an empty file) is kept in {@link #warnings()}; a file that could not be read as
 * a document at all (binary, unreadable, too large, a folder or a link loop with a document's name) is left out
 * and named, with the reason, in {@link #skipped()}. One bad file never stops the others.
 * <pre>
 *   Corpus corpus = Corpus.read(Path.of("seeds"));
 * </pre>
 */
public record Corpus(Path folder, List<Document> documents, List<String> warnings, List<String> skipped) {
    /** Files larger than this are refused rather than read into memory. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private static final Map<String, TextSource> SOURCES = Map.of(
            ".txt", new PlainTextSource(), ".md", new PlainTextSource(),
            ".html", new HtmlSource(), ".htm", new HtmlSource(),
            ".pdf", new PdfSource());

    public Corpus {
        documents = List.copyOf(documents);
        warnings = List.copyOf(warnings);
        skipped = List.copyOf(skipped);
    }

    public static Corpus read(Path folder) throws CorpusException {
        if (!Files.isDirectory(folder)) {
            throw new CorpusException("Corpus folder not found: " + folder.toAbsolutePath());
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> extension(p) != null).sorted().toList();
        } catch (IOException e) {
            throw new CorpusException("Cannot list " + folder + ": " + e.getMessage(), e);
        }
        List<Document> documents = new ArrayList<>(files.size());
        List<String> warnings = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<String, String> fileById = new HashMap<>();
        for (Path file : files) {
            Document document;
            try {
                document = readDocument(file, warnings::add);
            } catch (CorpusException unreadable) {
                skipped.add(unreadable.getMessage());
                continue;
            }
            String other = fileById.putIfAbsent(document.id(), document.fileName());
            if (other != null) {
                throw new CorpusException("Two documents would have the id '" + document.id() + "': " + other
                        + " and " + document.fileName() + "; rename one");
            }
            if (document.text().isBlank()) {
                warnings.add(document.fileName() + " is empty");
            }
            documents.add(document);
        }
        return new Corpus(folder, documents, warnings, skipped);
    }

    /** Reads one file as a document, or says why it cannot be one. */
    static Document readDocument(Path file, Consumer<String> warnings) throws CorpusException {
        String fileName = file.getFileName().toString();
        String extension = extension(file);
        String id = fileName.substring(0, fileName.length() - extension.length());
        try {
            if (!Files.isRegularFile(file)) {
                throw new CorpusException(fileName + ": skipped, not a regular file ("
                        + (Files.isDirectory(file) ? "a folder" : "a broken link or a link loop") + ")");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new CorpusException(fileName + ": skipped, too large (" + size / (1024 * 1024) + " MB; the limit is "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB); split it into smaller documents");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (!extension.equals(".pdf") && looksBinary(bytes)) {
                throw new CorpusException(fileName + ": skipped, binary content, not text");
            }
            String raw = SOURCES.get(extension).text(bytes, fileName, warnings);
            TextNormalizer.Result normalized = TextNormalizer.normalize(raw);
            return new Document(id, fileName, normalized.text(), normalized.links(), normalized.bold());
        } catch (IOException e) {
            throw new CorpusException(fileName + ": skipped, cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() != null ? ": " + e.getMessage() : "") + ")", e);
        }
    }

    /** Text has no NUL bytes; a file with some is a binary file with a text name. */
    private static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        String extension = name.substring(dot).toLowerCase(Locale.ROOT);
        return SOURCES.containsKey(extension) ? extension : null;
    }
}
