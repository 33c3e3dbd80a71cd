package org.w3id.r2p.graph;

import java.text.Normalizer;
import java.util.Locale;

/** Readable, stable IRI path segments: "Côte d'Ivoire National Committee" becomes "cote-d-ivoire-national-committee". */
public final class Slugs {
    private static final int MAX_LENGTH = 100;

    private Slugs() {}

    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
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
