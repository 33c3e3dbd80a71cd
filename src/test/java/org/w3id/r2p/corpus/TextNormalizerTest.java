package org.w3id.r2p.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void reducesMarkdownLinksToTheirTextAndKeepsWhereTheyStand() {
        TextNormalizer.Result result = TextNormalizer.normalize("with\n\n[Hungary](#)\n\nnoting [Urugu](#)\n[ay](http://x.org/a)");
        assertEquals("with\n\nHungary\n\nnoting Urugu\nay", result.text());
        assertEquals(List.of("Hungary", "Urugu", "ay"), result.links().stream().map(s -> s.of(result.text())).toList());
    }

    @Test
    void keepsLinkTextThatRunsOverALineBreak() {
        TextNormalizer.Result result = TextNormalizer.normalize("[Republic\nof Korea](#)");
        assertEquals("Republic\nof Korea", result.links().get(0).of(result.text()));
    }

    @Test
    void dropsByteOrderMarkCarriageReturnsAndCurlyQuotes() {
        assertEquals("It's \"fine\"\nnow", TextNormalizer.normalize("\uFEFFIt\u2019s \u201Cfine\u201D\r\nnow").text());
    }

    @Test
    void removesBoldMarkersAndRecordsTheBoldText() {
        TextNormalizer.Result result = TextNormalizer.normalize("**A Title**\nbody");
        assertEquals("A Title\nbody", result.text());
        assertEquals("A Title", result.bold().get(0).of(result.text()));
    }

    @Test
    void leavesBracketsThatAreNotLinksAlone() {
        assertEquals("[Check against delivery]", TextNormalizer.normalize("[Check against delivery]").text());
    }
}
