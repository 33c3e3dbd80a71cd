package org.w3id.r2p.publish;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses, with 413 and before anything parses it, a request whose query string or body is larger than the
 * limit: parsing a SPARQL query takes time in proportion to its size (seconds per megabyte) and cannot be
 * stopped, so size is what bounds it. A body sent without a length (chunked) is read up to the limit and then
 * handed on as if it had been sent whole.
 */
final class QuerySizeLimit implements Filter {
    private final long maxBytes;

    QuerySizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse out = (HttpServletResponse) response;
        String queryString = http.getQueryString();
        long declared = http.getContentLengthLong();
        if (declared > maxBytes || (queryString != null && queryString.length() > maxBytes)) {
            refuse(out);
            return;
        }
        if (declared < 0 && isChunked(http) && !isForm(http)) {
            byte[] body = readAtMost(http.getInputStream(), maxBytes + 1);
            if (body.length > maxBytes) {
                refuse(out);
                return;
            }
            chain.doFilter(new Buffered(http, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setHeader("Connection", "close");
        response.setContentType("text/plain;charset=utf-8");
        byte[] message = ("The request is larger than this server accepts: at most " + maxBytes
                + " bytes of query or body.\n").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(message.length);
        response.getOutputStream().write(message);
    }

    private static boolean isChunked(HttpServletRequest request) {
        String encoding = request.getHeader("Transfer-Encoding");
        return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
    }

    /** Form bodies are read by the servlet container itself, which has its own limit (set to the same size). */
    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while (body.size() < limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - body.size()))) > 0) {
            body.write(buffer, 0, read);
        }
        return body.toByteArray();
    }

    /** The request with its body already read into memory. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("The body has already been read");
                }
            };
        }
    }
}
