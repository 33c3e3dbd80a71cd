package org.w3id.r2p.graph;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Readable, stable IRI path segments: "Côte d'Ivoire National Committee" becomes "cote-d-ivoire-national-committee". */
public final class Slugs {
    private static final int MAX_LENGTH = 100;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private Slugs() {}

    public static String slug(String name) {
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String hyphenated = NOT_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        String slug = EDGE_HYPHENS.matcher(hyphenated).replaceAll("");
        if (slug.length() > MAX_LENGTH) {
            int lastBreak = slug.lastIndexOf('-', MAX_LENGTH);
            slug = slug.substring(0, lastBreak > 0 ? lastBreak : MAX_LENGTH);
        }
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("Nothing to make a slug of in '" + name + "'");
        }
        return slug;
    }
}
