package org.sirtdesk.api.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sirtdesk.api.ratelimit.RateLimitExceededException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * Base of the server-rendered pages. Its exception handlers sit on the controller itself, so they
 * win over the API's problem+json advice: a person gets a page, never JSON.
 */
public abstract class HtmlPage {

    private static final Logger log = LoggerFactory.getLogger(HtmlPage.class);

    /** The page's own path, for the language switch link. */
    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        return FormPaths.pathOf(request);
    }

    /** Who is signed in, for the header (null for visitors). */
    @ModelAttribute("userName")
    String userName(HttpServletRequest request) {
        var principal = request.getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    @ExceptionHandler(RateLimitExceededException.class)
    ModelAndView rateLimited(RateLimitExceededException e, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        return page("page/rate-limited", HttpStatus.TOO_MANY_REQUESTS, request)
                .addObject("retryAfterMinutes", e.retryAfterMinutes());
    }

    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            return page("page/bad-request", known.getStatusCode(), request);
        }
        log.error("A page could not be shown", e);
        return page("page/failure", HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    protected static ModelAndView notFound(HttpServletRequest request) {
        return page("page/not-found", HttpStatus.NOT_FOUND, request);
    }

    private static ModelAndView page(String view, HttpStatusCode status, HttpServletRequest request) {
        return new ModelAndView(view, status).addObject("requestPath", FormPaths.pathOf(request));
    }
}
