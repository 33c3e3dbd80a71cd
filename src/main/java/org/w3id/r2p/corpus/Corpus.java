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
 * guessed, a PDF without text) is kept in {@link #warnings()}.
 * <pre>
 *   Corpus corpus = Corpus.read(Path.of("seeds"));
 * </pre>
 */
public record Corpus(Path folder, List<Document> documents, List<String> warnings) {
    private static final Map<String, TextSource> SOURCES = Map.of(
            ".txt", new PlainTextSource(), ".md", new PlainTextSource(),
            ".html", new HtmlSource(), ".htm", new HtmlSource(),
            ".pdf", new PdfSource());

    public Corpus {
        documents = List.copyOf(documents);
        warnings = List.copyOf(warnings);
    }

    public static Corpus read(Path folder) throws CorpusException {
        if (!Files.isDirectory(folder)) {
            throw new CorpusException("Corpus folder not found: " + folder.toAbsolutePath());
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> extension(p) != null).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new CorpusException("Cannot list " + folder + ": " + e.getMessage(), e);
        }
        List<Document> documents = new ArrayList<>(files.size());
        List<String> warnings = new ArrayList<>();
        Map<String, String> fileById = new HashMap<>();
        for (Path file : files) {
            Document document = readDocument(file, warnings::add);
            String other = fileById.putIfAbsent(document.id(), document.fileName());
            if (other != null) {
                throw new CorpusException("Two documents would have the id '" + document.id() + "': " + other
                        + " and " + document.fileName() + "; rename one");
            }
            documents.add(document);
        }
        return new Corpus(folder, documents, warnings);
    }

    static Document readDocument(Path file, Consumer<String> warnings) throws CorpusException {
        String fileName = file.getFileName().toString();
        String extension = extension(file);
        String id = fileName.substring(0, fileName.length() - extension.length());
        try {
            String raw = SOURCES.get(extension).text(Files.readAllBytes(file), fileName, warnings);
            TextNormalizer.Result normalized = TextNormalizer.normalize(raw);
            return new Document(id, fileName, normalized.text(), normalized.links(), normalized.bold());
        } catch (IOException e) {
            throw new CorpusException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        String extension = name.substring(dot).toLowerCase(Locale.ROOT);
        return SOURCES.containsKey(extension) ? extension : null;
    }
}
