package org.sirtdesk.core.incident.domain;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.sirtdesk.core.incident.api.AddEvidenceReference;
import org.sirtdesk.core.incident.api.AddNote;
import org.sirtdesk.core.incident.api.EvidenceReferenced;
import org.sirtdesk.core.incident.api.IncidentEvent;
import org.sirtdesk.core.incident.api.NoteAdded;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.Role;

/**
 * Notes and evidence references on an open incident: the record of the handling (001 Art. 31-9). An
 * officer writes only on an incident that names them on an instruction or a measure.
 */
final class RecordRules {

    static final String BASIS = "001 Art. 31-9";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private RecordRules() {}

    /** The same note again (same id, same text) changes nothing. */
    static List<IncidentEvent> note(Dossier dossier, AddNote command) {
        Checks.start()
                .notBlank("noteId", command.noteId())
                .notBlank("text", command.text())
                .orThrow();
        requireNamedOfficer(dossier, command.actor());
        var existing = dossier.notes.get(command.noteId());
        if (existing != null) {
            if (existing.text().equals(command.text())) {
                return List.of();
            }
            throw Reject.duplicate("noteId", command.noteId());
        }
        return List.of(new NoteAdded(
                dossier.incidentId, command.noteId(), command.text(), command.actor(), command.at(), BASIS));
    }

    /** The same reference again changes nothing. */
    static List<IncidentEvent> evidence(Dossier dossier, AddEvidenceReference command) {
        Checks.start()
                .notBlank("evidenceId", command.evidenceId())
                .notBlank("reference", command.reference())
                .that(
                        command.sha256() == null
                                || SHA256.matcher(command.sha256()).matches(),
                        "sha256",
                        "must be 64 hexadecimal digits")
                .orThrow();
        requireNamedOfficer(dossier, command.actor());
        var existing = dossier.evidence.get(command.evidenceId());
        if (existing != null) {
            if (existing.reference().equals(command.reference())
                    && Objects.equals(existing.description(), command.description())
                    && Objects.equals(existing.sha256(), command.sha256())) {
                return List.of();
            }
            throw Reject.duplicate("evidenceId", command.evidenceId());
        }
        return List.of(new EvidenceReferenced(
                dossier.incidentId,
                command.evidenceId(),
                command.reference(),
                command.description(),
                command.sha256(),
                command.actor(),
                command.at(),
                BASIS));
    }

    private static void requireNamedOfficer(Dossier dossier, Actor actor) {
        if (actor.role() == Role.OFFICER && !dossier.names(actor.userId())) {
            throw Reject.notAddressee(
                    "actor", "the incident names no instruction or measure for " + actor.userId(), null);
        }
    }
}
