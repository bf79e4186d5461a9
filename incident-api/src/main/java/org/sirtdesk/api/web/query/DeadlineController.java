package org.sirtdesk.api.web.query;

import java.util.EnumSet;
import java.util.List;
import org.sirtdesk.api.security.Access;
import org.sirtdesk.core.deadline.DeadlineStatus;
import org.sirtdesk.projections.deadlines.DeadlineBoard;
import org.sirtdesk.projections.deadlines.DeadlineEntry;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The deadline board across incidents (SPEC §4, API.md "Queries"), soonest first. */
@RestController
@RequestMapping(path = "/api/v1/deadlines", produces = MediaType.APPLICATION_JSON_VALUE)
public class DeadlineController {

    static final int MAX_ENTRIES = 1000;

    private final DeadlineBoard board;

    public DeadlineController(DeadlineBoard board) {
        this.board = board;
    }

    @PreAuthorize(Access.BOARD_READERS)
    @GetMapping
    public List<DeadlineEntry> deadlines(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String recipient,
            @RequestParam(required = false) Integer size) {
        var statuses = QueryParameters.setOf(
                "status",
                status,
                DeadlineStatus.class,
                EnumSet.of(DeadlineStatus.PENDING, DeadlineStatus.DUE_SOON, DeadlineStatus.OVERDUE));
        return board.board(
                statuses,
                QueryParameters.text("recipient", recipient, 200),
                QueryParameters.range("size", size, 200, 1, MAX_ENTRIES));
    }
}
