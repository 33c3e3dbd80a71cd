package org.w3id.r2p.site;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * HTTP caching for every successful GET and HEAD: pages, RDF, dumps and query results. The served graph does
 * not change while it is served, so a representation is named by the graph's fingerprint, the request's path
 * and query string and the media type chosen: that is its strong {@code ETag}, known before a byte is written.
 * Each answer also carries {@code Last-Modified} (when the graph was built), {@code Cache-Control} with a
 * max-age and {@code Vary: Accept, Accept-Encoding}; a request whose {@code If-None-Match} or
 * {@code If-Modified-Since} shows the client has it gets 304 with no body. Compression is Jetty's
 * {@code GzipHandler}, which adds its own suffix to the tag of a compressed representation.
 */
final class Revalidation implements Filter {
    static final String CACHE_CONTROL = "public, max-age=3600";

    private final Supplier<String> graphFingerprint;
    private final long lastModifiedSeconds;

    /** @param graphFingerprint computed on the first request that needs it, not while the server starts */
    Revalidation(Supplier<String> graphFingerprint, Instant lastModified) {
        this.graphFingerprint = graphFingerprint;
        this.lastModifiedSeconds = lastModified.getEpochSecond();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (!http.getMethod().equals("GET") && !http.getMethod().equals("HEAD")) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new Conditional(http, (HttpServletResponse) response));
    }

    /** The strong tag of one representation: graph, path and query string, media type. */
    String tagOf(HttpServletRequest request, String contentType) {
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        String representation = graphFingerprint.get() + "\n" + request.getRequestURI() + query + "\n" + contentType;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(representation.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** Whether the client already holds this representation (RFC 9110: If-None-Match wins over If-Modified-Since). */
    boolean notModified(HttpServletRequest request, String tag) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String held = candidate.strip();
                if (held.equals("*") || held.replaceFirst("^W/", "").equals(tag)) {
                    return true;
                }
            }
            return false;
        }
        try {
            long since = request.getDateHeader("If-Modified-Since");
            return since >= 0 && lastModifiedSeconds <= since / 1000;
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    /** Adds the caching headers when the body starts, and answers 304 instead of the body when the client has it. */
    private final class Conditional extends HttpServletResponseWrapper {
        private final HttpServletRequest request;
        private boolean decided;
        private boolean notModified;
        private long contentLength = -1;
        private ServletOutputStream nothing;
        private PrintWriter nothingWriter;

        Conditional(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void setContentLength(int len) {
            setContentLengthLong(len);
        }

        @Override
        public void setContentLengthLong(long len) {
            if (decided) {
                if (!notModified) {
                    super.setContentLengthLong(len);
                }
            } else {
                contentLength = len;
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            decide();
            return notModified ? nothing() : super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            decide();
            if (notModified) {
                if (nothingWriter == null) {
                    nothingWriter = new PrintWriter(OutputStream.nullOutputStream());
                }
                return nothingWriter;
            }
            return super.getWriter();
        }

        private void decide() {
            if (decided) {
                return;
            }
            decided = true;
            if (getStatus() == SC_OK && getContentType() != null) {
                String tag = tagOf(request, getContentType());
                setHeader("ETag", tag);
                setDateHeader("Last-Modified", lastModifiedSeconds * 1000);
                setHeader("Cache-Control", CACHE_CONTROL);
                setHeader("Pragma", null);
                setHeader("Vary", varyWith(getHeader("Vary"), "Accept", "Accept-Encoding"));
                notModified = notModified(request, tag);
            }
            if (notModified) {
                setStatus(SC_NOT_MODIFIED);
            } else if (contentLength >= 0) {
                super.setContentLengthLong(contentLength);
            }
        }

        private ServletOutputStream nothing() {
            if (nothing == null) {
                nothing = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        // A 304 has no body.
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        // A 304 has no body.
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("Written synchronously");
                    }
                };
            }
            return nothing;
        }
    }

    /** A Vary value with the given headers added, each once. */
    static String varyWith(String vary, String... headers) {
        Set<String> names = new LinkedHashSet<>();
        if (vary != null) {
            for (String name : vary.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        for (String header : headers) {
            if (names.stream().noneMatch(header::equalsIgnoreCase)) {
                names.add(header);
            }
        }
        return String.join(", ", names);
    }
}
