package org.w3id.r2p.corpus;

import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * HTML pages (.html, .htm), through jsoup: scripts, styles, navigation, headers, footers and forms are dropped;
 * block elements become paragraphs and {@code <br>} a line break, so the text reads like a text file. The page's
 * {@code <title>} comes first unless the body starts with it; the headline, its {@code <h1>}, is marked bold, as a
 * title is in a text file, so that it is preferred to a {@code <title>} that adds the site's name.
 */
final class HtmlSource implements TextSource {
    /** Parsed once (a query given as a string is parsed again on every page); jsoup's evaluators are thread-safe. */
    private static final Evaluator DROPPED =
            QueryParser.parse("script, style, noscript, nav, header, footer, aside, form, template, svg");
    private static final Pattern SPACE_BEFORE_LINE_END = Pattern.compile("[ \\t\\u00A0]+\\n");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    /** The markdown bold marker, which {@link TextNormalizer} turns into a bold span. */
    private static final String BOLD = "**";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "blockquote", "pre", "dl", "dt", "dd", "figure",
            "figcaption", "title", "body");

    @Override
    public String text(byte[] bytes, String name, Consumer<String> warnings) {
        org.jsoup.nodes.Document page = Jsoup.parse(PlainTextSource.decode(bytes, name, warnings));
        page.select(DROPPED).remove();
        StringBuilder text = new StringBuilder();
        String title = page.title().strip();
        if (!title.isEmpty() && (page.body() == null || !page.body().text().startsWith(title))) {
            text.append(title).append("\n\n");
        }
        if (page.body() != null) {
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (node instanceof TextNode t) {
                        text.append(t.text());
                    } else if (node instanceof Element e && e.normalName().equals("br")) {
                        text.append('\n');
                    } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                        paragraphBreak(text);
                        if (e.normalName().equals("h1")) {
                            text.append(BOLD);
                        }
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                        if (e.normalName().equals("h1")) {
                            text.append(BOLD);
                        }
                        paragraphBreak(text);
                    }
                }
            }, page.body());
        }
        String lines = SPACE_BEFORE_LINE_END.matcher(text).replaceAll("\n");
        return BLANK_LINES.matcher(lines).replaceAll("\n\n").strip() + "\n";
    }

    private static void paragraphBreak(StringBuilder text) {
        int length = text.length();
        // Not text.toString().endsWith: that copied the whole page so far at every block.
        if (length > 0 && !(length >= 2 && text.charAt(length - 1) == '\n' && text.charAt(length - 2) == '\n')) {
            text.append(text.charAt(text.length() - 1) == '\n' ? "\n" : "\n\n");
        }
    }
}
