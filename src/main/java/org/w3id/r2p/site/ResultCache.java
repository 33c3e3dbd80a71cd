package org.w3id.r2p.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Stands in front of the SPARQL endpoint so that no query answer is ever a 200 with a truncated body, and keeps
 * answers for reuse. Each answer is held whole (up to {@code maxResultBytes}) before anything is sent: a query
 * stopped by the timeout while writing gets 503, a result too large to hold 413, and a server holding too much
 * at once 503; all with a message saying what to do. Complete 200 answers are kept in a {@link ResultStore}
 * bounded in bytes, keyed by query, parameters and {@code Accept} (see {@link QueryRequest}), for GET and POST
 * alike: the published graph does not change while it is served. An answer is kept when its query is answered a
 * second time, and a kept answer carries {@code X-Cache: hit}.
 * <pre>
 *   new ResultCache(64 &lt;&lt; 20, 16 &lt;&lt; 20, 128 &lt;&lt; 20);   // keep 64 MB, answers up to 16 MB, 128 MB held at once
 * </pre>
 */
public final class ResultCache implements Filter {
    private final ResultStore store;
    private final long maxResultBytes;
    private final BufferedResponse.InFlight inFlight;

    /**
     * @param cacheBytes     the most the kept answers may take; 0 keeps none (answers are still held whole)
     * @param maxResultBytes the largest answer sent
     * @param inFlightBytes  the most all answers being made may hold at once
     */
    public ResultCache(long cacheBytes, long maxResultBytes, long inFlightBytes) {
        if (maxResultBytes < 1 || inFlightBytes < maxResultBytes) {
            throw new IllegalArgumentException("An answer needs room to be held: at most " + maxResultBytes
                    + " bytes each, " + inFlightBytes + " at once");
        }
        this.store = new ResultStore(cacheBytes, cacheBytes / 8);
        this.maxResultBytes = maxResultBytes;
        this.inFlight = new BufferedResponse.InFlight(inFlightBytes);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        QueryRequest query = QueryRequest.of((HttpServletRequest) request);
        HttpServletResponse out = (HttpServletResponse) response;
        if (query == null) {
            chain.doFilter(request, response);
            return;
        }
        ResultStore.Result kept = query.key() == null ? null : store.get(query.key());
        if (kept != null) {
            out.setHeader("X-Cache", "hit");
            out.setContentType(kept.contentType());
            out.setContentLength(kept.body().length);
            out.getOutputStream().write(kept.body());
            return;
        }
        BufferedResponse held = new BufferedResponse(out, maxResultBytes, inFlight);
        try {
            chain.doFilter(query.request(), held);
        } catch (IOException | ServletException | RuntimeException e) {
            if (held.outcome() == BufferedResponse.Outcome.COMPLETE) {
                throw e;
            }
        }
        try {
            answer(query, held, out);
        } finally {
            held.release();
        }
    }

    private void answer(QueryRequest query, BufferedResponse held, HttpServletResponse out) throws IOException {
        switch (held.outcome()) {
            case COMPLETE -> {
                // One copy of the body, kept and sent: a large answer is megabytes.
                byte[] body = held.body();
                if (held.getStatus() == HttpServletResponse.SC_OK && query.key() != null && held.getContentType() != null) {
                    store.put(query.key(), new ResultStore.Result(held.getContentType(), body));
                }
                held.sendHeld(body);
            }
            case INCOMPLETE -> refuse(out, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The query was stopped by the "
                    + "time limit before all its results were written, so none are sent. Make it more selective, or "
                    + "ask for fewer results with LIMIT.");
            case TOO_LARGE -> refuse(out, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The result is larger than "
                    + maxResultBytes + " bytes, the most this server sends in one answer. Ask for it in pages with "
                    + "LIMIT and OFFSET, or download a dump from /dumps/.");
            case BUSY -> {
                out.setHeader("Retry-After", "5");
                refuse(out, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The server is busy writing other large "
                        + "results. Try again in a few seconds, or ask for fewer results with LIMIT.");
            }
        }
    }

    /** A plain-text error in place of the answer; headers the endpoint set for the answer are replaced. */
    private static void refuse(HttpServletResponse out, int status, String message) throws IOException {
        byte[] text = (message + "\n").getBytes(StandardCharsets.UTF_8);
        out.setStatus(status);
        out.setContentType("text/plain;charset=utf-8");
        out.setHeader("Cache-Control", "no-store");
        out.setContentLength(text.length);
        out.getOutputStream().write(text);
    }
}
