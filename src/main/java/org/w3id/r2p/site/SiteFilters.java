package org.w3id.r2p.site;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFWriter;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The filters of the site: security headers on every response; HEAD and the service description on the endpoint.
 */
final class SiteFilters {
    /** Everything from this server only; YASGUI sets styles from script, hence inline styles. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'; form-action 'self'";

    private SiteFilters() {}

    /** No content sniffing, and pages that load nothing from elsewhere and run no inline script. */
    static Filter securityHeaders() {
        return (request, response, chain) -> {
            HttpServletResponse http = (HttpServletResponse) response;
            http.setHeader("X-Content-Type-Options", "nosniff");
            http.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            http.setHeader("Referrer-Policy", "no-referrer");
            chain.doFilter(request, response);
        };
    }

    /**
     * HEAD on the endpoint is answered as the GET would be, headers and all; the server sends no body for a
     * HEAD whatever is written.
     */
    static Filter headAsGet() {
        return (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            if (!http.getMethod().equals("HEAD")) {
                chain.doFilter(request, response);
                return;
            }
            chain.doFilter(new HttpServletRequestWrapper(http) {
                @Override
                public String getMethod() {
                    return "GET";
                }
            }, response);
        };
    }

    /** A GET of the endpoint without a query answers with its SPARQL 1.1 Service Description. */
    static Filter serviceDescription(Site site) {
        Supplier<Model> description = site.once(() -> DatasetDescription.serviceOf(site));
        return new Filter() {
            @Override
            public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                    throws IOException, ServletException {
                HttpServletRequest http = (HttpServletRequest) request;
                if (!http.getMethod().equals("GET") || http.getParameter("query") != null) {
                    chain.doFilter(request, response);
                    return;
                }
                Negotiation.Choice choice = Negotiation.choose(http);
                Negotiation.Choice rdf = choice == null || choice.isHtml() ? Negotiation.TURTLE : choice;
                HttpServletResponse out = (HttpServletResponse) response;
                out.setContentType(rdf.mediaType() + ";charset=utf-8");
                try (OutputStream body = out.getOutputStream()) {
                    RDFWriter.source(description.get()).format(rdf.rdf()).output(body);
                }
            }
        };
    }
}
