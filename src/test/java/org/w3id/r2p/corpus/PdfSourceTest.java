package org.w3id.r2p.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF made by the test, like a UN record: running header and footer, numbered paragraphs, hyphenation. */
class PdfSourceTest {
    static void writePdf(Path file, List<List<String>> pages) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            int number = 0;
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.newLineAtOffset(72, 740);
                    content.showText("A/73/898 Responsibility to protect");
                    content.newLineAtOffset(0, -30);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLineAtOffset(0, -16);
                    }
                    content.endText();
                    content.beginText();
                    content.setFont(font, 9);
                    content.newLineAtOffset(300, 40);
                    content.showText("Page " + (++number));
                    content.endText();
                }
            }
            pdf.save(file.toFile());
        }
    }

    static final List<List<String>> RECORD = List.of(
            List.of("Informal interactive dialogue on the responsibility to protect",
                    "New York, 5 September 2019",
                    "1. The representative of Ghana stressed that the preven-",
                    "tion of atrocity crimes starts at home."),
            List.of("2. The delegation of Peru noted the value of early warning and of the",
                    "Universal Periodic Review."));

    @Test
    void readsTextDroppingRunningHeadersAndFootersAndJoiningHyphenatedWords(@TempDir Path dir) throws Exception {
        writePdf(dir.resolve("record.pdf"), RECORD);
        String text = Corpus.read(dir).documents().get(0).text();
        assertTrue(text.contains("prevention of atrocity crimes"), text);
        assertTrue(text.contains("1. The representative of Ghana stressed"), text);
        assertFalse(text.contains("A/73/898"), text);
        assertFalse(text.contains("Page 1"), text);
    }

    @Test
    void warnsAboutAPdfWithoutText(@TempDir Path dir) throws Exception {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(dir.resolve("scan.pdf").toFile());
        }
        Corpus corpus = Corpus.read(dir);
        assertTrue(corpus.warnings().stream().anyMatch(w -> w.contains("scan.pdf has no text layer")), corpus.warnings().toString());
        assertTrue(Files.exists(dir.resolve("scan.pdf")));
    }
}
