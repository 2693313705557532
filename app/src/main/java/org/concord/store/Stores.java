package org.concord.store;

import org.concord.access.WebSessions;
import org.concord.access.model.ApiTokens;
import org.concord.access.model.LoginAttempts;
import org.concord.access.model.MarkingLadder;
import org.concord.access.model.Users;
import org.concord.forecast.application.ForecastIssues;
import org.concord.forecast.application.Forecasts;
import org.concord.intel.Stances;
import org.concord.journal.JournalEvents;
import org.concord.procedure.application.DecisionItems;
import org.concord.register.model.Bodies;
import org.concord.register.model.Events;
import org.concord.register.model.Members;
import org.concord.register.model.Missions;
import org.concord.register.model.Partners;
import org.concord.register.model.RegisterSettings;

/** Wires every repository interface to its JDBI implementation. */
public final class Stores {
    private Stores() {}

    public static JdbiTransactions transactions(Database db) {
        return new JdbiTransactions(db.jdbi())
                .register(Members.class, JdbiMembers::new)
                .register(Partners.class, JdbiPartners::new)
                .register(Bodies.class, JdbiBodies::new)
                .register(Missions.class, JdbiMissions::new)
                .register(Events.class, JdbiEvents::new)
                .register(RegisterSettings.class, JdbiRegisterSettings::new)
                .register(JournalEvents.class, h -> new JdbiJournalEvents(h, db.journalAppends()))
                .register(DecisionItems.class, JdbiDecisionItems::new)
                .register(Users.class, h -> new JdbiAccess.JdbiUsers(h, MarkingLadder.NATO))
                .register(ApiTokens.class, JdbiAccess.JdbiApiTokens::new)
                .register(LoginAttempts.class, JdbiAccess.JdbiLoginAttempts::new)
                .register(WebSessions.class, JdbiAccess.JdbiWebSessions::new)
                .register(org.concord.access.model.UnboundAccounts.class, JdbiAccess.JdbiUnboundAccounts::new)
                .register(org.concord.access.model.AnonymousRefusals.class, JdbiAccess.JdbiAnonymousRefusals::new)

                .register(ForecastIssues.class, JdbiForecastIssues::new)
                .register(Stances.class, JdbiStances::new)
                .register(Forecasts.class, JdbiForecasts::new)
                .register(org.concord.options.Options.class, JdbiOptions::new)
                .register(org.concord.intel.Risks.class, JdbiRisks::new)
                .register(org.concord.feeds.FeedTokens.class, JdbiFeeds.JdbiFeedTokens::new)
                .register(org.concord.feeds.Webhooks.class, JdbiFeeds.JdbiWebhooks::new)
                .register(org.concord.access.model.IdempotencyKeys.class, JdbiIdempotencyKeys::new)
                .register(org.concord.review.model.Reviews.class, JdbiReviews::new);
    }
}
