package org.concord.boot;

import com.fasterxml.jackson.databind.JsonNode;
import org.concord.access.model.AuditEvent;
import org.concord.forecast.application.ForecastEvents;
import org.concord.forecast.application.ForecastService;
import org.concord.forecast.application.IssueData;
import org.concord.intel.StanceData;
import org.concord.intel.StanceReported;
import org.concord.journal.EventCodec;
import org.concord.journal.EventType;
import org.concord.journal.Journal;
import org.concord.journal.JournalEntry;
import org.concord.procedure.application.ProcedureEvents;
import org.concord.procedure.model.ProcedureEvent;
import org.concord.register.application.RegisterEvents;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every event type a Concord journals, gathered from the capabilities that declare them (each owns its events and
 * their stable type names), and the one way an entry of any of them is read back: by its type name, through
 * {@link EventCodec}, into the capability's own event.
 */
public final class EventCatalog {
    private EventCatalog() {}

    /** Every declared event type with its current schema version. */
    public static List<EventType> declared() {
        List<EventType> all = new ArrayList<>();
        all.addAll(ProcedureEvents.TYPES);
        all.addAll(RegisterEvents.TYPES);
        all.addAll(AuditEvent.TYPES.stream().map(t -> new EventType(t, 1)).toList());
        all.addAll(ForecastEvents.TYPES);
        all.addAll(StanceReported.TYPES);
        all.add(new EventType(org.concord.forecast.application.IssueEvent.IssueRevised.TYPE, 1));
        all.add(new EventType(org.concord.options.OptionEvents.OptionAdded.TYPE, 1));
        all.add(new EventType(org.concord.intel.RiskEvents.RiskAssessed.TYPE, 1));
        all.addAll(org.concord.review.model.ReviewEvents.types().stream().map(t -> new EventType(t, 1)).toList());
        all.addAll(Journal.TYPES);
        return List.copyOf(all);
    }

    /** The declared type names. */
    public static Set<String> names() { return declared().stream().map(EventType::name).collect(Collectors.toSet()); }

    /**
     * Reads {@code entry} as the event its type declares.
     *
     * @throws IllegalStateException if the type is not declared, or the payload does not read as that event
     */
    public static Object decode(EventCodec codec, JournalEntry entry) {
        String type = entry.type();
        if (ProcedureEvent.TYPES.contains(type)) {
            ProcedureEvent e = codec.read(entry, ProcedureEvent.class);
            if (!ProcedureEvent.type(e).equals(type))
                throw new IllegalStateException("journal entry " + entry.seq() + " is typed " + type + " but holds " + org.concord.shared.English.withArticle(ProcedureEvent.type(e)));
            return e;
        }
        if (RegisterEvents.declares(type)) return RegisterEvents.decode(codec, entry).orElseThrow();
        return switch (type) {
            case ForecastEvents.ISSUE_DEFINED -> codec.read(entry, IssueData.class);
            case ForecastEvents.FORECAST_STORED -> codec.read(entry, ForecastService.ForecastStored.class);
            case StanceReported.TYPE -> codec.read(entry, StanceData.class);
            case org.concord.forecast.application.IssueEvent.IssueRevised.TYPE -> codec.read(entry, org.concord.forecast.application.IssueEvent.IssueRevised.class);
            case org.concord.options.OptionEvents.OptionAdded.TYPE -> codec.read(entry, org.concord.options.OptionEvents.OptionAdded.class);
            case org.concord.intel.RiskEvents.RiskAssessed.TYPE -> codec.read(entry, org.concord.intel.RiskEvents.RiskAssessed.class);
            case org.concord.review.model.ReviewEvent.ReviewRecorded.TYPE -> codec.read(entry, org.concord.review.model.ReviewEvent.ReviewRecorded.class);
            case org.concord.review.model.ReviewEvent.AdHocReviewCalled.TYPE -> codec.read(entry, org.concord.review.model.ReviewEvent.AdHocReviewCalled.class);
            case org.concord.review.model.ReviewEvent.ReviewLinkedToItem.TYPE -> codec.read(entry, org.concord.review.model.ReviewEvent.ReviewLinkedToItem.class);
            case Journal.HeadRepaired.TYPE -> codec.read(entry, Journal.HeadRepaired.class);
            default -> {
                // Audit events are shown as recorded and never bound back to the model: their payload is read as a tree.
                if (AuditEvent.TYPES.contains(type)) yield codec.read(entry, JsonNode.class);
                throw new IllegalStateException("journal entry " + entry.seq() + " has the undeclared type " + type);
            }
        };
    }

    /** What {@code event} (as {@link #decode} returns it) is written as: the payload its entry stores. */
    public static Object payloadOf(Object event) {
        return event instanceof org.concord.register.application.RegisterEvent r ? RegisterEvents.payload(r) : event;
    }

    /** {@link #decode(EventCodec, JournalEntry)} with the codec of a running Concord. */
    public static Object decode(Concord concord, JournalEntry entry) { return decode(concord.journalChain().codec(), entry); }
}
