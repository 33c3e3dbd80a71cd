package org.w3id.r2p.site;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Holds back a whole response (status and body) until the servlet has finished, so that a result that fails
 * half-way (a query stopped by its timeout) is never sent as a 200 with a truncated body. The body may grow to
 * {@code maxBytes}, and all responses being held at once share one budget of {@link InFlight} bytes; past either
 * bound, writing fails and the response is marked {@link Outcome#TOO_LARGE} or {@link Outcome#BUSY}.
 * Headers pass through at once; they are cleared if the response is replaced by an error.
 */
final class BufferedResponse extends HttpServletResponseWrapper {
    /** What the servlet produced. */
    enum Outcome { COMPLETE, INCOMPLETE, TOO_LARGE, BUSY }

    /** The bytes held by every buffered response at this moment, and their bound. */
    static final class InFlight {
        private final long maxBytes;
        private final AtomicLong held = new AtomicLong();

        InFlight(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        boolean reserve(long bytes) {
            if (held.addAndGet(bytes) > maxBytes) {
                held.addAndGet(-bytes);
                return false;
            }
            return true;
        }

        void release(long bytes) {
            held.addAndGet(-bytes);
        }
    }

    private final long maxBytes;
    private final InFlight inFlight;
    private HeldBytes body = new HeldBytes();
    private long reserved;
    private int status = SC_OK;
    private String errorMessage;
    private boolean writtenWhileOk;
    private Outcome overflow;
    private ServletOutputStream stream;
    private PrintWriter writer;

    BufferedResponse(HttpServletResponse response, long maxBytes, InFlight inFlight) {
        super(response);
        this.maxBytes = maxBytes;
        this.inFlight = inFlight;
    }

    /**
     * Complete: a status and whole body. Incomplete: the status changed after the body had begun as a 200,
     * which is how Fuseki reports a query stopped while its results were being written.
     */
    Outcome outcome() {
        if (overflow != null) {
            return overflow;
        }
        return writtenWhileOk && status != SC_OK ? Outcome.INCOMPLETE : Outcome.COMPLETE;
    }

    @Override
    public int getStatus() {
        return status;
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    /** Sends what was held to the client: the status (or error) and {@code bytes}, the {@link #body()}. */
    void sendHeld(byte[] bytes) throws IOException {
        HttpServletResponse response = (HttpServletResponse) getResponse();
        if (errorMessage != null && bytes.length == 0) {
            response.sendError(status, errorMessage);
            return;
        }
        response.setStatus(status);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** Gives the held bytes back to the shared budget; call once, when done with the response. */
    void release() {
        inFlight.release(reserved);
        reserved = 0;
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
    }

    @Override
    public void sendError(int sc, String msg) {
        status = sc;
        errorMessage = msg != null ? msg : "";
    }

    @Override
    public void sendError(int sc) {
        sendError(sc, null);
    }

    @Override
    public void setContentLength(int len) {
        // The length is that of the held body, set when it is sent.
    }

    @Override
    public void setContentLengthLong(long len) {
        // As setContentLength.
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public void flushBuffer() {
        // Nothing reaches the client before the servlet has finished.
    }

    @Override
    public void resetBuffer() {
        body.reset();
    }

    @Override
    public void reset() {
        super.reset();
        body.reset();
        status = SC_OK;
        errorMessage = null;
        writtenWhileOk = false;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    hold(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("A buffered response is written synchronously");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8;
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset), false);
        }
        return writer;
    }

    private void hold(byte[] b, int off, int len) throws IOException {
        if (overflow != null) {
            throw new IOException("The response was abandoned: " + overflow);
        }
        if (status == SC_OK) {
            writtenWhileOk = true;
        }
        if (body.size() + (long) len > maxBytes) {
            abandon(Outcome.TOO_LARGE);
        }
        if (!inFlight.reserve(len)) {
            abandon(Outcome.BUSY);
        }
        reserved += len;
        body.write(b, off, len);
    }

    /** Stops the servlet's writing: the exception ends the query as a client that went away would. */
    private void abandon(Outcome why) throws IOException {
        overflow = why;
        body = new HeldBytes();
        release();
        throw new IOException("The response was abandoned: " + why);
    }
}
