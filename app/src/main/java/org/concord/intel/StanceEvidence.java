package org.concord.intel;

import org.concord.forecast.application.IssueDefinition;
import org.concord.forecast.application.ReportedStances;
import org.concord.forecast.model.ActorId;
import org.concord.forecast.model.ReportSubject;
import org.concord.shared.tx.Tx;

import java.util.List;
import java.util.Optional;

/** The recorded stances as forecasts read them: a named ally covers itself, a group the actors {@link StanceGroup} says. */
public final class StanceEvidence implements ReportedStances {

    @Override
    public List<Reading> on(Tx t, IssueDefinition issue, List<ActorId> actors) {
        Optional<ActorId> proposer = issue.proposer().map(IssueDefinition::actor).filter(actors::contains);
        return t.repository(Stances.class).list(Optional.of(issue.id())).stream()
                .map(r -> read(r, issue, actors, proposer)).toList();
    }

    private static Reading read(Stances.Recorded r, IssueDefinition issue, List<ActorId> actors, Optional<ActorId> proposer) {
        ReportedStance s = r.stance();
        Optional<ReportSubject> covers;
        String reading;
        switch (s.subject()) {
            case StanceSubject.Ally a -> {
                ActorId id = IssueDefinition.actor(a.nation());
                covers = actors.contains(id) ? Optional.of(new ReportSubject.OneActor(id)) : Optional.empty();
                reading = covers.isPresent() ? "About " + id + "." : id + " is not a member on " + issue.date() + ": not counted.";
            }
            case StanceSubject.Group g -> {
                covers = g.group().subject(actors, proposer);
                reading = g.group().reading(actors, proposer);
            }
        }
        return new Reading(r.id().value(), s.subject().code(), s.reportedOn(), s.grade(), s.position(), s.source(), s.quote(),
                covers, reading, r.classification());
    }
}
