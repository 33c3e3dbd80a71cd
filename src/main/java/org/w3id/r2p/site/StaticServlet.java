package org.w3id.r2p.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Fixed files from the class path; any other path is 404, so no request can reach another file. */
final class StaticServlet extends HttpServlet {
    private static final String YASGUI = "META-INF/resources/webjars/zazuko__yasgui/4.5.0/build/";
    private static final Map<String, String[]> FILES = Map.of(
            "/static/site.css", new String[] {"org/w3id/r2p/site/site.css", "text/css;charset=utf-8"},
            "/static/query.js", new String[] {"org/w3id/r2p/site/query.js", "text/javascript;charset=utf-8"},
            "/static/favicon.svg", new String[] {"org/w3id/r2p/site/favicon.svg", "image/svg+xml"},
            "/favicon.ico", new String[] {"org/w3id/r2p/site/favicon.ico", "image/x-icon"},
            "/static/yasgui/yasgui.min.js", new String[] {YASGUI + "yasgui.min.js", "text/javascript;charset=utf-8"},
            "/static/yasgui/yasgui.min.css", new String[] {YASGUI + "yasgui.min.css", "text/css;charset=utf-8"});

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] file = FILES.get(request.getRequestURI());
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = StaticServlet.class.getClassLoader().getResourceAsStream(file[0])) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            byte[] bytes = in.readAllBytes();
            response.setContentType(file[1]);
            response.setHeader("Cache-Control", "public, max-age=3600");
            response.setContentLength(bytes.length);
            try (OutputStream out = response.getOutputStream()) {
                out.write(bytes);
            }
        }
    }
}
