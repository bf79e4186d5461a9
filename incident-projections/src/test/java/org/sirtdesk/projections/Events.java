package org.sirtdesk.projections;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.sirtdesk.core.incident.api.Category;
import org.sirtdesk.core.incident.api.Classification;
import org.sirtdesk.core.incident.api.IncidentEvent;
import org.sirtdesk.core.incident.api.PersonalData;
import org.sirtdesk.core.incident.api.ReportFacts;
import org.sirtdesk.core.incident.api.TriState;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.Role;

/** Test data: one instance of every event type, built from its record components. */
public final class Events {

    public static final Instant AWARE = Instant.parse("2026-05-01T01:00:00Z");

    private Events() {}

    public static ReportFacts facts() {
        return new ReportFacts(
                "USB stick lost",
                "Lost on the train",
                AWARE,
                Category.LOSS_OR_THEFT,
                List.of("USB-1"),
                new Classification(3, 1, 1),
                PersonalData.none(),
                TriState.NO,
                "税務課");
    }

    /** Every permitted event type with plausible values: "x" for texts, the epoch for times. */
    public static List<IncidentEvent> oneOfEach() {
        return Arrays.stream(IncidentEvent.class.getPermittedSubclasses())
                .map(Events::instance)
                .toList();
    }

    static IncidentEvent instance(Class<?> type) {
        try {
            var components = type.getRecordComponents();
            var types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            var values = Arrays.stream(components).map(Events::value).toArray();
            return (IncidentEvent) type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object value(RecordComponent component) {
        var type = component.getType();
        if (type == String.class) {
            return component.getName().equals("incidentId") ? "inc-1" : "x";
        } else if (type == Instant.class) {
            return AWARE;
        } else if (type == List.class) {
            return List.of();
        } else if (type == Actor.class) {
            return Actor.of("sirt1", Role.SIRT);
        } else if (type == ReportFacts.class) {
            return facts();
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        } else if (type == boolean.class) {
            return false;
        }
        return null;
    }
}
