package org.w3id.r2p.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a document's raw text into the text that is published and searched: no byte-order mark, LF line ends,
 * straight quotes, plain hyphens for dashes, words hyphenated across a line break joined ("preven-\ntion"), and
 * markdown links and bold markers reduced to their words. Every offset an extractor reports points into this
 * text. The positions of the link texts are kept, since a name can be split across two links
 * ({@code [Urugu](#)} {@code [ay](#)}).
 */
public final class TextNormalizer {
    /** A markdown link, or a {@code **} bold marker. Link text may run over a line break. */
    private static final Pattern HYPHENATED = Pattern.compile("(\\p{Ll})-\\n[ \\t]*(\\p{Ll})");
    private static final Pattern MARKUP = Pattern.compile("\\[([^\\[\\]]*)\\]\\([^()\\s]*\\)|\\*\\*");

    /** The normalised text, where link texts stand in it, and where bold text stands. */
    public record Result(String text, List<Span> links, List<Span> bold) {
        public Result {
            links = List.copyOf(links);
            bold = List.copyOf(bold);
        }
    }

    private TextNormalizer() {}

    public static Result normalize(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        text = straightenQuotes(text);
        if (text.contains("-\n")) { // most texts have no word broken over a line: no need to scan them for one
            text = HYPHENATED.matcher(text).replaceAll("$1$2");
        }
        StringBuilder out = new StringBuilder(text.length());
        List<Span> links = new ArrayList<>();
        List<Span> bold = new ArrayList<>();
        int boldStart = -1;
        Matcher m = MARKUP.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            if (m.group(1) != null) {
                int start = out.length();
                out.append(m.group(1));
                links.add(new Span(start, out.length()));
            } else if (boldStart < 0) {
                boldStart = out.length();
            } else {
                bold.add(new Span(boldStart, out.length()));
                boldStart = -1;
            }
            last = m.end();
        }
        out.append(text, last, text.length());
        return new Result(out.toString(), links, bold);
    }

    private static String straightenQuotes(String text) {
        return text.replace('\u2018', '\'').replace('\u2019', '\'')
                .replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u2212', '-');
    }
}
