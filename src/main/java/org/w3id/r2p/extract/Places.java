package org.w3id.r2p.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.w3id.r2p.link.DataFiles;
import org.w3id.r2p.link.NameMatcher;

/**
 * The cities of {@code places.txt}: where R2P documents are issued and meetings held. Datelines write them in
 * capitals ("GENEVA", "ADDIS ABABA"), so a name is known whatever its case.
 */
final class Places {
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final NameMatcher names;
    private final Map<String, String> byUpperCase;

    Places() {
        Map<String, String> cities = new LinkedHashMap<>();
        Map<String, String> upper = new LinkedHashMap<>();
        for (String city : DataFiles.lines(Places.class, "places.txt")) {
            cities.put(city, city);
            upper.putIfAbsent(city.toUpperCase(Locale.ROOT), city);
        }
        this.names = NameMatcher.of(cities);
        this.byUpperCase = Map.copyOf(upper);
    }

    /** The city named by these words, written as listed; empty if they name none. */
    Optional<String> lookup(String words) {
        return Optional.ofNullable(byUpperCase.get(WHITE_SPACE.matcher(words.strip()).replaceAll(" ").toUpperCase(Locale.ROOT)));
    }

    /** Cities named in the text as listed (not in capitals), in text order. */
    List<NameMatcher.Match> find(CharSequence text) {
        return names.find(text);
    }
}
