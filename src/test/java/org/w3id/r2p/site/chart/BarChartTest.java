package org.w3id.r2p.site.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class BarChartTest {
    @Test
    void hostileLabelsAreTextInWellFormedSvg() throws Exception {
        String hostile = "<script>alert(1)</script> & \"quoted\" \u0007bell";
        BarChart chart = new BarChart("c", "Title " + hostile, "Desc", "speaker", List.of(new Bar(hostile, 3), new Bar("B", 1)));
        Element svg = parse(chart.svg());
        assertEquals("svg", svg.getLocalName());
        assertEquals("Title <script>alert(1)</script> & \"quoted\" bell", svg.getElementsByTagName("title").item(0).getTextContent());
        assertEquals(0, svg.getElementsByTagName("script").getLength());
        assertEquals(hostile.replace("\u0007", "") + ": 3", svg.getElementsByTagName("title").item(1).getTextContent());
    }

    @Test
    void barsAreScaledToTheLargestAndWrittenTheSameEveryTime() throws Exception {
        BarChart chart = new BarChart("c", "T", "D", "year", List.of(new Bar("2013", 4), new Bar("2014", 1)));
        Element svg = parse(chart.svg());
        assertEquals("260", ((Element) svg.getElementsByTagName("rect").item(0)).getAttribute("width"));
        assertEquals("65", ((Element) svg.getElementsByTagName("rect").item(1)).getAttribute("width"));
        assertEquals(chart.svg(), new BarChart("c", "T", "D", "year", List.of(new Bar("2013", 4), new Bar("2014", 1))).svg());
    }

    @Test
    void longLabelsAreShortenedButKeptWholeInTheTooltip() throws Exception {
        String name = "International Coalition for the Responsibility to Protect";
        Element svg = parse(new BarChart("c", "T", "D", "speaker", List.of(new Bar(name, 2))).svg());
        assertEquals(name + ": 2", svg.getElementsByTagName("title").item(1).getTextContent());
        assertEquals("International Coalition for t…", svg.getElementsByTagName("text").item(0).getTextContent());
    }

    @Test
    void writerRefusesNamesThatAreNotXmlNames() {
        assertThrows(IllegalArgumentException.class, () -> new SvgWriter().empty("rect", "on load", "x"));
        assertThrows(IllegalArgumentException.class, () -> new SvgWriter().empty("rect", "width"));
        assertThrows(IllegalStateException.class, () -> new SvgWriter().open("g").toString());
    }

    private static Element parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }
}
