package org.w3id.r2p.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.w3id.r2p.publish.DumpFormat;

import picocli.CommandLine;

/** Dump formats by their lower-case names on the command line: turtle, ntriples, trig, nquads, jsonld. */
final class FormatConverter implements CommandLine.ITypeConverter<DumpFormat> {
    @Override
    public DumpFormat convert(String value) {
        try {
            return DumpFormat.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not a format; use one of " + String.join(", ", new Names()));
        }
    }

    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("turtle", "ntriples", "trig", "nquads", "jsonld").iterator();
        }
    }
}
