package org.w3id.r2p.site;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * robots.txt: crawlers are welcome on the pages and dumps, pointed at the sitemap, and kept off the query
 * endpoints, whose every URL is a new query to run.
 */
final class RobotsServlet extends HttpServlet {
    private final String endpoints;

    RobotsServlet(Site site) {
        String endpoint = site.endpointPath();
        this.endpoints = endpoint.substring(0, endpoint.lastIndexOf('/') + 1);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String text = "User-agent: *\n"
                + "Disallow: /query?\n"
                + "Disallow: " + endpoints + "\n"
                + "Disallow: /reconcile\n"
                + "Allow: /\n"
                + "\n"
                + "Sitemap: " + SitemapServlet.origin(request) + "/sitemap.xml\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/plain;charset=utf-8");
        response.setContentLength(bytes.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(bytes);
        }
    }
}
