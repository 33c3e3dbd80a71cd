package org.w3id.r2p.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;

/**
 * Searches the text index with Lucene's query syntax over labels, titles and texts at once, a page at a time,
 * with the matching passage of each hit. Queries are a client's input: anything that is not a query Lucene can
 * run cheaply is refused with a {@link SearchException} naming the reason, never a server error.
 * <pre>
 *   SearchResults firstPage = SearchIndex.searchOf(dataset).find("genocide", 1);
 * </pre>
 */
public final class Search {
    public static final int MAX_QUERY_LENGTH = 200;
    public static final int PAGE_SIZE = 20;
    /** Paging deeper costs more each page and helps nobody: a query with this many hits needs refining. */
    public static final int MAX_HITS = 1000;
    private static final int PASSAGE_CHARS = 160;
    private static final int PASSAGE_FRAGMENTS = 2;
    private static final String FRAGMENT_GAP = " … ";
    // Private-use characters: the highlighter marks matches with them, and Passage splits on them.
    private static final char MATCH_START = '\uE000';
    private static final char MATCH_END = '\uE001';

    private final TextIndexLucene index;

    Search(TextIndexLucene index) {
        this.index = index;
    }

    /** Page {@code page} (from 1) of the hits of {@code text}, a Lucene query. */
    public SearchResults find(String text, int page) throws SearchException {
        String asked = text == null ? "" : text.strip();
        if (asked.isEmpty()) {
            throw new SearchException("The query is empty: give words to search for, e.g. q=genocide");
        }
        if (asked.length() > MAX_QUERY_LENGTH) {
            throw new SearchException("The query is " + asked.length() + " characters long; at most " + MAX_QUERY_LENGTH + " are allowed");
        }
        if (page < 1) {
            throw new SearchException("Pages are numbered from 1: " + page);
        }
        long offset = (long) (page - 1) * PAGE_SIZE;
        if (offset >= MAX_HITS) {
            throw new SearchException("Only the first " + MAX_HITS + " hits can be paged through; refine the query");
        }
        Query query = parse(asked);
        try (DirectoryReader reader = DirectoryReader.open(index.getDirectory())) {
            IndexSearcher searcher = new IndexSearcher(reader);
            long total = searcher.count(query);
            ScoreDoc[] best = searcher.search(query, (int) offset + PAGE_SIZE).scoreDocs;
            List<SearchResults.Hit> hits = new ArrayList<>();
            for (int i = (int) offset; i < best.length; i++) {
                hits.add(hit(searcher.storedFields().document(best[i].doc), query, searcher, best[i].score));
            }
            return new SearchResults(asked, total, page, PAGE_SIZE, hits);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new SearchException("The query expands to too many terms; make its wildcards more specific");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the text index: " + e.getMessage(), e);
        }
    }

    private Query parse(String text) throws SearchException {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(
                SearchIndex.SEARCHED_FIELDS.toArray(String[]::new), index.getQueryAnalyzer());
        // A leading wildcard scans every term of the index.
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(text);
        } catch (ParseException | IndexSearcher.TooManyClauses e) {
            throw new SearchException("Not a valid search (Lucene query syntax; quote words such as AND, or put \\ before "
                    + "+ - ! ( ) { } [ ] ^ \" ~ * ? : /): " + firstLine(e.getMessage()));
        }
    }

    private SearchResults.Hit hit(Document document, Query query, IndexSearcher searcher, float score) throws IOException {
        String field = SearchIndex.SEARCHED_FIELDS.stream().filter(f -> document.get(f) != null).findFirst()
                .orElseThrow(() -> new IllegalStateException("An index entry without a searched field: " + document));
        String value = document.get(field);
        Passage passage = highlighted(field, value, query);
        if (passage == null) {
            // Lucene's highlighter cannot expand some queries itself (a fuzzy query on a very short word builds a
            // negative boost); the searcher's own rewriting of the query into terms can be highlighted instead.
            passage = highlighted(field, value, searcher.rewrite(query));
        }
        return new SearchResults.Hit(TextQueryFuncs.stringToNode(document.get(SearchIndex.ENTITY_FIELD)), field, score,
                passage != null ? passage : new Passage(List.of(new Passage.Run(opening(value), false))));
    }

    /** The best fragments of the value with the query's matches marked; null if none matched or the query cannot be highlighted. */
    private Passage highlighted(String field, String value, Query query) {
        Highlighter highlighter = new Highlighter(
                (original, group) -> group.getTotalScore() > 0 ? MATCH_START + original + MATCH_END : original,
                new QueryScorer(query, field));
        highlighter.setTextFragmenter(new SimpleFragmenter(PASSAGE_CHARS));
        highlighter.setMaxDocCharsToAnalyze(value.length());
        try (TokenStream tokens = index.getAnalyzer().tokenStream(field, value)) {
            String[] fragments = highlighter.getBestFragments(tokens, value, PASSAGE_FRAGMENTS);
            return fragments.length == 0 ? null : Passage.fromMarked(
                    Arrays.stream(fragments).map(String::strip).collect(Collectors.joining(FRAGMENT_GAP)), MATCH_START, MATCH_END);
        } catch (IOException | InvalidTokenOffsetsException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String opening(String value) {
        if (value.length() <= PASSAGE_CHARS) {
            return value;
        }
        int cut = value.lastIndexOf(' ', PASSAGE_CHARS);
        return value.substring(0, cut > 0 ? cut : PASSAGE_CHARS) + " …";
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
