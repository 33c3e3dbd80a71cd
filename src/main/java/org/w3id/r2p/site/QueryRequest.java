package org.w3id.r2p.site;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A SPARQL query request as the result cache sees it: the request to pass on, and the key of its result. The
 * protocol's three forms (GET with {@code ?query=}, POST of a form, POST of {@code application/sparql-query})
 * give the same key for the same query, parameters and {@code Accept} header, so a result is shared between
 * them. A directly POSTed query is read to make its key and replayed to the endpoint; one longer than
 * {@link #MAX_KEYED_BYTES} is passed on unread past that point and not cached.
 *
 * @param request the request to pass on
 * @param key     the cache key, or null if this result is not to be cached
 */
record QueryRequest(HttpServletRequest request, String key) {
    static final int MAX_KEYED_BYTES = 64 * 1024;
    private static final String SPARQL_QUERY = "application/sparql-query";
    private static final String FORM = "application/x-www-form-urlencoded";

    /** The query request, or null if this is not one (a GET without a query, an update, another method). */
    static QueryRequest of(HttpServletRequest request) throws IOException {
        String method = request.getMethod();
        if (method.equals("GET")) {
            return request.getParameter("query") == null ? null : new QueryRequest(request, keyOf(request, null));
        }
        if (!method.equals("POST")) {
            return null;
        }
        String type = mediaType(request.getContentType());
        if (type.equals(FORM)) {
            return request.getParameter("query") == null ? null : new QueryRequest(request, keyOf(request, null));
        }
        if (!type.equals(SPARQL_QUERY)) {
            return null;
        }
        InputStream body = request.getInputStream();
        byte[] start = body.readNBytes(MAX_KEYED_BYTES + 1);
        Replayed replayed = new Replayed(request, new SequenceInputStream(new ByteArrayInputStream(start), body));
        if (start.length > MAX_KEYED_BYTES) {
            return new QueryRequest(replayed, null);
        }
        return new QueryRequest(replayed, keyOf(request, new String(start, charsetOf(request))));
    }

    /**
     * Every parameter, sorted, with the query's text trimmed and its line ends made one kind, and the
     * {@code Accept} header: all that the answer depends on, since the graph does not change.
     */
    private static String keyOf(HttpServletRequest request, String postedQuery) {
        Map<String, String> parameters = new TreeMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, String.join("\u0000", values)));
        if (postedQuery != null) {
            parameters.put("query", postedQuery);
        }
        parameters.computeIfPresent("query", (name, text) -> text.replace("\r\n", "\n").strip());
        return parameters + "\nAccept: " + request.getHeader("Accept");
    }

    /** The body's declared charset; UTF-8, the protocol's, if none or one Java does not know. */
    private static Charset charsetOf(HttpServletRequest request) {
        try {
            return request.getCharacterEncoding() != null ? Charset.forName(request.getCharacterEncoding()) : StandardCharsets.UTF_8;
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    /** The request with its body read again from the start. */
    private static final class Replayed extends HttpServletRequestWrapper {
        private final ServletInputStream body;

        Replayed(HttpServletRequest request, InputStream bytes) {
            super(request);
            this.body = new ServletInputStream() {
                private boolean finished;

                @Override
                public int read() throws IOException {
                    int b = bytes.read();
                    finished = b < 0;
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = bytes.read(b, off, len);
                    finished = n < 0;
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return finished;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("A replayed body is read synchronously");
                }
            };
        }

        @Override
        public ServletInputStream getInputStream() {
            return body;
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(body, charsetOf(this)));
        }
    }
}
