package org.w3id.r2p.extract.attribution;

import java.util.Map;

/** The UN official languages (and Portuguese) by English name, as ISO 639-1 codes. */
final class Languages {
    private static final Map<String, String> CODES = Map.of("English", "en", "French", "fr", "Spanish", "es",
            "Arabic", "ar", "Chinese", "zh", "Russian", "ru", "Portuguese", "pt");

    /** Names in a regular expression alternation. */
    static final String NAMES = "English|French|Spanish|Arabic|Chinese|Russian|Portuguese";

    private Languages() {}

    /** The code of a language named in English, or null. */
    static String code(String name) {
        return CODES.get(name);
    }
}
