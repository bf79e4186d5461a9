package org.sirtdesk.api.web.page;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** The server-rendered pages: their own security chain, Japanese by default, {@code ?lang=en}. */
public final class FormPaths {

    public static final String REPORT = "/report";
    public static final String EXTERNAL_REPORT = "/external-report";
    public static final String STATUS = "/reports/";
    public static final String LOGIN = "/login";
    public static final String LOGOUT = "/logout";

    /** OIDC sign-in (jwt mode): the redirect to the identity provider and the way back. */
    public static final String SIGN_IN_START = "/oauth2/authorization/**";

    public static final String SIGN_IN_RETURN = "/login/oauth2/code/**";

    /** Times on the pages are read and shown in Japan time. */
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    /** A date and a time typed on a page, read in Japan time; {@code null} while either is missing. */
    public static Instant inJapan(LocalDate date, LocalTime time) {
        return date == null || time == null
                ? null
                : date.atTime(time).atZone(JAPAN).toInstant();
    }

    /** Everything the page chain answers for (patterns for Spring Security and MVC). */
    public static final String[] PAGES = {
        REPORT,
        REPORT + "/**",
        EXTERNAL_REPORT,
        EXTERNAL_REPORT + "/**",
        STATUS + "**",
        LOGIN,
        LOGOUT,
        SIGN_IN_START,
        SIGN_IN_RETURN,
        "/css/**"
    };

    private FormPaths() {}

    /** True for a request to one of the pages (not the JSON API), to choose the locale rules. */
    public static boolean isPage(HttpServletRequest request) {
        var path = pathOf(request);
        return path.equals(REPORT)
                || path.startsWith(REPORT + "/")
                || path.equals(EXTERNAL_REPORT)
                || path.startsWith(EXTERNAL_REPORT + "/")
                || path.startsWith(STATUS)
                || path.equals(LOGIN)
                || path.equals(LOGOUT);
    }

    /** The path inside the application, whatever the servlet mapping. */
    public static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
