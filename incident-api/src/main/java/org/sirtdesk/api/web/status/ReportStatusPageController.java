package org.sirtdesk.api.web.status;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sirtdesk.api.security.SecurityProperties;
import org.sirtdesk.api.web.page.FormPaths;
import org.sirtdesk.api.web.page.HtmlPage;
import org.sirtdesk.core.incident.api.ReportChannel;
import org.sirtdesk.projections.incidentlist.IncidentListQueries;
import org.sirtdesk.projections.incidentlist.IncidentSummary;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The status of one report by its tracking code: state and time received, nothing else. A report
 * from the external window is shown to anyone holding its code; an employee's report only to the
 * employee who made it. A visitor who is not signed in is asked to sign in before being told that
 * a code is unknown, so the page never reveals whether an internal report exists.
 */
@Controller
public class ReportStatusPageController extends HtmlPage {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{1,32}");

    private final IncidentListQueries incidents;
    private final boolean loginPage;
    private final RequestCache requestCache = new HttpSessionRequestCache();

    public ReportStatusPageController(IncidentListQueries incidents, SecurityProperties security) {
        this.incidents = incidents;
        this.loginPage = security.mode() == SecurityProperties.Mode.DEMO;
    }

    @GetMapping(FormPaths.STATUS + "{trackingCode}")
    ModelAndView status(
            @PathVariable String trackingCode,
            Authentication user,
            HttpServletRequest request,
            HttpServletResponse response) {
        var visible = find(trackingCode).filter(report -> maySee(report, user));
        if (visible.isPresent()) {
            var report = visible.get();
            return new ModelAndView("status")
                    .addObject("trackingCode", report.trackingCode())
                    .addObject("state", report.state())
                    .addObject("receivedAt", report.reportedAt().atZone(FormPaths.JAPAN));
        }
        if (!signedIn(user) && loginPage) {
            requestCache.saveRequest(request, response);
            return new ModelAndView("redirect:" + FormPaths.LOGIN);
        }
        return notFound(request);
    }

    private Optional<IncidentSummary> find(String trackingCode) {
        return CODE.matcher(trackingCode).matches() ? incidents.byTrackingCode(trackingCode) : Optional.empty();
    }

    static boolean maySee(IncidentSummary report, Authentication user) {
        return ReportChannel.EXTERNAL_WINDOW.name().equals(report.channel())
                || (signedIn(user) && report.reporterId().equals(user.getName()));
    }

    private static boolean signedIn(Authentication user) {
        return user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
    }
}
