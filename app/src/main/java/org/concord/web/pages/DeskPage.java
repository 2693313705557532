package org.concord.web.pages;

import org.concord.procedure.data.ItemView;
import org.concord.register.data.EventData;
import org.concord.register.data.MissionData;
import org.concord.register.data.StrengthData;

import java.util.List;

/**
 * The desk's front page as its template shows it.
 *
 * @param organisation the organisation's name
 * @param today        the date the member count is taken on
 * @param members      members on {@code today}
 * @param viewer       who the page was rendered for, e.g. "anonymous reader" or "chair (CHAIR)"
 * @param anonymous    whether the viewer is the anonymous public reader (the page then hints at signing in)
 */
public record DeskPage(String organisation, String today, int members, String viewer, boolean anonymous,
                       List<ItemRow> openItems, List<MissionRow> missions, List<EventRow> events, List<ForecastRow> forecasts) {

    /** An open decision item; {@code consensus} is "nothing blocks" or the blocking members. */
    public record ItemRow(String id, String subject, String proposer, String status, String consensus) {
        static ItemRow of(ItemView v) {
            return new ItemRow(v.id(), v.subject(), v.proposer(), v.status(), consensusOf(v.consensus()));
        }
    }

    /** An active mission with its latest recorded strength. */
    public record MissionRow(String id, String name, String status, String strength, String strengthDate) {
        static MissionRow of(MissionData m) {
            List<StrengthData> s = m.strength() == null ? List.of() : m.strength();
            StrengthData last = s.isEmpty() ? null : s.get(s.size() - 1);
            String figure = last == null ? Display.NONE : Display.text(last.actual() != null ? last.actual() : last.authorised());
            return new MissionRow(m.id(), m.name(), m.status(), figure, last == null ? Display.NONE : last.date());
        }
    }

    /** An event of the register. */
    public record EventRow(String id, String name, String place, String start, String end, String status) {
        static EventRow of(EventData e) {
            return new EventRow(e.id(), e.name(), Display.list(java.util.stream.Stream.of(e.place(), e.country())
                    .filter(x -> x != null && !x.isBlank()).toList()), Display.text(e.start()), Display.text(e.end()), Display.text(e.status()));
        }
    }

    /** A stored forecast. */
    public record ForecastRow(long id, String issue, String model, String at, String passes) {}

    /** "nothing blocks" when consensus is reached, else the blocking members (or the reason when no member blocks). */
    static String consensusOf(ItemView.ConsensusView c) {
        if (c == null) return Display.NONE;
        if (c.reached()) return "nothing blocks";
        if (c.blocking() != null && !c.blocking().isEmpty()) return "blocked by " + String.join(", ", c.blocking());
        return Display.text(c.reason());
    }
}
