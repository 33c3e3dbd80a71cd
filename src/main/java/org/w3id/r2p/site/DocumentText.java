package org.w3id.r2p.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.jsoup.nodes.Element;
import org.w3id.r2p.vocab.OA;

/**
 * A document's text on its page, in its paragraphs (blocks between blank lines; a single line break stays a
 * line break), with every mention its evidence annotations point at a link to what it names.
 */
final class DocumentText {
    private final Site site;
    private final Labels labels;

    DocumentText(Site site, Labels labels) {
        this.site = site;
        this.labels = labels;
    }

    private record Mark(int start, int end, Node body) {}

    void render(Element main, Node document, String words) {
        List<Mark> marks = marks(document, words);
        main.appendElement("h2").text("Text");
        Element box = main.appendElement("div").addClass("document-text");
        int at = 0;
        int next = 0;
        for (String paragraph : words.split("\n\\s*\n", -1)) {
            int start = words.indexOf(paragraph, at);
            int end = start + paragraph.length();
            at = end;
            if (paragraph.isBlank()) {
                continue;
            }
            Element p = box.appendElement("p");
            int written = start;
            while (next < marks.size() && marks.get(next).start() < end) {
                Mark mark = marks.get(next++);
                if (mark.start() < written || mark.end() > end) {
                    continue; // overlaps the mention before it, or runs across a paragraph break: left as text
                }
                lines(p, words.substring(written, mark.start()));
                String path = site.pathOf(mark.body().getURI());
                p.appendElement("a").addClass("mention").attr("href", path != null ? path : mark.body().getURI())
                        .attr("title", labels.of(mark.body())).text(words.substring(mark.start(), mark.end()));
                written = mark.end();
            }
            lines(p, words.substring(written, end));
        }
    }

    /** Text with its single line breaks kept. */
    private static void lines(Element p, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                p.appendElement("br");
            }
            p.appendText(lines[i]);
        }
    }

    /** The spans of the document that evidence annotations identify, in text order. */
    private List<Mark> marks(Node document, String words) {
        List<Mark> marks = new ArrayList<>();
        Graph union = site.union();
        union.find(Node.ANY, OA.hasSource.asNode(), document).forEachRemaining(target -> {
            Node targetNode = target.getSubject();
            union.find(Node.ANY, OA.hasTarget.asNode(), targetNode).forEachRemaining(annotation -> {
                if (!union.contains(annotation.getSubject(), OA.motivatedBy.asNode(), OA.identifying.asNode())) {
                    return;
                }
                Node body = union.find(annotation.getSubject(), OA.hasBody.asNode(), Node.ANY).next().getObject();
                union.find(targetNode, OA.hasSelector.asNode(), Node.ANY).forEachRemaining(selector -> {
                    Node sel = selector.getObject();
                    if (union.contains(sel, OA.start.asNode(), Node.ANY)) {
                        int start = offset(union, sel, OA.start.asNode());
                        int end = offset(union, sel, OA.end.asNode());
                        marks.add(new Mark(words.offsetByCodePoints(0, start), words.offsetByCodePoints(0, end), body));
                    }
                });
            });
        });
        marks.sort(Comparator.comparingInt(Mark::start));
        return marks;
    }

    private static int offset(Graph union, Node selector, Node which) {
        return ((Number) union.find(selector, which, Node.ANY).next().getObject().getLiteralValue()).intValue();
    }
}
