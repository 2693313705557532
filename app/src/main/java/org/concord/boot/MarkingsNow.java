package org.concord.boot;

import com.fasterxml.jackson.databind.JsonNode;
import org.concord.access.AccessControl;
import org.concord.forecast.application.ForecastData;
import org.concord.forecast.application.ForecastEvents;
import org.concord.forecast.application.ForecastId;
import org.concord.forecast.application.Forecasts;
import org.concord.forecast.application.IssueMarkings;
import org.concord.forecast.model.IssueId;
import org.concord.journal.Journal;
import org.concord.intel.RiskEvents;
import org.concord.journal.JournalEntry;
import org.concord.options.OptionEvents;
import org.concord.procedure.application.ProcedureService;
import org.concord.procedure.model.ItemId;
import org.concord.register.application.RegisterEvents;
import org.concord.register.application.RegisterService;
import org.concord.review.model.Review;
import org.concord.review.model.ReviewEvents;
import org.concord.review.model.ReviewId;
import org.concord.review.model.Reviews;
import org.concord.shared.tx.Transactions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * For one read of the journal: the marking now of what an entry is about, where that can rise after the entry was
 * written. A mission's or an event's is its own now (it may have been reclassified); what hangs off a record is at
 * least as secret as that record is now: a forecast issue as its decision item, a stance (journaled under its issue)
 * and a forecast as their issue, an option as its item, a risk as its mission or item, a review as its mission and
 * the item it led to. The journal raises each entry's own marking to this, so an entry vanishes for whoever can no
 * longer see what it is about. Each record is looked up once per read, however many entries name it.
 */
final class MarkingsNow implements Function<JournalEntry, Optional<String>> {
    private final Transactions tx;
    private final Journal journal;
    private final AccessControl access;
    private final RegisterService register;
    private final ProcedureService procedure;
    private final IssueMarkings issues;
    private final Map<String, Optional<String>> records = new HashMap<>();
    private final Map<ItemId, Optional<String>> items = new HashMap<>();
    private final Map<IssueId, Optional<String>> issueMarkings = new HashMap<>();

    MarkingsNow(Transactions tx, Journal journal, AccessControl access, RegisterService register, ProcedureService procedure, IssueMarkings issues) {
        this.tx = tx;
        this.journal = journal;
        this.access = access;
        this.register = register;
        this.procedure = procedure;
        this.issues = issues;
    }

    @Override
    public Optional<String> apply(JournalEntry e) {
        String subject = e.subject();
        try {
            if (RegisterEvents.isMarkedRecord(subject)) return record(subject);
            Optional<String> issue = ForecastEvents.issueOf(subject);
            if (issue.isPresent()) return issue(IssueId.of(issue.get()));
            Optional<String> forecast = ForecastEvents.forecastOf(subject);
            if (forecast.isPresent()) return tx.read(t -> t.repository(Forecasts.class).find(ForecastId.parse(forecast.get())))
                    .map(ForecastData::issue).flatMap(i -> issue(IssueId.of(i)));
            Optional<String> optionItem = OptionEvents.itemOf(subject);
            if (optionItem.isPresent()) return item(ItemId.of(optionItem.get()));
            if (RiskEvents.isSubject(subject)) {
                JsonNode risk = journal.payload(e, JsonNode.class).path("risk");
                List<Optional<String>> parents = new ArrayList<>();
                if (risk.hasNonNull("mission")) parents.add(record(RegisterEvents.missionSubject(risk.get("mission").asText())));
                if (risk.hasNonNull("item")) parents.add(item(ItemId.of(risk.get("item").asText())));
                return highest(parents);
            }
            Optional<String> review = ReviewEvents.reviewOf(subject);
            if (review.isPresent()) {
                Optional<Review> r = tx.read(t -> t.repository(Reviews.class).find(new ReviewId(review.get())));
                return r.flatMap(x -> highest(List.of(record(RegisterEvents.missionSubject(x.mission().value())), x.item().flatMap(this::item))));
            }
        } catch (IllegalArgumentException malformed) {
            return Optional.empty(); // not a record's subject: the entry's own marking stands
        }
        return Optional.empty();
    }

    private Optional<String> record(String subject) { return records.computeIfAbsent(subject, register::markingNow); }

    private Optional<String> item(ItemId id) { return items.computeIfAbsent(id, procedure::classificationOf); }

    private Optional<String> issue(IssueId id) { return issueMarkings.computeIfAbsent(id, i -> tx.read(t -> issues.in(t).of(i))); }

    /** The highest of the markings present (a record that is gone adds nothing). */
    private Optional<String> highest(List<Optional<String>> markings) {
        List<String> present = markings.stream().flatMap(Optional::stream).toList();
        return present.isEmpty() ? Optional.empty() : Optional.of(access.atLeast(present.getFirst(), present.subList(1, present.size())));
    }
}
