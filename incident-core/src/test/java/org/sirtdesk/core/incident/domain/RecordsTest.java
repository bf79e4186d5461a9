package org.sirtdesk.core.incident.domain;

import static org.sirtdesk.core.incident.IncidentFixtures.*;
import static org.sirtdesk.core.incident.domain.Fixtures.fixture;
import static org.sirtdesk.core.incident.domain.Fixtures.rejected;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sirtdesk.core.incident.api.AddEvidenceReference;
import org.sirtdesk.core.incident.api.AddNote;
import org.sirtdesk.core.incident.api.EvidenceReferenced;
import org.sirtdesk.core.incident.api.NoteAdded;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.ErrorCode;

class RecordsTest {

    private static final String BASIS = "001 Art. 31-9";
    private static final String HASH = "a".repeat(64);

    private static AddNote note(Actor actor, String id, String text) {
        return new AddNote(ID, null, actor, LATER, id, text);
    }

    private static AddEvidenceReference evidence(Actor actor, String id, String sha256) {
        return new AddEvidenceReference(
                ID, null, actor, LATER, id, "fileserver://evidence/www.img", "disk image", sha256);
    }

    @Nested
    class AddingANote {

        @Test
        void addsANoteToAReportNotYetTriaged() {
            fixture()
                    .givenCommands(aReportedIncident())
                    .when(note(SIRT, "n-1", "called the reporter"))
                    .expectEvents(new NoteAdded(ID, "n-1", "called the reporter", SIRT, LATER, BASIS));
        }

        @Test
        void ignoresTheSameNoteTwice() {
            fixture()
                    .givenCommands(with(aConfirmedIncident(), note(SIRT, "n-1", "x")))
                    .when(note(SIRT, "n-1", "x"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rejectsAnIdReusedForAnotherNote() {
            fixture()
                    .givenCommands(with(aConfirmedIncident(), note(SIRT, "n-1", "x")))
                    .when(note(SIRT, "n-1", "y"))
                    .expectException(rejected(ErrorCode.DUPLICATE_ID, "noteId"));
        }

        @Test
        void letsAnInstructedOfficerAddANote() {
            fixture()
                    .givenCommands(anIncidentInResponse())
                    .when(note(OFFICER, "n-2", "isolated the server"))
                    .expectEvents(new NoteAdded(ID, "n-2", "isolated the server", OFFICER, LATER, BASIS));
        }

        @Test
        void rejectsAnOfficerTheIncidentDoesNotName() {
            fixture()
                    .givenCommands(anIncidentInResponse())
                    .when(note(OFFICER2, "n-2", "curious"))
                    .expectException(rejected(ErrorCode.NOT_ADDRESSEE, "actor"));
        }

        @Test
        void rejectsANoteOnAClosedIncident() {
            fixture()
                    .givenCommands(aClosedIncident())
                    .when(note(SIRT, "n-9", "late thought"))
                    .expectException(rejected(ErrorCode.INVALID_STATE, "state"));
        }

        @Test
        void rejectsAReporter() {
            fixture()
                    .givenCommands(aReportedIncident())
                    .when(note(REPORTER, "n-1", "me again"))
                    .expectException(rejected(ErrorCode.ROLE_NOT_ALLOWED));
        }

        @Test
        void rejectsABlankNote() {
            fixture()
                    .givenCommands(aReportedIncident())
                    .when(note(SIRT, "n-1", " "))
                    .expectException(rejected(ErrorCode.VALIDATION_FAILED, "text"));
        }
    }

    @Nested
    class ReferencingEvidence {

        @Test
        void referencesEvidenceWithItsHash() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(evidence(SIRT, "ev-1", HASH))
                    .expectEvents(new EvidenceReferenced(
                            ID, "ev-1", "fileserver://evidence/www.img", "disk image", HASH, SIRT, LATER, BASIS));
        }

        @Test
        void ignoresTheSameReferenceTwice() {
            fixture()
                    .givenCommands(with(aConfirmedIncident(), evidence(SIRT, "ev-1", HASH)))
                    .when(evidence(SIRT, "ev-1", HASH))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rejectsAnIdReusedForOtherEvidence() {
            fixture()
                    .givenCommands(with(aConfirmedIncident(), evidence(SIRT, "ev-1", HASH)))
                    .when(evidence(SIRT, "ev-1", null))
                    .expectException(rejected(ErrorCode.DUPLICATE_ID, "evidenceId"));
        }

        @Test
        void rejectsAMalformedHash() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(evidence(SIRT, "ev-1", "abc"))
                    .expectException(rejected(ErrorCode.VALIDATION_FAILED, "sha256"));
        }

        @Test
        void rejectsTheCiso() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(evidence(CISO, "ev-1", null))
                    .expectException(rejected(ErrorCode.ROLE_NOT_ALLOWED));
        }

        @Test
        void rejectsEvidenceOnADismissedReport() {
            fixture()
                    .givenCommands(aDismissedReport())
                    .when(evidence(SIRT, "ev-1", null))
                    .expectException(rejected(ErrorCode.INVALID_STATE, "state"));
        }
    }
}
