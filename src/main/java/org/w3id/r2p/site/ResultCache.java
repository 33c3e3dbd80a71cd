package org.w3id.r2p.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

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
 * A bounded cache of query results in front of the SPARQL endpoint. The published graph never changes while it
 * is served, so a result is a function of the request: for a GET, its query string and {@code Accept} header.
 * Only complete 200 answers of at most {@link #MAX_ENTRY_BYTES} are kept; the least recently used go first.
 */
public final class ResultCache implements Filter {
    static final int MAX_ENTRY_BYTES = 1024 * 1024;

    private record Entry(String contentType, byte[] body) {}

    private final Map<String, Entry> entries;

    public ResultCache(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("A cache needs room for at least one result: " + maxEntries);
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (!http.getMethod().equals("GET") || http.getQueryString() == null || http.getParameter("query") == null) {
            chain.doFilter(request, response);
            return;
        }
        String key = http.getQueryString() + "\n" + http.getHeader("Accept");
        Entry hit;
        synchronized (entries) {
            hit = entries.get(key);
        }
        HttpServletResponse out = (HttpServletResponse) response;
        if (hit != null) {
            out.setHeader("X-Cache", "hit");
            out.setContentType(hit.contentType());
            out.setContentLength(hit.body().length);
            out.getOutputStream().write(hit.body());
            return;
        }
        Recording recording = new Recording(out);
        chain.doFilter(request, recording);
        recording.flushBuffer();
        byte[] body = recording.recorded();
        if (recording.getStatus() == HttpServletResponse.SC_OK && body != null && recording.getContentType() != null) {
            synchronized (entries) {
                entries.put(key, new Entry(recording.getContentType(), body));
            }
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** Passes the response through and keeps a copy of its body, up to the size worth keeping. */
    private static final class Recording extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private boolean tooLarge;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Recording(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream real = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        real.write(b);
                        keep(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        real.write(b, off, len);
                        keep(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        real.flush();
                    }

                    @Override
                    public boolean isReady() {
                        return real.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        real.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                OutputStream bytes = getOutputStream();
                writer = new PrintWriter(new java.io.OutputStreamWriter(bytes,
                        getCharacterEncoding() != null ? getCharacterEncoding() : StandardCharsets.UTF_8.name()), false);
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            super.flushBuffer();
        }

        private void keep(byte[] b, int off, int len) {
            if (tooLarge) {
                return;
            }
            if (copy.size() + len > MAX_ENTRY_BYTES) {
                tooLarge = true;
                copy.reset();
                return;
            }
            copy.write(b, off, len);
        }

        byte[] recorded() {
            return tooLarge ? null : copy.toByteArray();
        }
    }
}
