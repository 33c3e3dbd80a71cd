package org.w3id.r2p.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Span;

import org.junit.jupiter.api.Test;

class OccurrencesTest {
    private static final Pattern PERSONAL = Pattern.compile("(?<![\\p{L}])(?:He|She|he|she)(?![\\p{L}])");
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<![\\p{L}-])(?<!Deputy )(?:(?:UN|United Nations) )?(Secretary[- ]General|UNSG)(?![\\p{L}-])");
    private static final Pattern ON_BEHALF = Pattern.compile("(?i)\\b(?:on\\s+behalf\\s+of|speaking\\s+for)\\s+");

    /** What a matcher bounded by the region finds: the behaviour Occurrences must keep. */
    private static List<String> byMatcher(Pattern pattern, String text, int from, int to) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text).region(from, to);
        while (m.find()) {
            found.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return found;
    }

    private static List<String> byOccurrences(Occurrences occurrences, String text, int from, int to) {
        return occurrences.in(text, from, to).stream().map(m -> m.start() + "-" + m.end() + ":" + m.group()).toList();
    }

    @Test
    void findsWhatAMatcherOnTheRegionFinds() {
        Occurrences personal = Occurrences.of(PERSONAL, Set.of("He", "She", "he", "she"), false);
        String text = "He said that she, the chef and Shell agreed; then he left. Sheer luck, she added.";
        assertEquals(byMatcher(PERSONAL, text, 0, text.length()), byOccurrences(personal, text, 0, text.length()));
        assertEquals(List.of("0-2:He", "13-16:she", "50-52:he", "71-74:she"), byOccurrences(personal, text, 0, text.length()));
    }

    @Test
    void readsTheRegionAsAMatcherBoundedByItDoes() {
        Occurrences personal = Occurrences.of(PERSONAL, Set.of("He", "She", "he", "she"), false);
        String text = "Ashe spoke";
        // Bounded at "he", a matcher does not see the "As" before it, nor the space after "Ash".
        for (int from = 0; from <= 3; from++) {
            for (int to = from; to <= text.length(); to++) {
                assertEquals(byMatcher(PERSONAL, text, from, to), byOccurrences(personal, text, from, to), from + "," + to);
            }
        }
        assertEquals(List.of("2-4:he"), byOccurrences(personal, text, 2, 4));
    }

    @Test
    void keepsLookbehindsThatReachBeforeTheOpeningWord() {
        Occurrences reference = Occurrences.of(REFERENCE, Set.of("UN", "United", "Secretary", "UNSG"), false);
        String text = "The Deputy Secretary-General and the UN Secretary General met the UNSG; Deputy UNSG.";
        for (int from : new int[] {0, 4, 11, 30}) {
            assertEquals(byMatcher(REFERENCE, text, from, text.length()), byOccurrences(reference, text, from, text.length()));
        }
        // From "Secretary-General" on, the region hides "Deputy " from the lookbehind, as it does from a matcher.
        assertEquals("11-28:Secretary-General", byOccurrences(reference, text, 11, text.length()).get(0));
        MatchResult un = reference.in(text, new Span(30, text.length())).get(0);
        assertEquals(37, un.start());
        assertEquals(40, un.start(1));
    }

    @Test
    void ignoresAsciiCaseWhenAsked() {
        Occurrences behalf = Occurrences.of(ON_BEHALF, Set.of("on", "speaking"), true);
        String text = "ON BEHALF OF the Group, and Speaking for Chile; upon behalf of none.";
        assertEquals(byMatcher(ON_BEHALF, text, 0, text.length()), byOccurrences(behalf, text, 0, text.length()));
        assertEquals(2, behalf.in(text, 0, text.length()).size());
        assertNull(behalf.first(text, new Span(48, text.length())));
    }

    @Test
    void ignoresAsciiCaseInATextOfWideCharacters() {
        Occurrences behalf = Occurrences.of(ON_BEHALF, Set.of("on", "speaking"), true);
        // A curly apostrophe makes the text UTF-16; "ſpeaking" (long s) folds to "speaking" in no ASCII case.
        String text = "Côte d’Ivoire, On Behalf of the Group; SPEAKING FOR Chile; ſpeaking for none; oN behalf of all.";
        assertEquals(byMatcher(ON_BEHALF, text, 0, text.length()), byOccurrences(behalf, text, 0, text.length()));
        assertEquals(List.of("15-28:On Behalf of ", "39-52:SPEAKING FOR ", "78-91:oN behalf of "),
                byOccurrences(behalf, text, 0, text.length()));
        assertEquals(List.of(), behalf.in(text, 0, 14));
    }

    @Test
    void refusesAnOpeningWordThatIsNotLetters() {
        assertThrows(IllegalArgumentException.class, () -> Occurrences.of(PERSONAL, Set.of("he's"), false));
    }
}
