package org.w3id.r2p.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF files, through Apache PDFBox. Running headers and footers (lines that repeat at the top or bottom of most
 * pages, page numbers aside) are dropped; words hyphenated across lines are joined by {@link TextNormalizer}.
 */
final class PdfSource implements TextSource {
    private static final int EDGE_LINES = 2;
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    @Override
    public String text(byte[] bytes, String name, Consumer<String> warnings) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            List<List<String>> pages = new ArrayList<>();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(new ArrayList<>(stripper.getText(pdf).lines().toList()));
            }
            if (pages.stream().allMatch(p -> p.stream().allMatch(String::isBlank))) {
                warnings.accept(name + " has no text layer (a scanned PDF?); nothing to extract");
            }
            dropRunningHeadersAndFooters(pages);
            StringBuilder text = new StringBuilder();
            for (List<String> page : pages) {
                page.forEach(line -> text.append(line).append('\n'));
            }
            return text.toString();
        }
    }

    /** A line that stands among the first or last lines of more than half of the pages is page furniture. */
    private static void dropRunningHeadersAndFooters(List<List<String>> pages) {
        if (pages.size() < 2) {
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (List<String> page : pages) {
            edges(page).stream().map(PdfSource::shape).distinct().forEach(line -> seen.merge(line, 1, Integer::sum));
        }
        for (List<String> page : pages) {
            List<String> edges = edges(page);
            page.removeIf(line -> edges.contains(line) && !line.isBlank() && seen.getOrDefault(shape(line), 0) * 2 > pages.size());
        }
    }

    private static List<String> edges(List<String> page) {
        List<String> lines = page.stream().filter(l -> !l.isBlank()).toList();
        List<String> edges = new ArrayList<>(lines.subList(0, Math.min(EDGE_LINES, lines.size())));
        edges.addAll(lines.subList(Math.max(0, lines.size() - EDGE_LINES), lines.size()));
        return edges;
    }

    /** Page numbers differ from page to page; the line around them does not. */
    private static String shape(String line) {
        return DIGITS.matcher(line.strip()).replaceAll("#");
    }
}
