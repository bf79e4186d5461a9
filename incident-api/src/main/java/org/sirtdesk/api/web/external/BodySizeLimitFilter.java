package org.sirtdesk.api.web.external;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.sirtdesk.api.error.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a declared body larger than the window can ever need before anything reads it. Tomcat's
 * form-post limit (application.yml) covers the pages but not JSON. The largest valid report is
 * 10,700 characters, at most six bytes each when JSON-escaped; 128 KiB leaves room for that.
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

    public static final long MAX_BYTES = 128 * 1024;

    private final ObjectMapper json;

    public BodySizeLimitFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            var problem = Problems.problem(
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    "PAYLOAD_TOO_LARGE",
                    "The request body is larger than " + MAX_BYTES + " bytes",
                    List.of());
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), Problems.asMap(problem));
            return;
        }
        if (request.getContentLengthLong() < 0) {
            // A body of unknown length (chunked) is cut off at the limit; reading past it fails as a
            // malformed body instead of filling memory.
            chain.doFilter(new LimitedRequest(request), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        LimitedRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            var in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    var b = in.read();
                    if (b >= 0 && ++read > MAX_BYTES) {
                        throw new IOException("The request body is larger than " + MAX_BYTES + " bytes");
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    var n = in.read(buffer, offset, length);
                    if (n > 0 && (read += n) > MAX_BYTES) {
                        throw new IOException("The request body is larger than " + MAX_BYTES + " bytes");
                    }
                    return n;
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
    }
}
