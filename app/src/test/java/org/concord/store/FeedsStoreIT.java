package org.concord.store;

import org.concord.boot.Concord;
import org.concord.feeds.FeedService;
import org.concord.feeds.WebhookDispatcher;
import org.concord.procedure.data.ActRequest;
import org.concord.procedure.model.ItemId;
import org.concord.shared.Principal;
import org.concord.shared.Role;
import org.concord.testing.Fixtures;
import org.concord.testing.MutableClock;
import org.concord.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Feed tokens, webhooks and the delivery log (V8) on H2 and on a real PostgreSQL. */
class FeedsStoreIT {
    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void feed_tokens_resolve_until_revoked_and_deliveries_are_queued_retried_and_logged(TestDatabases.Kind kind) {
        MutableClock clock = new MutableClock(Fixtures.NOW);
        try (Concord c = Fixtures.loaded(kind, clock)) {
            Fixtures.token(c, "chair", Role.CHAIR, null, "NATO SECRET");
            Principal chair = Principal.of("chair", Role.CHAIR);
            FeedService feeds = c.feeds();

            var issued = feeds.issueFeedToken(chair, Optional.of("desk"));
            assertThat(feeds.feedReader(issued.secret())).map(Principal::user).contains("chair");
            assertThat(feeds.feedTokens(chair)).hasSize(1);
            feeds.revokeFeedToken(chair, issued.token().id());
            assertThat(feeds.feedReader(issued.secret())).isEmpty();

            feeds.allowHost(Fixtures.ADMIN, "127.0.0.1");
            var hook = feeds.registerWebhook(chair, "http://127.0.0.1:9/hook", "a shared secret of length", List.of("SilenceOpened"));
            List<String> sent = new ArrayList<>();
            int[] answer = {503};
            WebhookDispatcher dispatcher = c.webhookDispatcher((url, body, headers) -> {
                sent.add(headers.get("X-Concord-Signature"));
                return answer[0];
            });
            ItemId item = ItemId.of("kfor-reduction-2026");
            long version = c.procedure().show(chair, item, Optional.empty()).version();
            c.procedure().openSilence(chair, item, new ActRequest.OpenSilence("2026-12-01T12:00:00Z", version));
            dispatcher.runOnce();
            var log = feeds.deliveries(chair, hook.id());
            assertThat(log).hasSize(1);
            assertThat(log.get(0).status().name()).isEqualTo("PENDING");
            assertThat(log.get(0).httpStatus()).contains(503);
            assertThat(log.get(0).nextAt()).contains(clock.instant().plusSeconds(1));
            answer[0] = 200;
            clock.advance(Duration.ofSeconds(1));
            dispatcher.runOnce();
            dispatcher.runOnce();
            log = feeds.deliveries(chair, hook.id());
            assertThat(log.get(0).status().name()).isEqualTo("DELIVERED");
            assertThat(log.get(0).attempts()).isEqualTo(2);
            assertThat(sent).hasSize(2).allMatch(s -> s.startsWith("sha256="));
            assertThat(feeds.disableWebhook(chair, hook.id()).enabled()).isFalse();
            assertThat(feeds.webhooks(chair)).singleElement().matches(w -> !w.enabled());
            assertThat(feeds.allowedHosts(Fixtures.ADMIN)).extracting(h -> h.host()).containsExactly("127.0.0.1");
        }
    }
}
