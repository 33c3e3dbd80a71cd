package org.w3id.r2p.site.chart;

import java.util.List;
import java.util.Objects;

/**
 * A horizontal bar chart as SVG: one row per bar, its label on the left, its count at the end of the bar. Labels
 * are not rotated and long ones are shortened (the whole label is the row's tooltip), so the chart stays readable
 * at any number of rows. The SVG carries a title and a description for screen readers; the page gives the numbers
 * as a table too. Same bars, same bytes.
 *
 * @param id          unique on the page; the SVG's title and description are named from it
 * @param title       what the chart shows, as a heading says it
 * @param description the chart in a sentence, for those who cannot see it
 * @param category    what the labels are ("year", "pillar", "speaker"), the first column of the table
 * @param bars        in the order shown, top to bottom
 */
public record BarChart(String id, String title, String description, String category, List<Bar> bars) {
    private static final int WIDTH = 520;
    private static final int LABEL_END = 196;
    private static final int BAR_START = 204;
    private static final int BAR_MAX = 260;
    private static final int ROW = 22;
    private static final int BAR = 14;
    private static final int TOP = 6;
    private static final int LABEL_CHARACTERS = 30;
    private static final String BAR_COLOUR = "#2f6fab";
    private static final String TEXT_COLOUR = "#1d1d1f";

    public BarChart {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(description);
        Objects.requireNonNull(category);
        bars = List.copyOf(bars);
    }

    public String svg() {
        long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
        int height = TOP * 2 + Math.max(1, bars.size()) * ROW;
        SvgWriter svg = new SvgWriter();
        svg.open("svg", "xmlns", SvgWriter.NAMESPACE, "class", "chart", "role", "img",
                "width", String.valueOf(WIDTH), "height", String.valueOf(height),
                "viewBox", "0 0 " + WIDTH + " " + height, "aria-labelledby", id + "-title " + id + "-desc",
                "font-family", "system-ui, sans-serif", "font-size", "12");
        svg.text("title", title, "id", id + "-title");
        svg.text("desc", description, "id", id + "-desc");
        if (bars.isEmpty()) {
            svg.text("text", "No data", "x", String.valueOf(BAR_START), "y", String.valueOf(TOP + 15), "fill", TEXT_COLOUR);
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = TOP + i * ROW;
            double length = max == 0 ? 0 : Math.max(1, (double) BAR_MAX * bar.value() / max);
            svg.open("g");
            svg.text("title", bar.label() + ": " + bar.value());
            svg.text("text", shortened(bar.label()), "x", String.valueOf(LABEL_END), "y", SvgWriter.number(y + 15),
                    "text-anchor", "end", "fill", TEXT_COLOUR);
            svg.empty("rect", "x", String.valueOf(BAR_START), "y", SvgWriter.number(y + (ROW - BAR) / 2.0),
                    "width", SvgWriter.number(length), "height", String.valueOf(BAR), "fill", BAR_COLOUR);
            svg.text("text", String.valueOf(bar.value()), "x", SvgWriter.number(BAR_START + length + 4),
                    "y", SvgWriter.number(y + 15), "fill", TEXT_COLOUR);
            svg.close();
        }
        return svg.close().toString();
    }

    private static String shortened(String label) {
        if (label.codePointCount(0, label.length()) <= LABEL_CHARACTERS) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, LABEL_CHARACTERS - 1)).strip() + "…";
    }
}
