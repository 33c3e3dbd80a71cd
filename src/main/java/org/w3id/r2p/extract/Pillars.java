package org.w3id.r2p.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.extract.text.StartScan;
import org.w3id.r2p.extract.text.Starts;

/** The pillars a text names: "the first pillar", "pillar two", "Pillar III", "pillars one and two". */
public final class Pillars {
    private static final String PILLAR = "pillar";
    private static final String NUMBER = "one|two|three|1|2|3|III|II|I";
    private static final Pattern ORDINAL = Pattern.compile(
            "(?i)\\b(first|second|third)(?:\\s*(?:,|and|or)\\s*(first|second|third))*\\s+pillars?\\b");
    private static final Starts ORDINAL_STARTS = Starts.prefixes(true, "first", "second", "third");
    private static final Pattern ORDINAL_WORD = Pattern.compile("(?i)first|second|third");
    private static final StartScan NUMBERED = new StartScan(Pattern.compile(
            "(?i)\\bpillars?\\s+(" + NUMBER + ")\\b(?:\\s*(?:,|and|or)\\s*(?:pillar\\s+)?(" + NUMBER + ")\\b)?"),
            Starts.prefixes(true, "pillar"));
    private static final Map<String, Pillar> WORDS = Map.ofEntries(
            Map.entry("first", Pillar.ONE), Map.entry("second", Pillar.TWO), Map.entry("third", Pillar.THREE),
            Map.entry("one", Pillar.ONE), Map.entry("two", Pillar.TWO), Map.entry("three", Pillar.THREE),
            Map.entry("1", Pillar.ONE), Map.entry("2", Pillar.TWO), Map.entry("3", Pillar.THREE),
            Map.entry("i", Pillar.ONE), Map.entry("ii", Pillar.TWO), Map.entry("iii", Pillar.THREE));

    private Pillars() {}

    public static List<Pillar> in(String text) {
        Set<Pillar> found = EnumSet.noneOf(Pillar.class);
        int lastPillar = lastPillar(text);
        if (lastPillar < 0) {
            return List.of(); // both forms say "pillar"; most texts do not, and two scans are saved
        }
        // An ordinal's match ends in "pillar": none starts after the last one, and the scan stops there.
        StartScan.Scan ordinal = new StartScan(ORDINAL, before(ORDINAL_STARTS, lastPillar)).in(text, 0, text.length());
        while (ordinal.find()) {
            Matcher word = ORDINAL_WORD.matcher(ordinal.group());
            while (word.find()) {
                found.add(WORDS.get(word.group().toLowerCase(Locale.ROOT)));
            }
        }
        StartScan.Scan numbered = NUMBERED.in(text, 0, text.length());
        while (numbered.find()) {
            for (int g = 1; g <= 2; g++) {
                if (numbered.group(g) != null) {
                    // "Pillar I" is a pillar; "pillar I" at a sentence's end could be the pronoun, so case matters.
                    String n = numbered.group(g);
                    if (!n.equals("I") || Character.isUpperCase(numbered.group().charAt(0))) {
                        found.add(WORDS.get(n.toLowerCase(Locale.ROOT)));
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /** Where "pillar" last stands in the text, in any case; -1 if nowhere. */
    private static int lastPillar(String text) {
        for (int i = text.length() - PILLAR.length(); i >= 0; i--) {
            char c = text.charAt(i);
            if ((c == 'p' || c == 'P') && text.regionMatches(true, i, PILLAR, 0, PILLAR.length())) {
                return i;
            }
        }
        return -1;
    }

    /** The test, but only before {@code limit} (an offset in the whole text, which the scan's input is). */
    private static Starts before(Starts starts, int limit) {
        return new Starts() {
            @Override
            public boolean at(CharSequence input, int i) {
                return i < limit && starts.at(input, i);
            }

            @Override
            public int next(CharSequence input, int from) {
                int next = starts.next(input, Math.min(from, limit));
                return next < limit ? next : input.length();
            }
        };
    }
}
