package org.concord.web;

import org.concord.shared.Principal;
import org.concord.shared.Role;
import org.concord.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the desk, anonymous and as the chair, passes axe-core, has a clean console and no sideways scroll at
 * 400 px; and the administrator's and the item options' flows, in a real browser through the desk's own forms. The
 * other flows are in {@link DeskFlowsBrowserIT}, on a desk of its own, so that the two classes run side by side.
 */
class DeskPagesBrowserIT {
    static final String ITEM = "/items/nmi-termination-2026";

    @RegisterExtension
    static final BrowserDesk desk = new BrowserDesk();

    @Test
    void the_item_page_shows_the_options_side_by_side_an_analyst_records_a_risk_and_the_brief_prints_with_its_marking() {
        try (Browser analyst = desk.browser()) {
            analyst.signIn("analyst", Fixtures.PASSWORD).open(ITEM);
            assertThat(analyst.text("options")).contains("Out by September 2026", "Drawdown to a residual advisory presence by 2027",
                    "Continue as is", "P(passes)", "P(status quo stays)");
            assertThat(analyst.driver.findElements(By.cssSelector("#options tbody tr"))).hasSize(3);
            assertThat(analyst.driver.findElement(By.id("options-chart")).getAttribute("aria-label")).contains("Options of nmi-termination-2026");
            assertThat(analyst.text("options-closest")).contains("every ally is forecast to accept");
            assertThat(analyst.text("risks")).contains("Kurdistan", "Tamer Badawi", "B3", "realistic possibility");
            analyst.driver.findElement(By.cssSelector("#risks-h ~ details summary")).click();
            new Select(analyst.driver.findElement(By.id("risk-option"))).selectByValue("drawdown-2027");
            analyst.driver.findElement(By.id("risk-what")).sendKeys("A residual presence becomes a target");
            analyst.driver.findElement(By.id("risk-where")).sendKeys("Baghdad");
            analyst.driver.findElement(By.id("risk-by")).sendKeys("the desk's own assessment");
            new Select(analyst.driver.findElement(By.id("risk-likelihood"))).selectByValue("UNLIKELY");
            new Select(analyst.driver.findElement(By.id("risk-marking"))).selectByValue("NATO RESTRICTED");
            analyst.submit("#risk-form button");
            assertThat(analyst.text("notice")).contains("Risk recorded");
            assertThat(analyst.text("risks")).contains("A residual presence becomes a target", "option drawdown-2027", "NATO RESTRICTED");
            analyst.check("item-options-risks");
            analyst.follow("Decision brief (print page)");
            assertThat(analyst.text("marking-top")).isEqualTo("NATO RESTRICTED");
            assertThat(analyst.text("marking-bottom")).isEqualTo("NATO RESTRICTED");
            assertThat(analyst.text("brief-options")).contains("Out by September 2026", "Continue as is");
            assertThat(analyst.text("brief-risks")).contains("A residual presence becomes a target", "Kurdistan");
            analyst.check("brief-analyst");
        }
        try (Browser ukr = desk.browser()) {
            ukr.signIn("ukr", Fixtures.PASSWORD).open(ITEM + "/brief");
            assertThat(ukr.text("marking-top")).isEqualTo("PUBLIC");
            assertThat(ukr.driver.getPageSource()).doesNotContain("A residual presence becomes a target");
            ukr.open(ITEM);
            assertThat(ukr.driver.getPageSource()).doesNotContain("A residual presence becomes a target", "risk-form");
        }
    }


