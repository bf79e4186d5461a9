package org.sirtdesk.api.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Function;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Takes a token for every POST before the body is read or validated, so invalid submissions count
 * too. Over the limit it throws {@link RateLimitExceededException}; the handling controller turns
 * that into a page (forms) or problem+json (API).
 */
final class RateLimitInterceptor implements HandlerInterceptor {

    private final TokenBucketLimiter limiter;
    private final Function<HttpServletRequest, String> key;

    RateLimitInterceptor(TokenBucketLimiter limiter, Function<HttpServletRequest, String> key) {
        this.limiter = limiter;
        this.key = key;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"POST".equals(request.getMethod())) {
            return true;
        }
        var decision = limiter.tryAcquire(key.apply(request));
        if (!decision.allowed()) {
            throw new RateLimitExceededException(decision.retryAfter());
        }
        return true;
    }
}
