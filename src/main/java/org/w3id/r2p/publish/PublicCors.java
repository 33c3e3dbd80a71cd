package org.w3id.r2p.publish;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import org.apache.jena.fuseki.servlets.CrossOriginFilter;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;

/**
 * Cross-origin access for a public, read-only endpoint: any origin may read, with GET, POST, HEAD and OPTIONS
 * only, and never with credentials (the server has no sessions, and a browser must not send a user's cookies
 * for another site along). Fuseki's default CORS settings allow credentials and every method.
 */
final class PublicCors extends CrossOriginFilter {
    private static final Map<String, String> SETTINGS = Map.of(
            ALLOWED_ORIGINS_PARAM, "*",
            ALLOWED_METHODS_PARAM, "GET,POST,HEAD,OPTIONS",
            ALLOWED_HEADERS_PARAM, "X-Requested-With,Content-Type,Accept,Origin",
            ALLOW_CREDENTIALS_PARAM, "false",
            EXPOSED_HEADERS_PARAM, "Cache-Control,Content-Language,Content-Length,Content-Type,Expires,Last-Modified,Pragma",
            CHAIN_PREFLIGHT_PARAM, "false");

    /** The container's configuration is empty; these settings replace it. */
    @Override
    public void init(FilterConfig container) throws ServletException {
        super.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return "public-cors";
            }

            @Override
            public ServletContext getServletContext() {
                return container.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return SETTINGS.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(SETTINGS.keySet());
            }
        });
    }
}
