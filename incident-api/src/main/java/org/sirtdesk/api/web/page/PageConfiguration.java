package org.sirtdesk.api.web.page;

import java.util.Locale;
import java.util.Set;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Language of the pages: Japanese first, English with {@code ?lang=en}, back with {@code ?lang=ja}. */
@Configuration
@EnableConfigurationProperties(WebProperties.class)
public class PageConfiguration implements WebMvcConfigurer {

    static final Set<String> LANGUAGES = Set.of("ja", "en");

    /** Replaces Boot's resolver; for the API it behaves as Boot's would (spring.web.locale*). */
    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver(WebProperties web) {
        LocaleResolver others;
        if (web.getLocaleResolver() == WebProperties.LocaleResolver.FIXED) {
            others = new FixedLocaleResolver(web.getLocale());
        } else {
            var accept = new AcceptHeaderLocaleResolver();
            accept.setDefaultLocale(web.getLocale());
            others = accept;
        }
        return new PageLocaleResolver(others);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String localeValue) {
                return LANGUAGES.contains(localeValue) ? Locale.forLanguageTag(localeValue) : null;
            }
        };
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).addPathPatterns(FormPaths.PAGES);
    }
}
