package org.w3id.r2p.site.chart;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes SVG as well-formed XML, escaping every text and attribute value it is given, so that labels taken from
 * documents are shown, never run. Element and attribute names come from code and are checked; numbers are written
 * the same on every machine.
 * <pre>
 *   SvgWriter svg = new SvgWriter();
 *   svg.open("svg", "xmlns", SvgWriter.NAMESPACE, "width", "100").text("title", label).close();
 *   String xml = svg.toString();
 * </pre>
 */
public final class SvgWriter {
    public static final String NAMESPACE = "http://www.w3.org/2000/svg";
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9:-]*");

    private final StringBuilder out = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();

    /** Opens an element with attributes given as name, value, name, value… */
    public SvgWriter open(String element, String... attributes) {
        start(element, attributes);
        out.append('>');
        open.push(element);
        return this;
    }

    /** An element without content. */
    public SvgWriter empty(String element, String... attributes) {
        start(element, attributes);
        out.append("/>");
        return this;
    }

    /** An element holding only text. */
    public SvgWriter text(String element, String text, String... attributes) {
        start(element, attributes);
        out.append('>').append(escape(text)).append("</").append(element).append('>');
        return this;
    }

    public SvgWriter close() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** A length or coordinate: at most one decimal, a point as separator whatever the locale. */
    public static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("SVG elements left open: " + open);
        }
        return out.toString();
    }

    private void start(String element, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("Attributes come in name-value pairs: " + String.join(", ", attributes));
        }
        out.append('<').append(checked(element));
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(checked(attributes[i])).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
    }

    private static String checked(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not an XML name: " + name);
        }
        return name;
    }

    private static boolean allowedInXml(int c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE) || c > 0xFFFF;
    }

    /** Escapes markup characters and drops what XML 1.0 cannot hold (control characters, lone surrogates). */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (allowedInXml(c)) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
