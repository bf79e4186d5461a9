package org.sirtdesk.api.web.external;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
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
                    "The report is larger than " + MAX_BYTES + " bytes",
                    List.of());
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), Problems.asMap(problem));
            return;
        }
        chain.doFilter(request, response);
    }
}
