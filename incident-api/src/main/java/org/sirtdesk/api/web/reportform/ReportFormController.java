package org.sirtdesk.api.web.reportform;

import jakarta.validation.Valid;
import org.sirtdesk.api.command.IncidentIds;
import org.sirtdesk.api.command.ReportIntake;
import org.sirtdesk.api.web.page.FormPaths;
import org.sirtdesk.api.web.page.HtmlPage;
import org.sirtdesk.core.incident.api.Category;
import org.sirtdesk.core.incident.api.ReportChannel;
import org.sirtdesk.core.incident.api.TriState;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The employee report form (001 Art. 31-1: whoever notices a possible incident reports it at once).
 * Post, redirect, get: the confirmation page shows the tracking code once and a reload sends
 * nothing again.
 */
@Controller
@RequestMapping(FormPaths.REPORT)
public class ReportFormController extends HtmlPage {

    private static final Logger log = LoggerFactory.getLogger(ReportFormController.class);

    private final ReportIntake intake;

    public ReportFormController(ReportIntake intake) {
        this.intake = intake;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("categories", Category.values());
        model.addAttribute("answers", TriState.values());
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("reportForm", new ReportForm());
        return "report/form";
    }

    @PostMapping
    String submit(
            @Valid @ModelAttribute("reportForm") ReportForm form,
            BindingResult result,
            Authentication user,
            RedirectAttributes redirect) {
        var now = intake.now();
        form.checkRules(result, now);
        if (result.hasErrors()) {
            return "report/form";
        }
        IncidentIds.NewIncident incident;
        try {
            incident = intake.receive(
                    ReportChannel.INTERNAL_FORM, form.toFacts(), Actor.of(user.getName(), Role.REPORTER), now, null);
        } catch (RuntimeException e) {
            log.error("The report form could not record a report", e);
            result.reject("report.notRecorded");
            return "report/form";
        }
        log.info("Report {} received through the employee form", incident.trackingCode());
        redirect.addFlashAttribute("trackingCode", incident.trackingCode());
        return "redirect:" + FormPaths.REPORT + "/sent";
    }

    @GetMapping("/sent")
    String sent(Model model) {
        return model.containsAttribute("trackingCode") ? "report/sent" : "redirect:" + FormPaths.REPORT;
    }
}
