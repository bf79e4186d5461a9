package org.sirtdesk.api.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Rate limits on the report submissions: per client address outside, per user inside. */
@Configuration
@EnableConfigurationProperties(RateLimitProperties.class)
public class RateLimitConfiguration implements WebMvcConfigurer {

    private final TokenBucketLimiter external;
    private final TokenBucketLimiter report;

    public RateLimitConfiguration(RateLimitProperties properties, Clock clock) {
        this.external = limiter(properties.external(), properties.maxTrackedClients(), clock);
        this.report = limiter(properties.report(), properties.maxTrackedClients(), clock);
    }

    private static TokenBucketLimiter limiter(RateLimitProperties.Limit limit, int maxKeys, Clock clock) {
        return new TokenBucketLimiter(limit.requests(), limit.per(), maxKeys, clock);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RateLimitInterceptor(external, HttpServletRequest::getRemoteAddr))
                .addPathPatterns("/external-report", "/api/v1/external-reports");
        registry.addInterceptor(new RateLimitInterceptor(report, RateLimitConfiguration::user))
                .addPathPatterns("/report");
    }

    private static String user(HttpServletRequest request) {
        var principal = request.getUserPrincipal();
        return principal == null ? "anonymous:" + request.getRemoteAddr() : "user:" + principal.getName();
    }
}