    @Test
    void an_administrator_adds_unlocks_and_disables_a_user_and_creates_lists_and_revokes_a_token_on_the_desk() {
        try (Browser admin = desk.browser()) {
            admin.signIn("root", Fixtures.PASSWORD);
            admin.follow("Administration");
            admin.driver.findElement(By.id("user-name")).sendKeys("pol");
            new Select(admin.driver.findElement(By.id("user-role"))).selectByValue("DELEGATION");
            admin.driver.findElement(By.id("user-nation")).sendKeys("POL");
            admin.driver.findElement(By.id("user-password")).sendKeys(Fixtures.PASSWORD);
            admin.submit("#user-form button");
            assertThat(admin.text("users")).contains("pol", "DELEGATION", "POL");

            // five wrong passwords in a row from one address lock the account there; the desk's unlock lifts that
            for (int i = 0; i < 5; i++) desk.concord().access().login("pol", "wrong password " + i, "192.0.2.7");
            assertThat(desk.concord().access().login("pol", Fixtures.PASSWORD, "192.0.2.7")).isInstanceOf(org.concord.access.AccessService.Login.Throttled.class);
            admin.submit("button[aria-label='Unlock pol']");
            assertThat(admin.text("notice")).contains("Sign-in locks lifted");
            assertThat(desk.concord().access().login("pol", Fixtures.PASSWORD, "192.0.2.7")).isInstanceOf(org.concord.access.AccessService.Login.Started.class);

            admin.submit("button[aria-label='Disable pol']");
            assertThat(desk.concord().access().users(Fixtures.ADMIN).stream().filter(u -> u.name().value().equals("pol")).findFirst().orElseThrow().enabled()).isFalse();
            admin.driver.findElement(By.id("token-owner")).sendKeys("analyst");
            admin.submit("#token-form button");
            String token = admin.driver.findElement(By.id("new-token")).getAttribute("value");
            assertThat(desk.concord().access().byToken(token)).map(u -> u.name().value()).contains("analyst");
            admin.check("admin");

            // the list names each token by its id, never its secret; revoking it there stops it at once
            String id = admin.text("notice").replaceFirst("(?s)^Token ([0-9a-f]{12}) created for analyst.*", "$1");
            assertThat(id).matches("[0-9a-f]{12}");
            admin.open("/admin");
            assertThat(admin.text("token-" + id)).contains(id, "analyst", "valid");
            assertThat(admin.driver.getPageSource()).doesNotContain(token);
            admin.submit("#token-" + id + " button");
            assertThat(admin.text("notice")).contains("Token revoked");
            assertThat(admin.text("token-" + id)).contains("revoked");
            assertThat(desk.concord().access().byToken(token)).isEmpty();
            admin.check("admin-tokens");
        }
        try (Browser ita = desk.browser()) {
            ita.signIn("ita", Fixtures.PASSWORD).open("/admin");
            assertThat(ita.text("message")).contains("Only an administrator");
        }
    }


    @Test
    void every_page_passes_the_accessibility_console_and_narrow_screen_checks() {
        try (Browser reader = desk.browser(); Browser chair = desk.browser()) {
            for (String path : List.of("/", "/login", "/items", "/items/kfor-reduction-2026", "/items/kfor-reduction-2026/brief", "/missions", "/missions/kfor", "/portfolio", "/events",
                    "/events/summit-2026-ankara", "/members", "/partners")) {
                reader.open(path).check("anonymous" + path.replace('/', '-'));
            }
            chair.signIn("chair", Fixtures.PASSWORD);
            // a running silence: its countdown ticks in the page (an external script), never announced, the deadline beside it
            org.concord.procedure.model.ItemId forum = org.concord.procedure.model.ItemId.of("public-forum-2026-cancellation");
            long version = desk.concord().procedure().show(Fixtures.ADMIN, forum, java.util.Optional.empty()).version();
            desk.concord().procedure().openSilence(Principal.of("chair", Role.CHAIR), forum,
                    new org.concord.procedure.data.ActRequest.OpenSilence("2026-12-20T12:30:00Z", version));
            chair.open("/items/public-forum-2026-cancellation");
            assertThat(chair.text("silence-deadline")).isEqualTo("2026-12-20 12:30 UTC");
            var countdown = chair.driver.findElement(By.id("silence-countdown"));
            assertThat(countdown.getAttribute("aria-live")).isEqualTo("off");
            String first = countdown.getText();
            assertThat(first).matches("in 22 d \\d+ h \\d+ min \\d+ s");
            chair.await("the countdown ticking", d -> !chair.text("silence-countdown").equals(first));
            chair.open("/");
            assertThat(chair.text("silences")).contains("2026-12-20 12:30 UTC");
            chair.await("the home countdown ticking", d -> chair.driver.findElement(By.cssSelector("#silences time.countdown")).getText().matches("in 22 d .* s"));
            for (String path : List.of("/items", "/items/new", "/items/new?type=INVITE_PARTNER", "/items/new?type=TERMINATE_MISSION", "/missions",
                    "/events", "/events/summit-2026-ankara", "/members?asOf=2023-01-01", "/partners", "/journal", "/journal?subject=item:restricted-plan",
                    "/forecasts", "/items/restricted-plan", "/portfolio", "/portfolio/reset")) {
                chair.open(path).check("chair" + path.replaceAll("[/?=:&]", "-"));
            }
            chair.open("/events/summit-2026-ankara");
            assertThat(chair.text("invitations")).contains("UKR");
        }
    }
}
