package org.sirtdesk.api.web.external;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import org.sirtdesk.api.web.page.FormPaths;
import org.sirtdesk.api.web.page.HtmlPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The external report window as a page (001 Art. 30-5): anyone, no account, rate-limited. */
@Controller
@RequestMapping(FormPaths.EXTERNAL_REPORT)
public class ExternalReportFormController extends HtmlPage {

    private static final Logger log = LoggerFactory.getLogger(ExternalReportFormController.class);

    private final ExternalReports reports;
    private final Clock clock;

    public ExternalReportFormController(ExternalReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("externalReportForm", new ExternalReportForm());
        return "external/form";
    }

    @PostMapping
    String submit(
            @Valid @ModelAttribute("externalReportForm") ExternalReportForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        form.checkRules(result, Instant.now(clock));
        if (result.hasErrors()) {
            return "external/form";
        }
        String trackingCode;
        try {
            trackingCode = reports.submit(form.toReport());
        } catch (RuntimeException e) {
            log.error("The external report page could not record a report", e);
            result.reject("report.notRecorded");
            return "external/form";
        }
        redirect.addFlashAttribute("trackingCode", trackingCode);
        return "redirect:" + FormPaths.EXTERNAL_REPORT + "/sent";
    }

    @GetMapping("/sent")
    String sent(Model model) {
        return model.containsAttribute("trackingCode") ? "external/sent" : "redirect:" + FormPaths.EXTERNAL_REPORT;
    }
}
