package org.sirtdesk.api.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * Pages are Japanese unless the visitor chose English with {@code ?lang=en} (kept in the session
 * the forms already have); the browser's Accept-Language is deliberately not followed there. Every
 * other request (the JSON API) keeps the resolver it would have had without the pages.
 */
final class PageLocaleResolver implements LocaleResolver {

    private final SessionLocaleResolver pages = new SessionLocaleResolver();
    private final LocaleResolver others;

    PageLocaleResolver(LocaleResolver others) {
        this.others = others;
        pages.setDefaultLocale(Locale.JAPANESE);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return FormPaths.isPage(request) ? pages.resolveLocale(request) : others.resolveLocale(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (FormPaths.isPage(request)) {
            pages.setLocale(request, response, locale);
        } else {
            others.setLocale(request, response, locale);
        }
    }
}
