package org.w3id.r2p.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

import org.w3id.r2p.graph.EvidenceLevel;

import picocli.CommandLine;

/** Evidence levels by their lower-case names on the command line: full, compact, none. */
final class EvidenceConverter implements CommandLine.ITypeConverter<EvidenceLevel> {
    @Override
    public EvidenceLevel convert(String value) {
        try {
            return EvidenceLevel.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not an evidence level; use one of " + String.join(", ", new Names()));
        }
    }

    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(EvidenceLevel.values()).map(level -> level.name().toLowerCase(Locale.ROOT)).iterator();
        }
    }
}
