package org.w3id.r2p.corpus;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests in other packages write the sample PDF record. */
public final class PdfSourceTestAccess {
    private PdfSourceTestAccess() {}

    public static void writeRecord(Path file) throws IOException {
        PdfSourceTest.writePdf(file, PdfSourceTest.RECORD);
    }
}
