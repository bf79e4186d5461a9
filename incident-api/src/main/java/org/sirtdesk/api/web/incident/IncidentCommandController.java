package org.sirtdesk.api.web.incident;

import static org.sirtdesk.api.command.FreeText.multiLine;
import static org.sirtdesk.api.command.FreeText.singleLines;
import static org.sirtdesk.api.command.IncidentCommands.actor;
import static org.sirtdesk.api.command.IncidentCommands.expectedVersion;
import static org.sirtdesk.core.shared.Role.CISO;
import static org.sirtdesk.core.shared.Role.OFFICER;
import static org.sirtdesk.core.shared.Role.PRIVACY_OFFICER;
import static org.sirtdesk.core.shared.Role.SIRT;
import static org.sirtdesk.core.shared.Role.SIRT_LEAD;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.sirtdesk.api.command.IncidentCommands;
import org.sirtdesk.api.command.IncidentCommands.Accepted;
import org.sirtdesk.api.command.IncidentIds;
import org.sirtdesk.api.security.Access;
import org.sirtdesk.core.incident.api.AcknowledgeCisoReport;
import org.sirtdesk.core.incident.api.AcknowledgeInstruction;
import org.sirtdesk.core.incident.api.AddEvidenceReference;
import org.sirtdesk.core.incident.api.AddNote;
import org.sirtdesk.core.incident.api.AssessIncident;
import org.sirtdesk.core.incident.api.CompleteInstruction;
import org.sirtdesk.core.incident.api.CompleteMeasure;
import org.sirtdesk.core.incident.api.CorrectFacts;
import org.sirtdesk.core.incident.api.DecideClosure;
import org.sirtdesk.core.incident.api.DecideWaiver;
import org.sirtdesk.core.incident.api.IssueInstruction;
import org.sirtdesk.core.incident.api.RecordNotificationAcknowledged;
import org.sirtdesk.core.incident.api.RecordNotificationSent;
import org.sirtdesk.core.incident.api.RecordRecovery;
import org.sirtdesk.core.incident.api.RecurrenceMeasure;
import org.sirtdesk.core.incident.api.ReopenIncident;
import org.sirtdesk.core.incident.api.ReportToCiso;
import org.sirtdesk.core.incident.api.RequestClosure;
import org.sirtdesk.core.incident.api.RequestCymatSupport;
import org.sirtdesk.core.incident.api.RequestWaiver;
import org.sirtdesk.core.incident.api.ReviewRecurrenceReport;
import org.sirtdesk.core.incident.api.ShareLessons;
import org.sirtdesk.core.incident.api.StartTriage;
import org.sirtdesk.core.incident.api.SubmitRecurrenceReport;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The incident commands of API.md. Each answers {@code 200 {incidentId, version}} or a problem;
 * {@code If-Match: "<version>"} makes a stale write a {@code 409 CONCURRENT_MODIFICATION}. The
 * actor is always the caller, in the first of the endpoint's roles they hold.
 */
