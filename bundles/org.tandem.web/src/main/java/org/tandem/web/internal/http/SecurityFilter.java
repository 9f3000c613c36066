package org.tandem.web.internal.http;

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
import java.io.IOException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;
import org.tandem.web.internal.auth.Security;

/**
 * In front of every request: security headers (a strict Content-Security-Policy that allows only
 * this server's styles and scripts, no framing, no sniffing, no referrer) and the body size limit,
 * checked on the declared length and again while the body is read.
 */
@Component(service = Filter.class, configurationPolicy = ConfigurationPolicy.IGNORE)
@HttpWhiteboardFilterPattern("/*")
public class SecurityFilter implements Filter {

    static final String CSP = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    /** Where bundles are uploaded, with the larger limit. */
    public static final String UPLOAD = "/admin/modules/upload";
    /** Where the API takes bundles, with the same limit. */
    public static final String API_UPLOAD = "/api/v1/modules/upload";

    private final Security security;

    @Activate
    public SecurityFilter(@Reference Security security) {
        this.security = security;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        String path = request.getRequestURI();
        long limit = UPLOAD.equals(path) || API_UPLOAD.equals(path) ? security.config().maxUploadBytes()
                : security.config().maxBodyBytes();
        if (request.getContentLengthLong() > limit) {
            Problems.send(request, response, new HttpProblem(413, "the request body is larger than " + limit
                    + " bytes", "Content-Length"));
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    /** A request whose body fails once more than {@code limit} bytes are read (a body without a declared length). */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) {
                        read += n;
                        if (read > limit) {
                            throw new HttpProblem(413, "the request body is larger than " + limit + " bytes", "body");
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
