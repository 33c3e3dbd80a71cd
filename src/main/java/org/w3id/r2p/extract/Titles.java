package org.w3id.r2p.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.link.DataFiles;

/**
 * A document's title is its headline: the first markdown heading ("# ..."), else the first bold heading (an HTML
 * page's {@code <h1>} arrives as bold), else the first line of its heading that is not page furniture. Furniture is
 * what frames a document on its page: banners, menus, breadcrumbs, share buttons, delivery notes, symbols, meeting
 * headings and salutations ({@code title-furniture.txt}); dates and places; letterheads (a line that only names an
 * organization or State, a short line in capitals, a line in capitals that does not open as a title does,
 * {@code headline-openings.txt}); bracketed notes, sub-headlines in italics, one-word section labels and lines
 * ending in a comma, and lines of links. A heading runs on over a broken line and after a colon; prose is no heading, so a document
 * that opens with prose has no title.
 */
final class Titles {
    private static final int TITLE_LINES = 12;
    private static final int MIN_BOLD_WORDS = 3;
    private static final int LETTERHEAD_CHARACTERS = 40;
    private static final double LINKED_SHARE = 0.8;
    private static final int LETTERHEAD_WORDS = 10;
    private static final Pattern CONNECTOR_END = Pattern.compile("(?i)(?:\\b(?:of|the|to|on|and|for|in|a|an|at|by|with)|:)$");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern FIRST_MARKDOWN_HEADING = Pattern.compile("(?m)^#\\s+(\\S.*)$");
    private static final Pattern ITALICS = Pattern.compile("^(?:\\*[^*].*[^*]\\*|_[^_].*[^_]_)$");
    private static final Pattern TRAILING_NOTE = Pattern.compile("\\s*\\[[^\\]]*\\]\\s*$");
    private static final Pattern SEPARATOR = Pattern.compile("\\s+\\|\\s+");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern ONE_SPACE = Pattern.compile("\\s");
    private static final Pattern END_PUNCTUATION = Pattern.compile("[,:.;]+$");
    private static final Pattern BRACKETS = Pattern.compile("^[\\[(<](.*)[\\])>]$");
    private static final Pattern ANY_LETTER = Pattern.compile(".*\\p{L}.*");

    private final Pattern furniture;
    private final Pattern headlineOpening;
    private final HeadingLines headingLines;

    Titles(HeadingLines headingLines) {
        this.furniture = Pattern.compile("(?iu)" + String.join("|", DataFiles.lines(Titles.class, "title-furniture.txt")
                .stream().map(regex -> "(?:" + regex + ")").toList()));
        this.headlineOpening = Pattern.compile("(?iu)(?:" + String.join("|", DataFiles.lines(Titles.class, "headline-openings.txt")
                .stream().map(Pattern::quote).toList()) + ")(?![\\p{L}])");
        this.headingLines = headingLines;
    }

    /**
     * The document's headline, or {@code null} if its heading has none.
     *
     * @param found what the document names, so that a line naming only an organization is known as a letterhead
     */
    String title(Document document, Found found) {
        String text = document.text();
        Matcher markdown = FIRST_MARKDOWN_HEADING.matcher(text);
        // Most texts have no '#' at all: then the pattern is not run over the whole text.
        if (text.indexOf('#') >= 0 && markdown.find() && !isFurniture(markdown.group(1))) {
            return markdown.group(1).strip();
        }
        for (Span bold : document.bold()) {
            String candidate = TextUnits.collapse(text, bold);
            if (candidate.split(" ").length >= MIN_BOLD_WORDS && !candidate.endsWith(".") && !isFurniture(candidate)) {
                return candidate;
            }
        }
        List<Span> lines = TextBlocks.lines(text);
        lines = lines.subList(0, Math.min(TITLE_LINES, lines.size()));
        for (int i = 0; i < lines.size(); i++) {
            String line = MARKDOWN_HEADING.matcher(lines.get(i).of(text).strip()).replaceFirst("");
            boolean withSiteName = SEPARATOR.matcher(line).find();
            String headline = withSiteName ? headlineBeforeSiteName(line) : line;
            if (headline == null || isFurniture(headline) || headingLines.isFrame(text, lines.get(i))
                    || isLabel(headline) || isLetterhead(text, lines.get(i), found)
                    || isLinks(text, lines.get(i), document.links())) {
                continue;
            }
            if (HeadingLines.isProse(headline)) {
                return null;
            }
            StringBuilder title = new StringBuilder(headline);
            while (!withSiteName && i + 1 < lines.size() && (CONNECTOR_END.matcher(title).find()
                    || Character.isLowerCase(lines.get(i + 1).of(text).charAt(0)))) {
                title.append(' ').append(lines.get(++i).of(text).strip());
            }
            return WHITE_SPACE.matcher(TRAILING_NOTE.matcher(title).replaceFirst("")).replaceAll(" ").strip();
        }
        return null;
    }

    /**
     * "Headline | Site name": the part before the bars when every other part is furniture; {@code null} for a
     * menu or a line of links ("Home | Press | Français") or where the other parts are not known furniture.
     */
    private String headlineBeforeSiteName(String line) {
        String[] parts = SEPARATOR.split(line);
        for (int k = 1; k < parts.length; k++) {
            if (!isFurniture(parts[k])) {
                return null;
            }
        }
        return parts[0].split(" ").length >= MIN_BOLD_WORDS ? parts[0] : null;
    }

    /** A line of links is navigation: a menu, breadcrumbs, a list of related pages. */
    private static boolean isLinks(String text, Span line, List<Span> links) {
        int linked = links.stream().filter(line::overlaps).mapToInt(link -> Math.min(link.end(), line.end())
                - Math.max(link.start(), line.start())).sum();
        return linked >= LINKED_SHARE * ONE_SPACE.matcher(line.of(text)).replaceAll("").length();
    }

    /** A one-word section label ("Secretary-General", "Statements") or a salutation or address ending in a comma. */
    private static boolean isLabel(String line) {
        return !line.strip().contains(" ") || line.strip().endsWith(",");
    }

    /**
     * A line that only names an organization or State ("Coalition for Civilian Protection"), an office's address
     * ("Executive Secretariat - Bujumbura"), a short line in capitals, or a line in capitals of a few words that does
     * not open as a title does.
     */
    private boolean isLetterhead(String text, Span line, Found found) {
        String s = WHITE_SPACE.matcher(line.of(text).strip()).replaceAll(" ");
        boolean onlyAName = found.within(line).anyMatch(m -> m.span().of(text).strip().equals(line.of(text).strip()));
        boolean capitals = s.equals(s.toUpperCase(Locale.ROOT)) && !s.equals(s.toLowerCase(Locale.ROOT));
        return onlyAName || headingLines.isAddress(s) || capitals && (s.length() < LETTERHEAD_CHARACTERS
                || s.split(" ").length <= LETTERHEAD_WORDS && !headlineOpening.matcher(s).lookingAt());
    }

    /** Whether the line frames a page rather than names it, by the furniture list or as a sub-headline in italics. */
    boolean isFurniture(String line) {
        String s = BRACKETS.matcher(END_PUNCTUATION.matcher(line.strip()).replaceAll("")).replaceAll("$1").strip();
        return !ANY_LETTER.matcher(s).matches() || ITALICS.matcher(s).matches() || furniture.matcher(s).matches();
    }
}