@RestController
@Validated
@RequestMapping(
        path = "/api/v1/incidents/{incidentId}",
        consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
public class IncidentCommandController {

    static final String ID = "[A-Za-z0-9._:-]{1,64}";

    /** Obligation ids: printable text, up to 200 characters. */
    static final String OBLIGATION_ID = "[^\\p{Cntrl}]{1,200}";

    private final IncidentCommands commands;
    private final IncidentIds ids;

    public IncidentCommandController(IncidentCommands commands, IncidentIds ids) {
        this.commands = commands;
        this.ids = ids;
    }

    @PreAuthorize(Access.SIRT_OR_LEAD)
    @PostMapping("/triage")
    public Accepted triage(
            @PathVariable @Pattern(regexp = ID) String incidentId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.Triage body,
            Authentication user) {
        return commands.send(new StartTriage(
                incidentId,
                expectedVersion(ifMatch),
                actor(user, SIRT, SIRT_LEAD),
                commands.now(),
                multiLine(body.note())));
    }

    @PreAuthorize(Access.SIRT_LEAD)
    @PostMapping("/assessment")
    public Accepted assessment(
            @PathVariable @Pattern(regexp = ID) String incidentId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.Assessment body,
            Authentication user) {
        return commands.send(new AssessIncident(
                incidentId,
                expectedVersion(ifMatch),
                actor(user, SIRT_LEAD),
                commands.now(),
                body.decision(),
                multiLine(body.reason()),
                body.severity(),
                body.facts()));
    }

    @PreAuthorize(Access.SIRT_OR_LEAD)
    @PostMapping("/facts")
    public Accepted facts(
            @PathVariable @Pattern(regexp = ID) String incidentId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.Facts body,
            Authentication user) {
        return commands.send(new CorrectFacts(
                incidentId,
                expectedVersion(ifMatch),
                actor(user, SIRT_LEAD, SIRT),
                commands.now(),
                body.facts(),
                body.severity(),
                multiLine(body.reason())));
    }

    @PreAuthorize(Access.SIRT_LEAD)
    @PostMapping("/ciso-report")
    public Accepted cisoReport(
            @PathVariable @Pattern(regexp = ID) String incidentId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.Summary body,
            Authentication user) {
        return commands.send(new ReportToCiso(
                incidentId,
                expectedVersion(ifMatch),
                actor(user, SIRT_LEAD),
                commands.now(),
                multiLine(body.summary())));
    }

    @PreAuthorize(Access.CISO)
    @PostMapping("/ciso-acknowledgement")
    public Accepted cisoAcknowledgement(
            @PathVariable @Pattern(regexp = ID) String incidentId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.Comment body,
            Authentication user) {
        return commands.send(new AcknowledgeCisoReport(
                incidentId, expectedVersion(ifMatch), actor(user, CISO), commands.now(), multiLine(body.comment())));
    }

    @PreAuthorize(Access.SIRT_LEAD)
    @PostMapping("/cymat-request")
    public Accepted cymatRequest(
            @PathVariable @Pattern(regexp = ID) String incidentId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.Reason body,
            Authentication user) {
        return commands.send(new RequestCymatSupport(
                incidentId,
                expectedVersion(ifMatch),
                actor(user, SIRT_LEAD),
                commands.now(),
                multiLine(body.reason())));
    }

    @PreAuthorize(Access.NOTIFIERS)
    @PostMapping("/notifications/{obligationId}/sent")
    public Accepted notificationSent(
            @PathVariable @Pattern(regexp = ID) String incidentId,
            @PathVariable @Pattern(regexp = OBLIGATION_ID) String obligationId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.Sent body,
            Authentication user) {
        var actor = actor(user, SIRT_LEAD, SIRT, PRIVACY_OFFICER);
        return commands.send(new RecordNotificationSent(
                incidentId,
                expectedVersion(ifMatch),
                actor,
                commands.now(),
                obligationId,
                body.sentAt().toInstant(),
                body.channel(),
                multiLine(body.reference()),
                multiLine(body.summary()),
                body.sender() == null ? actor.userId() : multiLine(body.sender())));
    }

    @PreAuthorize(Access.NOTIFIERS)
    @PostMapping("/notifications/{obligationId}/acknowledged")
    public Accepted notificationAcknowledged(
            @PathVariable @Pattern(regexp = ID) String incidentId,
            @PathVariable @Pattern(regexp = OBLIGATION_ID) String obligationId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.Acknowledged body,
            Authentication user) {
        return commands.send(new RecordNotificationAcknowledged(
                incidentId,
                expectedVersion(ifMatch),
                actor(user, SIRT_LEAD, SIRT, PRIVACY_OFFICER),
                body.at().toInstant(),
                obligationId,
                multiLine(body.reference())));
    }

    @PreAuthorize(Access.WAIVER_REQUESTERS)
    @PostMapping("/notifications/{obligationId}/waiver")
    public Accepted waiver(
            @PathVariable @Pattern(regexp = ID) String incidentId,
            @PathVariable @Pattern(regexp = OBLIGATION_ID) String obligationId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.Reason body,
            Authentication user) {
        return commands.send(new RequestWaiver(
                incidentId,
                expectedVersion(ifMatch),
                actor(user, SIRT_LEAD, PRIVACY_OFFICER),
                commands.now(),
                obligationId,
                multiLine(body.reason())));
    }

    @PreAuthorize(Access.CISO)
    @PostMapping("/notifications/{obligationId}/waiver-decision")
    public Accepted waiverDecision(
            @PathVariable @Pattern(regexp = ID) String incidentId,
            @PathVariable @Pattern(regexp = OBLIGATION_ID) String obligationId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.Decision body,
            Authentication user) {
        return commands.send(new DecideWaiver(
                incidentId,
                expectedVersion(ifMatch),
                actor(user, CISO),
                commands.now(),
                obligationId,
                body.approve(),
                multiLine(body.comment())));
    }

    @PreAuthorize(Access.SIRT_OR_LEAD)
    @PostMapping("/instructions")
    public InstructionIssued instruction(
            @PathVariable @Pattern(regexp = ID) String incidentId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.Instruction body,
            Authentication user) {
        var instructionId = ids.newId("ins");
        var accepted = commands.send(new IssueInstruction(
                incidentId,
                expectedVersion(ifMatch),
                actor(user, SIRT_LEAD, SIRT),
                commands.now(),
                instructionId,
                body.kind(),
                multiLine(body.officer()),
                multiLine(body.system()),
                multiLine(body.text()),
                body.dueAt() == null ? null : body.dueAt().toInstant()));
        return new InstructionIssued(accepted.incidentId(), accepted.version(), instructionId);
    }

    public record InstructionIssued(String incidentId, long version, String instructionId) {}

    @PreAuthorize(Access.OFFICER)
    @PostMapping("/instructions/{instructionId}/acknowledgement")
    public Accepted instructionAcknowledgement(
            @PathVariable @Pattern(regexp = ID) String incidentId,
            @PathVariable @Pattern(regexp = ID) String instructionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            Authentication user) {
        return commands.send(new AcknowledgeInstruction(
                incidentId, expectedVersion(ifMatch), actor(user, OFFICER), commands.now(), instructionId));
    }

    @PreAuthorize(Access.OFFICER)
    @PostMapping("/instructions/{instructionId}/completion")
    public Accepted instructionCompletion(
            @PathVariable @Pattern(regexp = ID) String incidentId,
            @PathVariable @Pattern(regexp = ID) String instructionId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.Result body,
            Authentication user) {
        return commands.send(new CompleteInstruction(
                incidentId,
                expectedVersion(ifMatch),
                actor(user, OFFICER),
                commands.now(),
                instructionId,
                multiLine(body.result())));
    }

    @PreAuthorize(Access.SIRT_LEAD)
    @PostMapping("/recovery")
    public Accepted recovery(
            @PathVariable @Pattern(regexp = ID) String incidentId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.Summary body,
            Authentication user) {
        return commands.send(new RecordRecovery(
                incidentId,
                expectedVersion(ifMatch),
                actor(user, SIRT_LEAD),
                commands.now(),
                multiLine(body.summary())));
    }

    @PreAuthorize(Access.OFFICER)
    @PostMapping("/recurrence-report")
    public Accepted recurrenceReport(
            @PathVariable @Pattern(regexp = ID) String incidentId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.RecurrenceReport body,
            Authentication user) {
        var actor = actor(user, OFFICER);
        var measures = body.measures().stream()
                .map(m -> new RecurrenceMeasure(
                        ids.newId("msr"),
                        multiLine(m.text()),
                        m.officer() == null ? actor.userId() : multiLine(m.officer())))
                .toList();
        return commands.send(new SubmitRecurrenceReport(
                incidentId, expectedVersion(ifMatch), actor, commands.now(), multiLine(body.cause()), measures));
    }

    @PreAuthorize(Access.CISO)
    @PostMapping("/recurrence-report/review")
    public Accepted recurrenceReview(
            @PathVariable @Pattern(regexp = ID) String incidentId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.Review body,
            Authentication user) {
        return commands.send(new ReviewRecurrenceReport(
                incidentId,
                expectedVersion(ifMatch),
                actor(user, CISO),
                commands.now(),
                body.decision(),
                multiLine(body.comment())));
    }

    @PreAuthorize(Access.OFFICER)
    @PostMapping("/measures/{measureId}/completion")
    public Accepted measureCompletion(
            @PathVariable @Pattern(regexp = ID) String incidentId,
            @PathVariable @Pattern(regexp = ID) String measureId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.Result body,
            Authentication user) {
        return commands.send(new CompleteMeasure(
                incidentId,
                expectedVersion(ifMatch),
                actor(user, OFFICER),
                commands.now(),
                measureId,
                multiLine(body.result())));
    }

    @PreAuthorize(Access.SIRT_LEAD)
    @PostMapping("/lessons")
    public Accepted lessons(
            @PathVariable @Pattern(regexp = ID) String incidentId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.Lessons body,
            Authentication user) {
        return commands.send(new ShareLessons(
                incidentId,
                expectedVersion(ifMatch),
                actor(user, SIRT_LEAD),
                commands.now(),
                multiLine(body.summary()),
                singleLines(body.sharedWith())));
    }

    @PreAuthorize(Access.SIRT_LEAD)
    @PostMapping("/closure")
    public Accepted closure(
            @PathVariable @Pattern(regexp = ID) String incidentId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.Summary body,
            Authentication user) {
        return commands.send(new RequestClosure(
                incidentId,
                expectedVersion(ifMatch),
                actor(user, SIRT_LEAD),
                commands.now(),
                multiLine(body.summary())));
    }

    @PreAuthorize(Access.CISO)
    @PostMapping("/closure-decision")
    public Accepted closureDecision(
            @PathVariable @Pattern(regexp = ID) String incidentId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.Decision body,
            Authentication user) {
        return commands.send(new DecideClosure(
                incidentId,
                expectedVersion(ifMatch),
                actor(user, CISO),
                commands.now(),
                body.approve(),
                multiLine(body.comment())));
    }

    @PreAuthorize(Access.REOPENERS)
    @PostMapping("/reopening")
    public Accepted reopening(
            @PathVariable @Pattern(regexp = ID) String incidentId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.Reopening body,
            Authentication user) {
        return commands.send(new ReopenIncident(
                incidentId,
                expectedVersion(ifMatch),
                actor(user, SIRT_LEAD, CISO),
                commands.now(),
                multiLine(body.reason()),
                multiLine(body.relatedIncidentId())));
    }

    @PreAuthorize(Access.NOTE_WRITERS)
    @PostMapping("/notes")
    public Accepted note(
            @PathVariable @Pattern(regexp = ID) String incidentId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.Note body,
            Authentication user) {
        return commands.send(new AddNote(
                incidentId,
                expectedVersion(ifMatch),
                actor(user, SIRT_LEAD, SIRT, CISO, OFFICER),
                commands.now(),
                ids.newId("note"),
                multiLine(body.text())));
    }

    @PreAuthorize(Access.EVIDENCE_WRITERS)
    @PostMapping("/evidence")
    public Accepted evidence(
            @PathVariable @Pattern(regexp = ID) String incidentId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.Evidence body,
            Authentication user) {
        return commands.send(new AddEvidenceReference(
                incidentId,
                expectedVersion(ifMatch),
                actor(user, SIRT_LEAD, SIRT, OFFICER),
                commands.now(),
                ids.newId("evd"),
                multiLine(body.reference()),
                multiLine(body.description()),
                body.sha256() == null ? null : body.sha256().toLowerCase(java.util.Locale.ROOT)));
    }
}
